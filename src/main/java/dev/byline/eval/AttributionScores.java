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
 * @param speakers        the same accuracy split by how the gold source is written and by the speaker's confidence
 */
public record AttributionScores(int articles, double seconds, SpanScores source, SpanScores cue, SpanScores content,
                                double speakerAccuracy, SpeakerScores speakers) {

    public AttributionScores(int articles, double seconds, SpanScores source, SpanScores cue, SpanScores content,
                             double speakerAccuracy) {
        this(articles, seconds, source, cue, content, speakerAccuracy, SpeakerScores.EMPTY);
    }

    public AttributionScores {
        if (articles < 0 || seconds < 0) throw new IllegalArgumentException("negative count or time");
        if (speakerAccuracy < 0 || speakerAccuracy > 1) throw new IllegalArgumentException("accuracy " + speakerAccuracy);
    }

    /** Right speakers of scored ones. */
    public record Tally(int right, int scored) {

        public static final Tally ZERO = new Tally(0, 0);

        public Tally {
            if (right < 0 || right > scored) throw new IllegalArgumentException(right + " of " + scored);
        }

        public Tally plus(boolean isRight) {
            return new Tally(right + (isRight ? 1 : 0), scored + 1);
        }

        public double accuracy() {
            return scored == 0 ? 0 : (double) right / scored;
        }
    }

    /**
     * Speaker accuracy on matched contents by the gold source's form, and apart for speakers the extractor is
     * confident of and those an answer hedges (an attribution that names no speaker is neither); {@code unjudged}
     * counts labelled pronouns whose referent the text does not tell, left out of every figure.
     */
    public record SpeakerScores(java.util.Map<SourceForm, Tally> byForm, Tally confident, Tally hedged, int unjudged) {

        public static final SpeakerScores EMPTY = new SpeakerScores(java.util.Map.of(), Tally.ZERO, Tally.ZERO, 0);

        public SpeakerScores {
            byForm = java.util.Map.copyOf(byForm);
        }

        public Tally form(SourceForm form) {
            return byForm.getOrDefault(form, Tally.ZERO);
        }

        /** The share of named speakers an answer would hedge. */
        public double hedgeRate() {
            int all = confident.scored() + hedged.scored();
            return all == 0 ? 0 : (double) hedged.scored() / all;
        }
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
