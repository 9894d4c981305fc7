package dev.byline.attribution.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.attribution.Attribution;
import dev.byline.attribution.AttributionExtractor;
import dev.byline.attribution.AttributionType;
import dev.byline.attribution.model.AttributionModels;
import dev.byline.attribution.training.AttributionTraining.Labelled;
import dev.byline.corpus.Article;
import dev.byline.nlp.text.TextSpan;
import dev.byline.testing.Models;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The learned taggers learn what the rules do not know: trained on articles where "gave a nod to" reports a
 * stance, they find such a cue, its source and its content in an article they have not seen; the rules alone do not.
 */
class AttributionTrainingIT {

    private static final String[] NAMES = {"Maria Lopez", "Tom Becker", "Aisha Khan", "Peter Novak", "Lena Sato",
            "Omar Haddad", "Julia Weiss", "Ivan Petrov", "Grace Okafor", "Henry Cole"};
    private static final String[] THINGS = {"the new budget", "a ban on fireworks", "the border deal", "higher taxes",
            "the school reform", "a second runway", "the trade pact", "longer opening hours"};

    /** A cue no rule knows. */
    private static final String CUE = "gave a nod to";

    @Test
    void learns_a_cue_the_rules_do_not_know(@TempDir Path models) throws Exception {
        List<Article> articles = new ArrayList<>();
        Map<String, List<Labelled>> gold = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            StringBuilder text = new StringBuilder();
            List<Labelled> labelled = new ArrayList<>();
            for (int j = 0; j < 4; j++) {
                String name = NAMES[(i + j) % NAMES.length];
                String thing = THINGS[(i * 3 + j) % THINGS.length];
                int start = text.length();
                text.append(name).append(' ').append(CUE).append(' ').append(thing).append(" on Tuesday. ");
                text.append("The weather was mild. ");
                int cueStart = start + name.length() + 1;
                labelled.add(new Labelled(span(text, start, name), span(text, cueStart, CUE),
                        List.of(span(text, cueStart + CUE.length() + 1, thing))));
            }
            articles.add(new Article("a" + i, "Title " + i, "Test", LocalDate.of(2016, 3, 16), null, null, text.toString()));
            gold.put("a" + i, labelled);
        }
        List<String> progress = new ArrayList<>();
        AttributionTraining.Trained trained = new AttributionTraining(Models.TEXT, 40, 1).train(articles, gold, progress::add);
        // The content choosers learn from argument taggers trained on the other half of the articles each.
        int[] halves = progress.stream().filter(line -> line.contains("argument tagger for half"))
                .mapToInt(line -> Integer.parseInt(line.replaceAll(".* on (\\d+) events", "$1"))).toArray();
        assertThat(halves).hasSize(2);
        assertThat(halves[0] + halves[1]).isEqualTo(trained.argumentEvents());
        assertThat(halves[0]).isPositive();
        assertThat(halves[1]).isPositive();
        trained.save(models);
        assertThat(Files.list(models).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrderElementsOf(AttributionModels.NAMES);

        Article unseen = new Article("new", "New", "Test", LocalDate.of(2016, 3, 16), null, null,
                "Nadia Rahman " + CUE + " the harbour plan on Tuesday. The weather was mild.");
        assertThat(AttributionExtractor.rulesOnly(Models.TEXT).extract(unseen)).isEmpty();
        for (AttributionExtractor extractor : List.of(trained.extractor(), AttributionExtractor.withModels(Models.TEXT, models))) {
            List<Attribution> found = extractor.extract(unseen);
            assertThat(found).hasSize(1);
            assertThat(found.getFirst().cue().text()).isEqualTo(CUE);
            assertThat(found.getFirst().speaker().name()).isEqualTo("Nadia Rahman");
            assertThat(found.getFirst().quoteText()).isEqualTo("the harbour plan");
            assertThat(found.getFirst().type()).isEqualTo(AttributionType.INDIRECT);
        }
    }

    private static TextSpan span(CharSequence text, int start, String expected) {
        TextSpan span = TextSpan.of(text.toString(), start, start + expected.length());
        if (!span.text().equals(expected)) throw new AssertionError("bad test offsets: " + span.text() + " != " + expected);
        return span;
    }
}
