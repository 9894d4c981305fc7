package dev.byline.search;

import java.util.List;
import java.util.Map;

/**
 * Hits for a question, best first, with the weight (IDF in the corpus) of each analysed query term, so an
 * answerer can tell how much of the question a sentence covers. Terms the corpus lacks get the highest weight.
 */
public record SearchResult(List<PassageHit> hits, Map<String, Double> termWeights) {

    public SearchResult {
        hits = List.copyOf(hits);
        termWeights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(termWeights)); // in the question's order
    }
}
