package dev.byline.answer;

import java.util.Objects;

/**
 * The words that answer a typed question, where they stand in a cited article: citation {@code n}, article
 * {@code articleId}, character offsets {@code start} to {@code end} (exclusive) into the article's text, which hold
 * exactly {@code text}.
 */
public record AnswerSpan(String text, int n, String articleId, int start, int end) {
    public AnswerSpan {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(articleId, "articleId");
        if (text.isBlank()) throw new IllegalArgumentException("an answer span holds words");
        if (n < 1) throw new IllegalArgumentException("citation numbers start at 1: " + n);
        if (start < 0 || end - start != text.length()) throw new IllegalArgumentException("bad span " + start + ".." + end + " for " + text.length() + " chars");
    }
}
