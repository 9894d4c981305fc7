package dev.byline.answer;

import dev.byline.search.SearchFilter;
import java.util.Objects;

/**
 * A question as the answerer sees it: the text, the filters in force, and the conversation it belongs to
 * (null for none), which an LLM answerer reads a follow-up against.
 */
public record Question(String text, SearchFilter filter, String conversationId) {
    public Question {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) throw new IllegalArgumentException("question is blank");
        filter = filter == null ? SearchFilter.NONE : filter;
    }

    public Question(String text, SearchFilter filter) {
        this(text, filter, null);
    }
}
