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

    /** This filter narrowed to publication days {@code from}..{@code to}, or null when the two do not overlap. */
    public SearchFilter within(LocalDate from, LocalDate to) {
        LocalDate lo = this.from == null || (from != null && from.isAfter(this.from)) ? from : this.from;
        LocalDate hi = this.to == null || (to != null && to.isBefore(this.to)) ? to : this.to;
        if (lo != null && hi != null && lo.isAfter(hi)) return null;
        return new SearchFilter(lo, hi, asOf, sources);
    }

    public boolean isEmpty() {
        return from == null && to == null && asOf == null && sources.isEmpty();
    }
}
