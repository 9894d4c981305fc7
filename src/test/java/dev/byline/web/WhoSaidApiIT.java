package dev.byline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.Byline;
import dev.byline.testing.Http;
import dev.byline.testing.RunningByline;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo questions end to end: the seed article ingested, asked over the real HTTP API on a random port. */
class WhoSaidApiIT {

    @TempDir static Path dir;
    static Byline byline;
    static RunningByline running;
    static Http http;
    static String seed;

    @BeforeAll
    static void start() {
        running = RunningByline.onSeed(dir);
        byline = running.byline();
        http = running.http();
        seed = byline.search().article("seed-putin-syria").orElseThrow().text();
    }

    @AfterAll
    static void stop() throws Exception {
        running.close();
    }

    static JsonNode ask(String message, String conversationId) {
        Http.Reply reply = http.postJson("/api/chat", conversationId == null ? Map.of("message", message)
                : Map.of("message", message, "conversationId", conversationId));
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void who_said_plan_b_names_de_mistura_and_cites_his_words() {
        JsonNode body = ask("Who said the only plan B is to return to war?", null);
        assertThat(body.at("/answer/kind").asText()).isEqualTo("speaker");
        assertThat(body.at("/answer/text").asText()).startsWith("Staffan de Mistura, United Nations special envoy for Syria, said").contains("[1]");
        JsonNode quote = body.get("quotes").get(0);
        assertThat(quote.get("speaker").asText()).isEqualTo("Staffan de Mistura");
        assertThat(quote.get("type").asText()).isEqualTo("direct");
        assertThat(quote.get("datePrecision").asText()).isEqualTo("unknown");
        assertCitedVerbatim(body, quote);
    }

    @Test
    void what_did_putin_say_quotes_the_kremlin_statement_verbatim() {
        JsonNode body = ask("What did Putin say?", null);
        assertThat(body.at("/answer/kind").asText()).isEqualTo("quote");
        // The article dates the announcement ("The March 14 announcement"), not the quote itself: an inferred, approximate date.
        assertThat(body.at("/answer/text").asText()).contains("Russian President Vladimir Putin said around March 14 [1]: “I consider the mission");
        JsonNode quote = body.get("quotes").get(0);
        assertThat(quote.get("datePrecision").asText()).isEqualTo("approximate");
        assertThat(quote.get("date").asText()).as("month and day as the article gives them, no year invented").isEqualTo("March 14");
        assertThat(quote.get("role").asText()).isEqualTo("Russian President");
        assertThat(quote.get("cue").asText()).isEqualTo("said");
        assertCitedVerbatim(body, quote);
    }

    @Test
    void who_described_the_red_line_names_al_moallem_with_his_role() {
        JsonNode body = ask("Who described Assad's removal as a red line?", null);
        assertThat(body.at("/answer/text").asText()).contains("Walid Al Moallem, foreign minister for the Assad regime,").contains("“red line.”");
        JsonNode quote = body.get("quotes").get(0);
        assertThat(quote.get("role").asText()).isEqualTo("foreign minister for the Assad regime");
        assertThat(quote.get("type").asText()).isEqualTo("mixed");
        assertCitedVerbatim(body, quote);
    }

    @Test
    void a_follow_up_resolves_against_the_last_speaker() {
        JsonNode first = ask("Who said the only plan B is to return to war?", null);
        String conversation = first.get("conversationId").asText();
        JsonNode who = ask("Who is he?", conversation);
        assertThat(who.at("/answer/kind").asText()).isEqualTo("person");
        assertThat(who.at("/answer/text").asText()).isEqualTo("Staffan de Mistura is United Nations special envoy for Syria [1].");
        JsonNode when = ask("And when was that?", conversation);
        assertThat(when.at("/searched/question").asText()).startsWith("When did Staffan de Mistura say As far as I know");
        assertThat(when.at("/answer/kind").asText()).isEqualTo("date");
        assertThat(when.at("/answer/text").asText()).contains("in an undated article").contains("plan B");
    }

    @Test
    void other_questions_still_get_passage_answers_without_quotes() {
        JsonNode body = ask("Who ordered the troops out of Syria?", null);
        assertThat(body.at("/answer/kind").asText()).isEqualTo("passage");
        assertThat(body.get("quotes")).isEmpty();
    }

    /** The quote's words are the article text at its citation's cited offsets, inside the snippet. */
    private static void assertCitedVerbatim(JsonNode body, JsonNode quote) {
        JsonNode citation = body.get("citations").get(quote.get("n").asInt() - 1);
        assertThat(citation.get("articleId").asText()).isEqualTo("seed-putin-syria").isEqualTo(quote.get("articleId").asText());
        String cited = seed.substring(citation.get("citedStart").asInt(), citation.get("citedEnd").asInt());
        assertThat(cited).isEqualTo(quote.get("text").asText());
        assertThat(seed.substring(citation.get("start").asInt(), citation.get("end").asInt())).isEqualTo(citation.get("snippet").asText()).contains(cited);
    }
}
