package dev.byline.attribution.training;

import dev.byline.attribution.AttributionExtractor;
import dev.byline.attribution.model.AttributionDoubt;
import dev.byline.attribution.model.AttributionModels;
import dev.byline.attribution.model.AttributionTagger;
import dev.byline.corpus.Article;
import dev.byline.nlp.text.ArticleText;
import dev.byline.nlp.text.TextModels;
import dev.byline.nlp.text.TextSpan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.maxent.quasinewton.Function;
import opennlp.tools.ml.maxent.quasinewton.QNMinimizer;

/** Fits {@link AttributionDoubt}'s weights: examples from models run on articles they were not trained on, then a logistic regression. */
public final class DoubtFitting {

    /** The L2 cost of the fit, as for the other attribution models; it was not tuned. */
    static final double L2 = 1.0;

    private DoubtFitting() {}

    /** One tagged attribution's reading and whether its content is exactly a gold content. */
    public record Example(double[] values, boolean right) {}

    /**
     * The examples the models in {@code models} give on {@code articles}, whose gold content spans (covering span,
     * first piece to last) are {@code gold}; articles without gold are passed over. The models must not have been
     * trained on these articles.
     */
    public static List<Example> examples(TextModels text, Path models, List<Article> articles, Map<String, List<TextSpan>> gold)
            throws IOException {
        return examples(text, AttributionModels.load(models), articles, gold);
    }

    public static List<Example> examples(TextModels text, AttributionTagger models, List<Article> articles, Map<String, List<TextSpan>> gold) {
        AttributionTagger tagger = models.withDoubt(null);
        AttributionExtractor analysis = AttributionExtractor.rulesOnly(text);
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
                return AttributionDoubt.FEATURES.size();
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
