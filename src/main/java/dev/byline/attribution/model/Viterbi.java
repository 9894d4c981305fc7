package dev.byline.attribution.model;

import dev.byline.nlp.text.ArticleText.Unit;

/**
 * Decoding for the two attribution taggers, which are maximum-entropy Markov models over B/I/O labels: Viterbi search
 * over a unit's tokens, each step's probabilities from the model given the token's features and the previous label.
 */
public final class Viterbi {

    private Viterbi() {}

    /**
     * The most probable label sequence over the unit's tokens under a first-order model whose features include the
     * previous label; an {@code I...} label may only follow its {@code B...} or itself. {@code bias} is added to the
     * log-probability of {@code labels[1]} at every token (the cue tagger's "B", to trade precision for recall).
     */
    static String[] decode(LinearModel model, String[] labels, Unit unit,
                           java.util.function.IntFunction<AttributionFeatures.Context> features, double bias) {
        int n = unit.last() - unit.first();
        int k = labels.length;
        String[] out = new String[n];
        if (n == 0) return out;
        int[] index = new int[k];
        for (int j = 0; j < k; j++) index[j] = model.index(labels[j]);
        double[] score = new double[k];
        int[][] back = new int[n][k];
        java.util.Arrays.fill(score, Double.NEGATIVE_INFINITY);
        score[0] = 0; // "O" before the first token
        for (int p = 0; p < n; p++) {
            AttributionFeatures.Context context = features.apply(unit.first() + p);
            double[] fixed = model.sum(context.fixed());
            double[] next = new double[k];
            java.util.Arrays.fill(next, Double.NEGATIVE_INFINITY);
            for (int prev = 0; prev < k; prev++) {
                if (score[prev] == Double.NEGATIVE_INFINITY) continue;
                double[] logs = fixed.clone();
                model.add(logs, context.previous(labels[prev]));
                LinearModel.logSoftmax(logs);
                for (int cur = 0; cur < k; cur++) {
                    if (!allowed(labels[prev], labels[cur])) continue;
                    double s = score[prev] + logs[index[cur]] + (cur == 1 ? bias : 0);
                    if (s > next[cur]) {
                        next[cur] = s;
                        back[p][cur] = prev;
                    }
                }
            }
            score = next;
        }
        int best = 0;
        for (int j = 1; j < k; j++) if (score[j] > score[best]) best = j;
        for (int p = n - 1; p >= 0; p--) {
            out[p] = labels[best];
            best = back[p][best];
        }
        return out;
    }

    /** Whether label {@code current} may follow label {@code previous}. */
    public static boolean allowed(String previous, String current) {
        if (!current.startsWith("I")) return true;
        String role = current.substring(1);
        return previous.equals("B" + role) || previous.equals(current);
    }
}
