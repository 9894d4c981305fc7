package dev.byline.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Restricts a search: publication range, the day the question is asked (later news is unknown then),
 * and outlets. Articles without a date pass {@code asOf} (nothing shows they are later) but not from/to.
 */
public record SearchFilter(LocalDate from, LocalDate to, LocalDate asOf, List<String> sources) {

    public static final SearchFilter NONE = new SearchFilter(null, null, null, List.of());

    public SearchFilter {
        sources = sources == null ? List.of() : sources.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("'from' (" + from + ") is after 'to' (" + to + ")");
        }
    }

    public boolean isEmpty() {
        return from == null && to == null && asOf == null && sources.isEmpty();
    }
}
