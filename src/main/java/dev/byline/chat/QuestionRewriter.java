package dev.byline.chat;

import java.util.List;

/** Turns a follow-up into a question that stands on its own: by rule, or with an LLM when one is configured. */
public interface QuestionRewriter {

    /** The question to answer for {@code message} after the conversation's {@code turns} (oldest first); the message itself when it stands alone. */
    String standalone(String message, String conversationId, List<Conversations.Turn> turns);
}
