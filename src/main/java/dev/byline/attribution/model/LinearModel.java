package dev.byline.attribution.model;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained maximum-entropy model read as what it is, a weight per feature and outcome, so that a decoder can sum
 * the weights of a token's fixed features once and add only the few that depend on the previous label for each
 * label it tries. Gives the same probabilities as {@link MaxentModel#eval(String[])}, several times faster inside
 * Viterbi.
 */
public final class LinearModel {

    private final Map<String, Context> weights;
    private final MaxentModel model;

    @SuppressWarnings("unchecked")
    public LinearModel(MaxentModel model) {
        this.weights = (Map<String, Context>) ((AbstractModel) model).getDataStructures()[1];
        this.model = model;
    }

    /** The index of {@code outcome} in the arrays this model returns. */
    int index(String outcome) {
        return model.getIndex(outcome);
    }

    /** The summed weights of {@code features}, one per outcome. */
    double[] sum(String[] features) {
        double[] sums = new double[model.getNumOutcomes()];
        add(sums, features);
        return sums;
    }

    void add(double[] sums, String[] features) {
        for (String feature : features) {
            Context c = weights.get(feature);
            if (c == null) continue;
            int[] o = c.getOutcomes();
            double[] w = c.getParameters();
            for (int k = 0; k < o.length; k++) sums[o[k]] += w[k];
        }
    }

    /** Turns summed weights into log-probabilities, in place. */
    static double[] logSoftmax(double[] sums) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : sums) max = Math.max(max, s);
        double total = 0;
        for (double s : sums) total += Math.exp(s - max);
        double log = max + Math.log(total);
        for (int k = 0; k < sums.length; k++) sums[k] -= log;
        return sums;
    }
}
