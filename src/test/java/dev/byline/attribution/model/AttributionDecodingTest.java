package dev.byline.attribution.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The decoder's parts: the linear reading of a maxent model, and which label may follow which. */
class AttributionDecodingTest {

    @Test
    void gives_the_probabilities_the_maxent_model_gives() throws Exception {
        List<Event> events = List.of(
                new Event("B", new String[] {"w=said", "t=VERB", "p=O"}),
                new Event("O", new String[] {"w=the", "t=DET", "p=O"}),
                new Event("I", new String[] {"w=for", "t=ADP", "p=B"}),
                new Event("O", new String[] {"w=for", "t=ADP", "p=O"}),
                new Event("B", new String[] {"w=told", "t=VERB", "p=O"}),
                new Event("O", new String[] {"w=plan", "t=NOUN", "p=B"}));
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, 50);
        params.put(TrainingParameters.CUTOFF_PARAM, 0);
        MaxentModel model = TrainerFactory.getEventTrainer(params, null).train(ObjectStreamUtils.createObjectStream(events));
        LinearModel linear = new LinearModel(model);
        for (String[] features : List.of(new String[] {"w=said", "t=VERB", "p=O"}, new String[] {"w=for", "p=B", "unseen"},
                new String[] {"unseen"})) {
            double[] expected = model.eval(features);
            double[] logs = LinearModel.logSoftmax(linear.sum(features));
            for (int k = 0; k < expected.length; k++) assertThat(Math.exp(logs[k])).isCloseTo(expected[k], within(1e-9));
        }
        assertThat(model.eval(new String[] {"w=said", "t=VERB", "p=O"})[model.getIndex("B")]).isGreaterThan(0.5);
    }

    @ParameterizedTest
    @CsvSource({"O,I,false", "B,I,true", "I,I,true", "O,IC,false", "BC,IC,true", "BS,IC,false", "IS,IS,true", "IC,BS,true", "O,O,true"})
    void lets_an_inside_label_follow_only_its_own_begin_or_itself(String previous, String current, boolean allowed) {
        assertThat(Viterbi.allowed(previous, current)).isEqualTo(allowed);
    }
}
