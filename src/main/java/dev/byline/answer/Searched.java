package dev.byline.answer;

import dev.byline.search.SearchFilter;
import java.time.LocalDate;
import java.util.List;

/**
 * What was searched for an answer, shown to the user when nothing was found so they can widen the search; {@code window}
 * is the time the question named ("this week (2022-01-01 to 2022-01-07)", null when none) and {@code widened} says the
 * search left it because nothing in it matched.
 */
public record Searched(String question, List<String> terms, LocalDate from, LocalDate to, LocalDate asOf, List<String> sources,
                       String window, boolean widened) {
    public Searched {
        terms = List.copyOf(terms);
        sources = List.copyOf(sources);
    }

    public Searched(String question, List<String> terms, LocalDate from, LocalDate to, LocalDate asOf, List<String> sources) {
        this(question, terms, from, to, asOf, sources, null, false);
    }

    /** What was searched for {@code question}: its distinct analysed terms, in the order given, under {@code filter}. */
    public static Searched of(String question, java.util.Collection<String> terms, SearchFilter filter) {
        return new Searched(question, terms.stream().distinct().toList(), filter.from(), filter.to(), filter.asOf(), filter.sources());
    }

    /** The same search, within the time the question named (or widened beyond it). */
    public Searched withWindow(String window, boolean widened) {
        return new Searched(question, terms, from, to, asOf, sources, window, widened);
    }
}
