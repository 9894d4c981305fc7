package dev.byline.answer;

import dev.byline.search.SearchFilter;
import java.util.Objects;

/** A question as the answerer sees it: the (standalone) text and the filters in force. */
public record Question(String text, SearchFilter filter) {
    public Question {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) throw new IllegalArgumentException("question is blank");
        filter = filter == null ? SearchFilter.NONE : filter;
    }
}
