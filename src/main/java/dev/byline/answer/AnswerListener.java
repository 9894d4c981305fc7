package dev.byline.answer;

/** Hears an answer's text as it is written, for streaming; the final, checked answer still comes as the result. */
@FunctionalInterface
public interface AnswerListener {

    void delta(String text);

    AnswerListener NONE = text -> {};
}
