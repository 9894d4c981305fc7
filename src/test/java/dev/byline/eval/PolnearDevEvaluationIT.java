package dev.byline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.attribution.AttributionExtractor;
import dev.byline.corpus.Article;
import dev.byline.testing.Models;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Guards extraction quality on the PolNeAR dev split; floors sit a little below the measured figures. */
class PolnearDevEvaluationIT {

    private static final Path DATA = Path.of(System.getProperty("byline.polnear", "/work/shared/data/polnear"));

    @Test
    void keeps_dev_split_f1_above_the_measured_floors() throws Exception {
        Path gold = DATA.resolve("attributions-dev.jsonl");
        Path articles = DATA.resolve("articles.jsonl");
        Assumptions.assumeTrue(Files.exists(gold) && Files.exists(articles),
                "PolNeAR dev data not found under " + DATA + " (set -Dbyline.polnear=DIR); skipping the quality floor");
        Map<String, List<GoldAttribution>> goldById = PolnearFiles.readGold(gold);
        List<Article> scored = PolnearFiles.readArticles(articles, goldById::containsKey);

        AttributionScores s = new AttributionEvaluation(AttributionExtractor.shipped(Models.TEXT)).run(scored, goldById);

        assertThat(s.articles()).isEqualTo(84);
        assertThat(s.source().exact().f1()).isGreaterThan(0.68);
        assertThat(s.cue().exact().f1()).isGreaterThan(0.675);
        assertThat(s.content().exact().f1()).isGreaterThan(0.585);
        assertThat(s.source().overlap().f1()).isGreaterThan(0.73);
        assertThat(s.cue().overlap().f1()).isGreaterThan(0.74);
        assertThat(s.content().overlap().f1()).isGreaterThan(0.75);
        assertThat(s.speakerAccuracy()).isGreaterThan(0.86);
    }
}
