package dev.byline.eval;

/**
 * The effectiveness of attribution extraction on a gold set. All figures are fractions in [0, 1].
 *
 * @param articles        how many articles were scored
 * @param seconds         wall-clock time spent extracting
 * @param source          source span scores
 * @param cue             cue span scores
 * @param content         content span scores
 * @param speakerAccuracy see {@link AttributionEvaluation} for the definition
 */
public record AttributionScores(int articles, double seconds, SpanScores source, SpanScores cue, SpanScores content,
                                double speakerAccuracy) {

    public AttributionScores {
        if (articles < 0 || seconds < 0) throw new IllegalArgumentException("negative count or time");
        if (speakerAccuracy < 0 || speakerAccuracy > 1) throw new IllegalArgumentException("accuracy " + speakerAccuracy);
    }

    /** Exact-match and overlap scores for one role. */
    public record SpanScores(Prf exact, Prf overlap) {}

    /** Precision, recall and F1. */
    public record Prf(double p, double r, double f1) {

        public Prf {
            if (p < 0 || p > 1 || r < 0 || r > 1 || f1 < 0 || f1 > 1) throw new IllegalArgumentException("not a fraction");
        }

        /** From counts: {@code matchedPredicted} of {@code predicted}, {@code matchedGold} of {@code gold}. */
        public static Prf of(int matchedPredicted, int predicted, int matchedGold, int gold) {
            double p = predicted == 0 ? 0 : (double) matchedPredicted / predicted;
            double r = gold == 0 ? 0 : (double) matchedGold / gold;
            return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }
}
