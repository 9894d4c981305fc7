package dev.byline.attribution.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.attribution.Attribution;
import dev.byline.attribution.AttributionExtractor;
import dev.byline.attribution.training.DoubtFitting;
import dev.byline.corpus.Article;
import dev.byline.nlp.text.TextSpan;
import dev.byline.testing.Models;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionDoubtIT {

    private static final int END = AttributionDoubt.FEATURES.indexOf("log-end");

    /** Readings that differ only in how sure the end chooser was: log 0 (sure) or log 0.05 (unsure). */
    private static double[] reading(boolean sureOfEnd) {
        double[] x = new double[AttributionDoubt.FEATURES.size()];
        x[0] = 1;
        x[END] = sureOfEnd ? 0 : Math.log(0.05);
        return x;
    }

    @Test
    void learns_that_an_unsure_end_chooser_means_a_wrong_content_and_leaves_those_out() {
        Random random = new Random(7);
        List<DoubtFitting.Example> examples = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            boolean sure = i % 2 == 0;
            // sure: right 80% of the time; unsure: right 10%
            examples.add(new DoubtFitting.Example(reading(sure), random.nextDouble() < (sure ? 0.8 : 0.1)));
        }
        AttributionDoubt doubt = DoubtFitting.fit(examples);
        assertThat(doubt.weights().get("log-end")).isPositive();
        assertThat(doubt.probability(reading(true))).isBetween(0.7, 0.9);
        assertThat(doubt.probability(reading(false))).isBetween(0.03, 0.2);
        assertThat(doubt.keeps(reading(true))).isTrue();
        assertThat(doubt.keeps(reading(false))).isFalse();
    }

    @Test
    void written_weights_read_back_the_same_and_a_missing_weight_is_named(@TempDir Path dir) throws IOException {
        double[] weights = new double[AttributionDoubt.FEATURES.size()];
        for (int i = 0; i < weights.length; i++) weights[i] = i * 0.25 - 1;
        Path file = dir.resolve(AttributionDoubt.FILE);
        new AttributionDoubt(weights).write(file, "test weights");
        AttributionDoubt read = AttributionDoubt.read(Files.newInputStream(file));
        assertThat(read.weights()).isEqualTo(new AttributionDoubt(weights).weights());
        assertThat(Files.readString(file)).startsWith("# test weights\n");

        String missing = Files.readString(file).replaceAll("(?m)^log-end .*\n", "");
        assertThatThrownBy(() -> AttributionDoubt.read(new ByteArrayInputStream(missing.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("log-end");
        assertThatThrownBy(() -> AttributionDoubt.read(new ByteArrayInputStream("bias x\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("bias x");
    }

    private static Article seed() throws IOException {
        String file = Files.readString(Path.of("corpus/seed-putin-syria.txt"));
        int newline = file.indexOf('\n');
        return new Article("seed", file.substring(0, newline), null, null, null, null, file.substring(newline + 1));
    }

    /** A doubt whose bias alone decides: every attribution gets the same probability. */
    private static AttributionDoubt constant(double bias) {
        double[] weights = new double[AttributionDoubt.FEATURES.size()];
        weights[0] = bias;
        return new AttributionDoubt(weights);
    }

    @Test
    void the_extractor_leaves_out_what_the_doubt_rejects_and_keeps_what_it_accepts() throws IOException {
        AttributionTagger shipped = AttributionModels.shipped();
        Article seed = seed();
        List<Attribution> all = new AttributionExtractor(Models.TEXT, shipped.withDoubt(null)).extract(seed);
        List<Attribution> trusted = new AttributionExtractor(Models.TEXT, shipped.withDoubt(constant(20))).extract(seed);
        List<Attribution> doubted = new AttributionExtractor(Models.TEXT, shipped.withDoubt(constant(-20))).extract(seed);
        assertThat(all).hasSizeGreaterThan(5);
        assertThat(trusted).extracting(Attribution::quoteText).containsExactlyElementsOf(all.stream().map(Attribution::quoteText).toList());
        // Only what the rules read from the page's layout, and no tagged attribution, survives a doubt of everything.
        assertThat(doubted.size()).isLessThan(all.size());
        assertThat(doubted).noneMatch(a -> a.cue() != null && a.cue().text().equals("said"));
    }

    @Test
    void examples_mark_the_contents_gold_has_exactly_and_only_those() throws IOException {
        AttributionTagger shipped = AttributionModels.shipped();
        Article seed = seed();
        List<Attribution> found = new AttributionExtractor(Models.TEXT, shipped.withDoubt(null)).extract(seed);
        Attribution first = found.getFirst();
        TextSpan gold = TextSpan.of(seed.text(), first.contentStart(), first.contentEnd());
        List<DoubtFitting.Example> examples = DoubtFitting.examples(Models.TEXT, shipped, List.of(seed), Map.of("seed", List.of(gold)));
        assertThat(examples).hasSizeGreaterThan(3);
        assertThat(examples.stream().filter(DoubtFitting.Example::right)).hasSize(1);
        assertThat(examples).allSatisfy(e -> assertThat(e.values()).hasSize(AttributionDoubt.FEATURES.size()));
        assertThat(DoubtFitting.examples(Models.TEXT, shipped, List.of(seed), Map.of())).isEmpty();
    }
}
