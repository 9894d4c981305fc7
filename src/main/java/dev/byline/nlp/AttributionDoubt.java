package dev.byline.nlp;

import dev.byline.corpus.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.maxent.quasinewton.Function;
import opennlp.tools.ml.maxent.quasinewton.QNMinimizer;

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
    static final String FILE = "attribution-doubt.txt";

    /** The readings, in the order of {@link Reading#values()}; "bias" is always 1. */
    static final List<String> FEATURES = List.of("bias", "log-cue-first", "log-cue-whole", "log-cue-stops",
            "log-start", "log-end", "no-start-choice", "no-end-choice", "lead", "rule", "tagged-pieces", "source",
            "direct", "mixed", "indirect", "log-words", "cue-words");

    /** The probability below which an attribution is left out, half the exact content F1 it is meant to raise. */
    static final double KEEP_AT = 0.29;

    /** The L2 cost of the fit, as for the other attribution models; it was not tuned. */
    static final double L2 = 1.0;

    private final double[] weights;

    AttributionDoubt(double[] weights) {
        if (weights.length != FEATURES.size()) throw new IllegalArgumentException("expected " + FEATURES.size() + " weights");
        this.weights = weights.clone();
    }

    /** What the models said about one tagged attribution; probabilities are in (0, 1], 1 where a model was not asked. */
    record Reading(double cueFirst, double cueWhole, double cueStops, double start, double end, boolean startChosen,
                   boolean endChosen, boolean lead, boolean rule, boolean taggedPieces, boolean source,
                   AttributionType type, int words, boolean cueWords) {

        double[] values() {
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

    /** Whether the attribution of {@code example} would be kept. */
    public boolean keeps(Example example) {
        return probability(example.values()) >= KEEP_AT;
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

    /** One tagged attribution's reading and whether its content is exactly a gold content. */
    public record Example(double[] values, boolean right) {}

    /**
     * The examples the models in {@code models} give on {@code articles}, whose gold content spans (covering span,
     * first piece to last) are {@code gold}; articles without gold are passed over. The models must not have been
     * trained on these articles.
     */
    public static List<Example> examples(Path models, List<Article> articles, Map<String, List<TextSpan>> gold)
            throws IOException {
        return examples(AttributionTagger.load(models), articles, gold);
    }

    static List<Example> examples(AttributionTagger models, List<Article> articles, Map<String, List<TextSpan>> gold) {
        AttributionTagger tagger = models.withDoubt(null);
        AttributionExtractor analysis = AttributionExtractor.rulesOnly();
        List<Example> out = new ArrayList<>();
        for (Article article : articles) {
            List<TextSpan> contents = gold.get(article.id());
            if (contents == null) continue;
            Set<Long> right = new HashSet<>();
            for (TextSpan c : contents) right.add(key(c.start(), c.end()));
            ArticleText doc = analysis.analyse(article.text());
            tagger.find(doc, analysis.rules(doc), (found, reading) -> out.add(new Example(reading.values(),
                    right.contains(key(found.content().getFirst().start(), found.content().getLast().end())))));
        }
        return out;
    }

    private static long key(int start, int end) {
        return (long) start << 32 | end;
    }

    /** Fits the weights to {@code examples} by L2-regularised maximum likelihood (OpenNLP's L-BFGS). */
    public static AttributionDoubt fit(List<Example> examples) {
        if (examples.isEmpty()) throw new IllegalArgumentException("no examples to fit the doubt on");
        double[][] x = new double[examples.size()][];
        boolean[] y = new boolean[examples.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = examples.get(i).values();
            y[i] = examples.get(i).right();
        }
        Function loss = new Function() {
            @Override
            public int getDimension() {
                return FEATURES.size();
            }

            @Override
            public double valueAt(double[] w) {
                return run(w, null);
            }

            @Override
            public double[] gradientAt(double[] w) {
                double[] g = new double[w.length];
                run(w, g);
                return g;
            }

            private double run(double[] w, double[] gradient) {
                double total = 0;
                for (int i = 0; i < x.length; i++) {
                    double z = 0;
                    for (int j = 0; j < w.length; j++) z += w[j] * x[i][j];
                    // log(1 + e^z) - y z, computed without overflow
                    total += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - (y[i] ? z : 0);
                    if (gradient == null) continue;
                    double p = 1 / (1 + Math.exp(-z)) - (y[i] ? 1 : 0);
                    for (int j = 0; j < w.length; j++) gradient[j] += p * x[i][j];
                }
                return total;
            }
        };
        return new AttributionDoubt(new QNMinimizer(0, L2, 500).minimize(loss));
    }
}
