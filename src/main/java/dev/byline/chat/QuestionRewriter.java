package dev.byline.chat;

/** Turns a follow-up into a question that stands on its own; the seam where an LLM query transformer can replace the rules. */
public interface QuestionRewriter {

    /** The question to answer for {@code message}, given what the conversation was last about; the message itself when it stands alone. */
    String standalone(String message, Conversations.Context context);
}
