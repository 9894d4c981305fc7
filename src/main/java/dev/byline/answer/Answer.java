package dev.byline.answer;

import java.util.Objects;

/** The answer text, whose every sentence carries a [n] marker (except a "none" answer, which cites nothing). */
public record Answer(String text, AnswerKind kind, AnswerMode mode) {
    public Answer {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        mode = mode == null ? AnswerMode.EXTRACTIVE : mode;
    }
}
