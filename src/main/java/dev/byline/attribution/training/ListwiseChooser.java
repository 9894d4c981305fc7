package dev.byline.attribution.training;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.quasinewton.Function;
import opennlp.tools.ml.maxent.quasinewton.QNMinimizer;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Trains a chooser on whole choices: each training example is the set of candidates a chooser weighs at once (the
 * tokens a content may end at) and the one the annotators chose; the candidates' scores go through a softmax and the
 * chosen one's log-likelihood is maximised, L2-regularised, with OpenNLP's L-BFGS. A maximum-entropy model trained
 * on one yes/no event per candidate instead learns how likely each candidate is on its own, which is not what the
 * chooser asks; held out, the content start and end choosers gained by it (docs/experiments.md, "Tuning notes").
 *
 * <p>The result is written as an ordinary two-outcome model whose "no" weighs nothing, so its P(yes) is the sigmoid
 * of the candidate's score and ranks candidates as the softmax does: the extractor reads and uses it like any other.
 */
public final class ListwiseChooser {

    /** One choice: the candidates' features, null for a candidate the chooser is never offered, and the chosen one. */
    record Choice(List<String[]> candidates, int chosen) {}

    private ListwiseChooser() {}

    /** A model over the features seen at least twice in {@code choices}. */
    static MaxentModel train(List<Choice> choices, double l2, int iterations) {
        Map<String, Integer> counts = new HashMap<>();
        for (Choice c : choices) for (String[] x : c.candidates()) if (x != null) for (String f : x) counts.merge(f, 1, Integer::sum);
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) if (e.getValue() >= 2) index.put(e.getKey(), index.size());
        Objective objective = new Objective(choices, index);
        double[] w = new QNMinimizer(0, l2, iterations).minimize(objective);
        String[] predicates = index.keySet().toArray(String[]::new);
        Context[] parameters = new Context[predicates.length];
        for (int j = 0; j < predicates.length; j++) parameters[j] = new Context(new int[] {0}, new double[] {w[j]});
        return new GISModel(parameters, predicates, new String[] {"yes", "no"});
    }

    /**
     * The negative log-likelihood of the chosen candidates, summed over choices, and its gradient. The optimiser's line
     * search asks for values at more points than it asks for gradients (57 and 27 in a 3,000-choice trial), so a value
     * alone is computed without the gradient.
     */
    static final class Objective implements Function {
        private final int[][][] candidates; // per choice, per candidate: its known features' indices, null if not offered
        private final int[] chosen;
        private final int dimension;

        Objective(List<Choice> choices, Map<String, Integer> index) {
            candidates = new int[choices.size()][][];
            chosen = new int[choices.size()];
            dimension = index.size();
            for (int i = 0; i < choices.size(); i++) {
                Choice c = choices.get(i);
                if (c.candidates().get(c.chosen()) == null) throw new IllegalArgumentException("the chosen candidate is not offered");
                chosen[i] = c.chosen();
                candidates[i] = new int[c.candidates().size()][];
                for (int k = 0; k < c.candidates().size(); k++) {
                    String[] x = c.candidates().get(k);
                    candidates[i][k] = x == null ? null : Arrays.stream(x).filter(index::containsKey).mapToInt(index::get).toArray();
                }
            }
        }

        @Override
        public int getDimension() {
            return dimension;
        }

        @Override
        public double valueAt(double[] w) {
            return run(w, null);
        }

        @Override
        public double[] gradientAt(double[] w) {
            double[] gradient = new double[dimension];
            run(w, gradient);
            return gradient;
        }

        private double run(double[] w, double[] gradient) {
            double loss = 0;
            for (int i = 0; i < candidates.length; i++) {
                int[][] choice = candidates[i];
                double[] score = new double[choice.length];
                double max = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < choice.length; k++) {
                    if (choice[k] == null) continue;
                    for (int f : choice[k]) score[k] += w[f];
                    max = Math.max(max, score[k]);
                }
                double z = 0;
                for (int k = 0; k < choice.length; k++) if (choice[k] != null) z += Math.exp(score[k] - max);
                double logZ = max + Math.log(z);
                loss += logZ - score[chosen[i]];
                if (gradient == null) continue;
                for (int k = 0; k < choice.length; k++) {
                    if (choice[k] == null) continue;
                    double p = Math.exp(score[k] - logZ) - (k == chosen[i] ? 1 : 0);
                    for (int f : choice[k]) gradient[f] += p;
                }
            }
            return loss;
        }
    }
}
