package dev.byline.answer;

import java.util.List;

/** An answer with exactly the citations its text refers to, and what was searched. */
public record AnswerResult(Answer answer, List<Citation> citations, Searched searched) {
    public AnswerResult {
        citations = List.copyOf(citations);
    }
}
