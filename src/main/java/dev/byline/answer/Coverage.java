package dev.byline.answer;

import dev.byline.search.SearchBackend;
import java.util.HashSet;
import java.util.List;
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

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\S+");

    /** How close the question's words stand to spans of one sentence, its words analysed once. */
    final class Nearness {
        private final List<int[]> words = new java.util.ArrayList<>();
        private final List<List<String>> questionTerms = new java.util.ArrayList<>();

        private Nearness(String text) {
            java.util.regex.Matcher m = WORD.matcher(text);
            while (m.find()) {
                words.add(new int[] {m.start(), m.end()});
                questionTerms.add(search.terms(m.group()).stream().filter(weights::containsKey).toList());
            }
        }

        /**
         * Each question term adds its weight over one plus its distance in words from {@code [start, end)} (the next
         * word counts 1/2, two words on 1/3), as a share, 0 to 1, of the question's weight.
         */
        double of(int start, int end) {
            if (isEmpty()) return 0;
            int first = -1, last = -1;
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i)[1] > start && words.get(i)[0] < end) {
                    if (first < 0) first = i;
                    last = i;
                }
            }
            if (first < 0) return 0;
            Map<String, Double> closeness = new java.util.HashMap<>();
            for (int i = 0; i < words.size(); i++) {
                if (i >= first && i <= last) continue;
                int distance = i < first ? first - i : i - last;
                for (String term : questionTerms.get(i)) closeness.merge(term, 1.0 / (1 + distance), Math::max);
            }
            double sum = 0;
            for (Map.Entry<String, Double> e : closeness.entrySet()) sum += weights.get(e.getKey()) * e.getValue();
            return sum / total;
        }
    }

    /** Nearness to spans of {@code text}. */
    Nearness near(String text) {
        return new Nearness(text);
    }

    /** The share, 0 to 1, of the question's weight that {@code text} holds (analysed as the index analyses it). */
    double of(String text) {
        if (isEmpty()) return 0;
        Set<String> present = new HashSet<>(search.terms(text));
        double covered = weights.entrySet().stream().filter(e -> present.contains(e.getKey())).mapToDouble(Map.Entry::getValue).sum();
        return covered / total;
    }
}
