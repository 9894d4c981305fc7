package dev.byline.answer;

import dev.byline.search.SearchBackend;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** How much of a question a piece of text covers: the share of the question terms' weight (their IDF) found in it. */
final class Coverage {

    private final SearchBackend search;
    private final Map<String, Double> weights;
    private final double total;

    Coverage(SearchBackend search, Map<String, Double> weights) {
        this.search = search;
        this.weights = weights;
        this.total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Whether the question has any weight to cover. */
    boolean isEmpty() {
        return total <= 0;
    }

    /** The share, 0 to 1, of the question's weight that {@code text} holds (analysed as the index analyses it). */
    double of(String text) {
        if (isEmpty()) return 0;
        Set<String> present = new HashSet<>(search.terms(text));
        double covered = weights.entrySet().stream().filter(e -> present.contains(e.getKey())).mapToDouble(Map.Entry::getValue).sum();
        return covered / total;
    }
}
