package dev.byline.attribution.model;

import dev.byline.attribution.AttributionType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How likely a tagged attribution is to be exactly right, read from how sure the models were of it: the cue tagger
 * of the cue's first word, of the whole cue and of where it stops; the content choosers of the start and end they
 * chose (their softmax over the candidates); whether the lead chooser, the rules and a source took part; the type;
 * the content's length. A logistic regression over these, fitted on attributions that models trained without their
 * articles found ({@code byline train doubt}), gives the probability. An attribution below {@link #KEEP_AT} is left
 * out: keeping a content that is right with probability p raises exact F1 only when p is above half the F1, about
 * 0.29 at Byline's precision and recall. Most of what goes is not an attribution at all (“The two women spoke for
 * about | five minutes”) or one whose content edges the choosers could not settle.
 */
public final class AttributionDoubt {

    /** The file the weights are shipped and saved under, beside the attribution models. */
    public static final String FILE = "attribution-doubt.txt";

    /** The readings, in the order of {@link Reading#values()}; "bias" is always 1. */
    public static final List<String> FEATURES = List.of("bias", "log-cue-first", "log-cue-whole", "log-cue-stops",
            "log-start", "log-end", "no-start-choice", "no-end-choice", "lead", "rule", "tagged-pieces", "source",
            "direct", "mixed", "indirect", "log-words", "cue-words");

    /** The probability below which an attribution is left out, half the exact content F1 it is meant to raise. */
    static final double KEEP_AT = 0.29;

    private final double[] weights;

    public AttributionDoubt(double[] weights) {
        if (weights.length != FEATURES.size()) throw new IllegalArgumentException("expected " + FEATURES.size() + " weights");
        this.weights = weights.clone();
    }

    /** What the models said about one tagged attribution; probabilities are in (0, 1], 1 where a model was not asked. */
    public record Reading(double cueFirst, double cueWhole, double cueStops, double start, double end, boolean startChosen,
                   boolean endChosen, boolean lead, boolean rule, boolean taggedPieces, boolean source,
                   AttributionType type, int words, boolean cueWords) {

        public double[] values() {
            return new double[] {1, log(cueFirst), log(cueWhole), log(cueStops), log(start), log(end), startChosen ? 0 : 1,
                    endChosen ? 0 : 1, flag(lead), flag(rule), flag(taggedPieces), flag(source), flag(type == AttributionType.DIRECT),
                    flag(type == AttributionType.MIXED), flag(type == AttributionType.INDIRECT), Math.log(1 + words), flag(cueWords)};
        }

        private static double log(double p) {
            return Math.log(Math.max(p, 1e-6));
        }

        private static double flag(boolean b) {
            return b ? 1 : 0;
        }
    }

    /** The probability that the attribution read so is exactly right. */
    double probability(double[] x) {
        double z = 0;
        for (int i = 0; i < x.length; i++) z += weights[i] * x[i];
        return 1 / (1 + Math.exp(-z));
    }

    boolean keeps(Reading reading) {
        return probability(reading.values()) >= KEEP_AT;
    }

    /** Whether an attribution whose reading has these values (see {@link Reading#values()}) would be kept. */
    public boolean keeps(double[] values) {
        return probability(values) >= KEEP_AT;
    }

    /** The weights by feature name, in {@link #FEATURES} order. */
    public Map<String, Double> weights() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < weights.length; i++) out.put(FEATURES.get(i), weights[i]);
        return out;
    }

    /** Reads weights written by {@link #write}: one "name weight" line per feature, '#' lines are comments. */
    static AttributionDoubt read(InputStream in) throws IOException {
        Map<String, Double> byName = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split("\\s+");
            if (parts.length != 2) throw new IOException("bad line in " + FILE + ": " + line);
            try {
                byName.put(parts[0], Double.parseDouble(parts[1]));
            } catch (NumberFormatException e) {
                throw new IOException("bad weight in " + FILE + ": " + line, e);
            }
        }
        double[] weights = new double[FEATURES.size()];
        for (int i = 0; i < weights.length; i++) {
            Double w = byName.get(FEATURES.get(i));
            if (w == null) throw new IOException(FILE + " has no weight for " + FEATURES.get(i));
            weights[i] = w;
        }
        return new AttributionDoubt(weights);
    }

    /** Writes the weights to {@code file}, with a comment line that says where they came from. */
    public void write(Path file, String comment) throws IOException {
        StringBuilder out = new StringBuilder("# " + comment.replace("\n", "\n# ") + "\n");
        for (Map.Entry<String, Double> e : weights().entrySet()) {
            out.append(e.getKey()).append(' ').append(String.format(Locale.ROOT, "%.6f", e.getValue())).append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, out);
    }
}
