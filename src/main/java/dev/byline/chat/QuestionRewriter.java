package dev.byline.chat;

import java.util.List;

/** Turns a follow-up into a question that stands on its own: by rule, or with an LLM when one is configured. */
public interface QuestionRewriter {

    /** The question to answer for {@code message} after the conversation's {@code turns} (oldest first); the message itself when it stands alone. */
    String standalone(String message, String conversationId, List<Conversations.Turn> turns);

    /**
     * What to ask back instead of answering, when {@code message} points at someone no one in the conversation can
     * be ("she" after only men were quoted); empty when it can be answered.
     */
    default java.util.Optional<String> clarification(String message, List<Conversations.Turn> turns) {
        return java.util.Optional.empty();
    }
}
