package dev.byline.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion of passage lists (Cormack et al., 2009), the same for every backend: each list adds its
 * weight / ({@link #RRF_K} + rank) to a passage; a passage both lists rank high stays on top.
 */
public final class Fusion {

    private Fusion() {}

    /** Reciprocal rank fusion's constant: each list adds 1 / (K + rank). */
    public static final int RRF_K = 60;
    /** Each list contributes this many candidates, at least, before fusion. */
    public static final int DEPTH = 30;
    /**
     * What the vector list's reciprocal ranks count for against BM25's (1 for BM25). Chosen on the dev sets
     * (docs/experiments.md): news quiz questions and who-said questions share most words with their evidence, so
     * BM25's order is the better one and the vectors mostly add what it misses. Equal weights cost the who-said
     * questions a sixth of their evidence MRR (0.82 against 0.99); a quarter keeps it at 0.92.
     */
    public static final double VECTOR_WEIGHT = 0.25;

    /** The fused list, best first, ties by the first list; each hit's score is its fused score. */
    public static List<PassageHit> fuse(List<List<PassageHit>> lists, List<Double> listWeights, int limit) {
        Map<String, Double> score = new LinkedHashMap<>();
        Map<String, PassageHit> byKey = new HashMap<>();
        for (int l = 0; l < lists.size(); l++) {
            List<PassageHit> list = lists.get(l);
            double weight = listWeights.get(l);
            for (int rank = 0; rank < list.size(); rank++) {
                PassageHit hit = list.get(rank);
                String key = hit.articleId() + "#" + hit.start();
                score.merge(key, weight / (RRF_K + rank + 1), Double::sum);
                byKey.putIfAbsent(key, hit);
            }
        }
        return score.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(limit)
                .map(e -> {
                    PassageHit h = byKey.get(e.getKey());
                    return new PassageHit(h.articleId(), h.title(), h.source(), h.published(), h.url(), h.text(), h.start(), h.end(), e.getValue().floatValue());
                }).toList();
    }
}
