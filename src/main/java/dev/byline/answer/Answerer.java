package dev.byline.answer;

/** Answers a question from the corpus: extractively by default, through an LLM when one is configured. */
public interface Answerer {
    AnswerResult answer(Question question);
}
