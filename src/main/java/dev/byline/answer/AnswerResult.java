package dev.byline.answer;

import java.util.List;

/** An answer with exactly the citations its text refers to, the quotes it shows (checked, each citing one of them), and what was searched. */
public record AnswerResult(Answer answer, List<Citation> citations, Searched searched, List<AnsweredQuote> quotes) {
    public AnswerResult {
        citations = List.copyOf(citations);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        for (AnsweredQuote q : quotes) {
            if (citations.stream().noneMatch(c -> c.n() == q.n())) throw new IllegalArgumentException("quote cites [" + q.n() + "], which the answer lacks");
        }
    }

    public AnswerResult(Answer answer, List<Citation> citations, Searched searched) {
        this(answer, citations, searched, List.of());
    }
}
