package dev.byline.answer;

import java.util.Objects;

/**
 * The answer text, whose every sentence carries a [n] marker (except a "none" answer, which cites nothing), and for a
 * question that asks for a name, number, date, place or thing, the {@code span} of a cited article that holds it (else null).
 */
public record Answer(String text, AnswerKind kind, AnswerMode mode, AnswerSpan span) {
    public Answer {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        mode = mode == null ? AnswerMode.EXTRACTIVE : mode;
    }

    public Answer(String text, AnswerKind kind, AnswerMode mode) {
        this(text, kind, mode, null);
    }
}
