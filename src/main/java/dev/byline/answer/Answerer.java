package dev.byline.answer;

/** Answers a question from the corpus: extractively by default, through an LLM when one is configured. */
public interface Answerer {

    /** Answers, telling {@code listener} the text as it is produced (an answerer that writes all at once sends it in one piece). */
    AnswerResult answer(Question question, AnswerListener listener);

    default AnswerResult answer(Question question) {
        return answer(question, AnswerListener.NONE);
    }
}
