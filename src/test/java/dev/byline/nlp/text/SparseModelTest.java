package dev.byline.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import edu.emory.clir.clearnlp.classification.instance.StringInstance;
import edu.emory.clir.clearnlp.classification.model.StringModel;
import edu.emory.clir.clearnlp.classification.vector.StringFeatureVector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sparse form of a ClearNLP classifier scores exactly as the dense one, written out and read back. */
class SparseModelTest {

    private static final String[] LABELS = {"SHIFT", "LEFT-nsubj", "RIGHT-dobj", "RIGHT-ccomp", "REDUCE"};

    // A dense model over three feature types of ten values each; weights mostly zero, a few features dense.
    private static StringModel dense(Random random) {
        StringModel model = new StringModel(false);
        for (String label : LABELS) {
            for (int type = 0; type < 3; type++) {
                for (int v = 0; v < 10; v++) {
                    StringFeatureVector x = new StringFeatureVector();
                    x.addFeature(type, "v" + v);
                    model.addInstance(new StringInstance(label, x));
                }
            }
        }
        model.initializeForTraining(0, 0);
        var weights = model.getWeightVector();
        for (int i = 0; i < weights.size(); i++) {
            boolean denseRow = (i / LABELS.length) % 7 == 3;
            if (denseRow || random.nextInt(5) == 0) weights.set(i, (float) random.nextGaussian());
        }
        return model;
    }

    private static StringFeatureVector vector(Random random, boolean weighted) {
        StringFeatureVector x = new StringFeatureVector(weighted);
        for (int k = 0; k < 6; k++) {
            int type = random.nextInt(4); // type 3 is unknown to the model
            String value = "v" + random.nextInt(14); // v10..v13 are unknown too
            if (weighted) x.addFeature(type, value, random.nextDouble() * 2);
            else x.addFeature(type, value);
        }
        return x;
    }

    private static SparseModel roundTrip(SparseModel model) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            model.write(out);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return SparseModel.read(in);
        }
    }

    @Test
    void scores_every_vector_exactly_as_the_dense_model_does() throws Exception {
        Random random = new Random(7);
        StringModel dense = dense(random);
        SparseModel sparse = roundTrip(SparseModel.of(dense));

        assertThat(sparse.getLabels()).containsExactly(dense.getLabels());
        assertThat(sparse.weightCount()).isLessThan(dense.getWeightVector().size());
        for (int n = 0; n < 500; n++) {
            StringFeatureVector x = vector(random, n % 2 == 0);
            assertThat(sparse.getScores(x)).containsExactly(dense.getScores(x));
            int[] include = {random.nextInt(LABELS.length), random.nextInt(LABELS.length)};
            if (include[0] == include[1]) include = new int[] {include[0]};
            assertThat(sparse.getScores(x, include)).containsExactly(dense.getScores(x, include));
            assertThat(sparse.predictTop2(x)[0].getLabel()).isEqualTo(dense.predictTop2(x)[0].getLabel());
        }
    }

    @Test
    void keeps_only_features_with_a_weight() throws Exception {
        Random random = new Random(11);
        StringModel dense = dense(random);
        var weights = dense.getWeightVector();
        int labels = weights.getLabelSize(), withWeight = 0;
        for (int f = 1; f < weights.size() / labels; f++) {
            boolean any = false;
            for (int l = 0; l < labels; l++) any |= weights.get(f * labels + l) != 0;
            if (any) withWeight++;
        }
        assertThat(SparseModel.of(dense).featureCount()).isEqualTo(withWeight);
    }
}
