package dev.byline.search;

import java.util.List;
import java.util.Map;

/** Quotes found, and the weight (IDF among quotes) of each analysed word, so an answerer can judge coverage. */
public record QuoteResult(List<QuoteHit> hits, Map<String, Double> termWeights) {

    public QuoteResult {
        hits = List.copyOf(hits);
        termWeights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(termWeights)); // in the question's order
    }
}
