package dev.byline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.answer.Citation;
import dev.byline.chat.ChatRequest;
import dev.byline.chat.ChatResponse;
import dev.byline.index.IngestListener;
import dev.byline.index.IngestReport;
import dev.byline.search.QuoteHit;
import dev.byline.search.QuoteQuery;
import dev.byline.search.SearchFilter;
import dev.byline.testing.Models;
import dev.byline.web.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quality floor CI holds without the evaluation data: a dozen hand-made articles (src/test/resources/golden)
 * ingested with full extraction, their quotes found exactly (speaker, role, words) and their questions answered
 * with the right words and the right citation, or honestly not at all.
 */
class GoldenCorpusIT {

    @TempDir static Path dir;
    static Byline byline;
    static JsonNode expected;

    @BeforeAll
    static void ingest() throws IOException {
        expected = read("/golden/expected.json");
        byline = new Byline(Models.TEXT, dir.resolve("index"));
        Path articles = Path.of("src/test/resources/golden/articles.jsonl");
        IngestReport report = byline.indexer().ingest(List.of(articles), false, IngestListener.SILENT);
        assertThat(report.added()).isEqualTo(12);
        assertThat(report.problems()).isZero();
    }

    @AfterAll
    static void close() throws IOException {
        byline.close();
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = GoldenCorpusIT.class.getResourceAsStream(resource)) {
            return Json.mapper().readTree(in);
        }
    }

    static Stream<JsonNode> quotes() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        read("/golden/expected.json").get("quotes").forEach(out::add);
        return out.stream();
    }

    static Stream<JsonNode> answers() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        read("/golden/expected.json").get("answers").forEach(out::add);
        return out.stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("quotes")
    void each_expected_quote_is_extracted_with_its_speaker_role_and_exact_words(JsonNode quote) {
        String article = quote.get("articleId").asText();
        String text = byline.search().article(article).orElseThrow().text();
        List<QuoteHit> found = byline.search().latestQuotes(QuoteQuery.bySpeaker(quote.get("speaker").asText()), SearchFilter.NONE, 100)
                .hits().stream().filter(q -> q.articleId().equals(article)).toList();
        assertThat(found).as("quotes of %s in %s", quote.get("speaker").asText(), article)
                .anySatisfy(q -> {
                    assertThat(q.speaker()).isEqualTo(quote.get("speaker").asText());
                    assertThat(q.role()).isEqualTo(quote.get("role").asText());
                    assertThat(q.text()).isEqualTo(quote.get("text").asText());
                    assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
                });
    }

    @Test
    void every_quote_found_has_words_that_stand_in_its_article() {
        List<QuoteHit> all = byline.search().latestQuotes(new QuoteQuery(null, null), SearchFilter.NONE, 100).hits();
        assertThat(all).hasSizeGreaterThanOrEqualTo(expected.get("quotes").size());
        for (QuoteHit q : all) {
            String text = byline.search().article(q.articleId()).orElseThrow().text();
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
        }
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("answers")
    void each_question_gets_the_expected_answer_and_citation(JsonNode gold) {
        ChatResponse response = byline.chat().chat(new ChatRequest(gold.get("question").asText(), null, null));
        String text = response.answer().text();
        if (gold.hasNonNull("kind")) assertThat(response.answer().kind().name().toLowerCase()).isEqualTo(gold.get("kind").asText());
        for (JsonNode words : gold.get("contains")) assertThat(text).contains(words.asText());
        if (gold.get("cites").isNull()) {
            assertThat(response.citations()).isEmpty();
        } else {
            assertThat(response.citations()).extracting(Citation::articleId).first().isEqualTo(gold.get("cites").asText());
            for (Citation c : response.citations()) {
                String article = byline.search().article(c.articleId()).orElseThrow().text();
                assertThat(article.substring(c.start(), c.end())).isEqualTo(c.snippet());
            }
        }
    }
}
