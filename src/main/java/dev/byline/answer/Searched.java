package dev.byline.answer;

import dev.byline.search.SearchFilter;
import java.time.LocalDate;
import java.util.List;

/** What was searched for an answer, shown to the user when nothing was found so they can widen the search. */
public record Searched(String question, List<String> terms, LocalDate from, LocalDate to, LocalDate asOf, List<String> sources) {
    public Searched {
        terms = List.copyOf(terms);
        sources = List.copyOf(sources);
    }

    /** What was searched for {@code question}: its distinct analysed terms, in the order given, under {@code filter}. */
    public static Searched of(String question, java.util.Collection<String> terms, SearchFilter filter) {
        return new Searched(question, terms.stream().distinct().toList(), filter.from(), filter.to(), filter.asOf(), filter.sources());
    }
}
