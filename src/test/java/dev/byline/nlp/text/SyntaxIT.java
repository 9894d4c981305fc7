package dev.byline.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.attribution.AttributionExtractor;
import dev.byline.testing.Models;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The dependency parses the attribution models read: heads, labels and subtree edges on article tokens. */
class SyntaxIT {

    private static final AttributionExtractor EXTRACTOR = AttributionExtractor.rulesOnly(Models.TEXT);

    private static int token(ArticleText doc, String word) {
        for (Token t : doc.tokens) if (t.text().equals(word)) return t.index();
        throw new AssertionError("no token " + word);
    }

    @Test
    void finds_the_clause_a_speech_verb_governs_past_an_adjunct_and_a_relative_clause() {
        ArticleText doc = EXTRACTOR.analyse(
                "Trump said during a rally in Michigan that the deal, which he called a disaster, would be scrapped.");
        Syntax.Parse parse = doc.parse(doc.units.getFirst());
        int said = token(doc, "said"), scrapped = token(doc, "scrapped"), that = token(doc, "that");
        int deal = token(doc, "deal"), rally = token(doc, "rally"), called = token(doc, "called");

        assertThat(parse.head(said)).isEqualTo(-1);
        assertThat(parse.head(scrapped)).isEqualTo(said);
        assertThat(parse.label(scrapped)).isEqualTo("ccomp");
        assertThat(parse.label(token(doc, "Trump"))).isEqualTo("nsubj");
        // The clause runs from "that" to "scrapped"; the rally hangs off "said", not off the clause.
        assertThat(parse.left(scrapped)).isEqualTo(that);
        assertThat(parse.right(scrapped)).isEqualTo(scrapped);
        assertThat(parse.under(deal, said, said)).isEqualTo(scrapped);
        assertThat(parse.under(rally, said, said)).isNotEqualTo(scrapped);
        assertThat(parse.dominates(deal, called)).isTrue();
        assertThat(parse.dominates(called, deal)).isFalse();
    }

    @Test
    void reads_curly_quotation_marks_and_apostrophes_as_the_parser_was_trained_to() {
        ArticleText doc = EXTRACTOR.analyse("“We’ll win,” he said.");
        Syntax.Parse parse = doc.parse(doc.units.getFirst());
        int said = token(doc, "said"), win = token(doc, "win");

        assertThat(parse.head(win)).isEqualTo(said);
        assertThat(parse.label(token(doc, "he"))).isEqualTo("nsubj");
        assertThat(parse.label(doc.tokens.getFirst().index())).isEqualTo("punct");
    }

    @Test
    void parses_alike_when_threads_share_the_parser() throws Exception {
        ArticleText doc = EXTRACTOR.analyse(Files.readString(Path.of("corpus/seed-putin-syria.txt")));
        List<String> alone = new ArrayList<>();
        for (ArticleText.Unit unit : doc.units) alone.add(describe(doc.parse(unit)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<String>> together = new ArrayList<>();
                for (ArticleText.Unit unit : doc.units) together.add(pool.submit(() -> describe(doc.parse(unit))));
                for (int u = 0; u < alone.size(); u++) assertThat(together.get(u).get()).isEqualTo(alone.get(u));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(doc.units).hasSizeGreaterThan(10);
    }

    private static String describe(Syntax.Parse parse) {
        return java.util.Arrays.toString(parse.heads()) + java.util.Arrays.toString(parse.labels());
    }
}
