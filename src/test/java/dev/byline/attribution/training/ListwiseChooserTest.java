package dev.byline.attribution.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;

class ListwiseChooserTest {

    @Test
    void the_gradient_is_the_objectives_slope() {
        Random random = new Random(7);
        List<ListwiseChooser.Choice> choices = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            List<String[]> candidates = new ArrayList<>();
            int n = 2 + random.nextInt(4);
            for (int k = 0; k < n; k++) {
                candidates.add(k == 1 && i % 3 == 0 ? null : new String[] {"f" + random.nextInt(6), "g" + random.nextInt(3)});
            }
            choices.add(new ListwiseChooser.Choice(candidates, i % 3 == 0 ? 0 : random.nextInt(n)));
        }
        Map<String, Integer> index = new java.util.LinkedHashMap<>();
        for (int j = 0; j < 6; j++) index.put("f" + j, index.size());
        for (int j = 0; j < 3; j++) index.put("g" + j, index.size());
        ListwiseChooser.Objective objective = new ListwiseChooser.Objective(choices, index);
        double[] w = new double[index.size()];
        for (int j = 0; j < w.length; j++) w[j] = random.nextGaussian();
        double[] gradient = objective.gradientAt(w);
        double h = 1e-5;
        for (int j = 0; j < w.length; j++) {
            double[] up = w.clone(), down = w.clone();
            up[j] += h;
            down[j] -= h;
            double slope = (objective.valueAt(up) - objective.valueAt(down)) / (2 * h);
            assertThat(gradient[j]).as("feature " + j).isCloseTo(slope, within(1e-5));
        }
    }

    @Test
    void learns_which_candidate_is_chosen_and_reads_back_as_a_model_like_the_others() throws Exception {
        // The chosen candidate is the one marked "good"; its place in the set varies, and most candidates share the
        // other features, so only the mark tells them apart.
        Random random = new Random(11);
        List<ListwiseChooser.Choice> choices = new ArrayList<>();
        for (int i = 0; i < 200; i++) choices.add(choice(random));
        MaxentModel trained = ListwiseChooser.train(choices, 0.5, 50);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            new GenericModelWriter((AbstractModel) trained, out).persist();
        }
        MaxentModel read = new GenericModelReader(new BinaryFileDataReader(
                new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())))).getModel();

        int yes = read.getIndex("yes");
        for (int t = 0; t < 20; t++) {
            ListwiseChooser.Choice test = choice(random);
            int best = -1;
            double bestP = -1;
            for (int k = 0; k < test.candidates().size(); k++) {
                double p = read.eval(test.candidates().get(k))[yes];
                assertThat(p).isCloseTo(trained.eval(test.candidates().get(k))[trained.getIndex("yes")], within(1e-12));
                if (p > bestP) {
                    bestP = p;
                    best = k;
                }
            }
            assertThat(best).as(Arrays.deepToString(test.candidates().toArray())).isEqualTo(test.chosen());
        }
    }

    @Test
    void a_chosen_candidate_that_is_not_offered_is_refused() {
        List<String[]> candidates = new ArrayList<>();
        candidates.add(null);
        candidates.add(new String[] {"a"});
        List<ListwiseChooser.Choice> choices = List.of(new ListwiseChooser.Choice(candidates, 0));
        assertThatThrownBy(() -> ListwiseChooser.train(choices, 0.5, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ListwiseChooser.Choice choice(Random random) {
        int n = 3 + random.nextInt(5), chosen = random.nextInt(n);
        List<String[]> candidates = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String word = "w=" + random.nextInt(4);
            candidates.add(k == chosen ? new String[] {word, "mark=good"} : new String[] {word, "mark=plain"});
        }
        return new ListwiseChooser.Choice(candidates, chosen);
    }
}
