package dev.byline.answer;

import java.time.LocalDate;
import java.util.List;

/** What was searched for an answer, shown to the user when nothing was found so they can widen the search. */
public record Searched(String question, List<String> terms, LocalDate from, LocalDate to, LocalDate asOf, List<String> sources) {
    public Searched {
        terms = List.copyOf(terms);
        sources = List.copyOf(sources);
    }
}
