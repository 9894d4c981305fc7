package dev.byline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.Byline;
import dev.byline.testing.Http;
import dev.byline.testing.Http.Reply;
import dev.byline.testing.RunningByline;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The HTTP API against a real server on a random port, over the seed article. */
class ApiIT {

    @TempDir static Path dir;
    static RunningByline running;
    static Byline byline;
    static Http http;

    @BeforeAll
    static void start() {
        running = RunningByline.onSeed(dir);
        byline = running.byline();
        http = running.http();
    }

    @AfterAll
    static void stop() throws Exception {
        running.close();
    }

    @Test
    void health_reports_the_article_count() {
        Reply reply = http.get("/health");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asText()).isEqualTo("ok");
        assertThat(reply.json().get("articles").asInt()).isEqualTo(1);
    }

    @Test
    void chat_answers_the_seed_question_citing_the_seed_article() {
        Reply reply = http.postJson("/api/chat", Map.of("message", "Who ordered the troops out of Syria?"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode body = reply.json();
        assertThat(body.get("conversationId").asText()).isNotBlank();
        assertThat(body.at("/answer/kind").asText()).isNotEqualTo("none");
        assertThat(body.at("/answer/text").asText()).contains("Putin").contains("[1]");
        JsonNode citation = body.get("citations").get(0);
        assertThat(citation.get("n").asInt()).isEqualTo(1);
        assertThat(citation.get("articleId").asText()).isEqualTo("seed-putin-syria");
        assertThat(citation.get("title").asText()).isEqualTo("Putin Orders Most Troops Out Of Syria");
        assertThat(citation.get("published").isNull()).isTrue();
        assertThat(citation.get("url").isNull()).isTrue();
        String text = byline.search().article("seed-putin-syria").orElseThrow().text();
        assertThat(text.substring(citation.get("start").asInt(), citation.get("end").asInt())).isEqualTo(citation.get("snippet").asText());
    }

    @Test
    void a_follow_up_says_she_only_of_a_woman_and_carries_what_was_asked_about() {
        String id = "c-she";
        JsonNode first = http.postJson("/api/chat", Map.of("message", "What did Putin say about the troops?", "conversationId", id)).json();
        assertThat(first.at("/quotes/0/speaker").asText()).isEqualTo("Vladimir Putin");
        assertThat(first.at("/quotes/0/speakerConfidence").asDouble()).isEqualTo(1.0);
        assertThat(first.at("/quotes/0/hedged").asBoolean()).isFalse();

        JsonNode she = http.postJson("/api/chat", Map.of("message", "What did she say about it?", "conversationId", id)).json();
        assertThat(she.at("/answer/kind").asText()).isEqualTo("none");
        assertThat(she.at("/answer/text").asText()).contains("whom “she” means").contains("Vladimir Putin")
                .contains("What did Vladimir Putin say about the troops?");
        assertThat(she.get("citations")).isEmpty();

        JsonNode he = http.postJson("/api/chat", Map.of("message", "What did he say about it?", "conversationId", id)).json();
        assertThat(he.at("/answer/kind").asText()).isEqualTo("quote");
        assertThat(he.at("/quotes/0/speaker").asText()).isEqualTo("Vladimir Putin");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "the of and to a in?", "?!… — ;:", "What happened in March 2031?", "What did Putin say next week?",
            "¿Qué dijo Putin sobre Siria?", "Что сказал Путин о Сирии?", "普京对叙利亚说了什么？"})
    void an_odd_question_gets_a_plain_answer_or_none_never_an_error(String question) {
        Reply reply = http.postJson("/api/chat", Map.of("message", question));
        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.at("/answer/kind").asText()).isIn("none", "passage", "quote", "speaker", "date", "person");
        assertThat(body.at("/answer/text").asText()).isNotBlank();
        if (body.at("/answer/kind").asText().equals("none")) assertThat(body.get("citations")).isEmpty();
    }

    @Test
    void a_question_of_2000_characters_gets_an_answer_not_an_error() {
        String longest = ("Who ordered the troops out of Syria and why " + "x".repeat(2000)).substring(0, 2000);
        Reply reply = http.postJson("/api/chat", Map.of("message", longest));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/answer/text").asText()).isNotBlank();
    }

    @Test
    void chat_keeps_the_conversation_id_it_is_given() {
        Reply reply = http.postJson("/api/chat", Map.of("message", "Who ordered the troops out of Syria?", "conversationId", "c-42"));
        assertThat(reply.json().get("conversationId").asText()).isEqualTo("c-42");
    }

    @Test
    void chat_says_plainly_when_nothing_answers_and_cites_nothing() {
        JsonNode body = http.postJson("/api/chat", Map.of("message", "What is the population of Mongolia?")).json();
        assertThat(body.at("/answer/kind").asText()).isEqualTo("none");
        assertThat(body.get("citations")).isEmpty();
        assertThat(body.at("/answer/text").asText()).contains("nothing");
        assertThat(body.at("/searched/question").asText()).isEqualTo("What is the population of Mongolia?");
    }

    @Test
    void articles_are_served_by_id_and_unknown_ids_are_404() {
        Reply found = http.get("/api/articles/seed-putin-syria");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("text").asText()).contains("red line");
        Reply missing = http.get("/api/articles/nope");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void search_returns_hits_with_offsets_and_scores() {
        JsonNode hits = http.get("/api/search?q=plan+B+war&limit=3").json().get("hits");
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).get("snippet").asText()).contains("plan B");
        assertThat(hits.get(0).get("score").asDouble()).isPositive();
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            {}                                              | 400 | invalid_message
            {"message": "   "}                              | 400 | invalid_message
            {"message": 42, "asOf": "x"}                    | 400 | invalid_date
            {"message": "hi", "asOf": "2016-13-01"}         | 400 | invalid_date
            {"message": "hi", "from": "yesterday"}          | 400 | invalid_date
            {"message": "hi", "from": "2016-05-01", "to": "2016-04-01"} | 400 | invalid_date
            {"message": "hi"                                | 400 | invalid_json
            [1, 2]                                          | 400 | invalid_json
            """)
    void bad_chat_bodies_get_400_with_a_json_message(String body, int status, String code) {
        Reply reply = http.postJson("/api/chat", body);
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.json().get("error").asText()).isEqualTo(code);
        assertThat(reply.json().get("message").asText()).isNotBlank();
    }

    @Test
    void json_errors_say_where_and_what_without_internal_names() {
        assertThat(http.postJson("/api/chat", "{\"message\": \"hi\"").json().get("message").asText())
                .isEqualTo("malformed JSON at line 1, column 17: Unexpected end-of-input: expected close marker for Object");
        assertThat(http.postJson("/api/chat", "{\"message\": [\"a\"]}").json().get("message").asText())
                .isEqualTo("malformed JSON at line 1, column 13: 'message' has the wrong type");
        assertThat(http.postJson("/api/chat", "[1, 2]").json().get("message").asText()).doesNotContain("dev.byline").endsWith("the body must be a JSON object");
    }

    @Test
    void a_message_over_2000_characters_is_400() {
        Reply reply = http.postJson("/api/chat", Map.of("message", "a".repeat(2001)));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("2000");
    }

    @Test
    void a_body_over_64_kib_is_413() {
        Reply reply = http.postJson("/api/chat", Map.of("message", "hi", "pad", "x".repeat(70_000)));
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.json().get("error").asText()).isEqualTo("payload_too_large");
    }

    @Test
    void a_body_that_is_not_json_is_415() {
        Reply reply = http.post("/api/chat", "text/plain", "Who ordered the troops out?");
        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.json().get("error").asText()).isEqualTo("unsupported_media_type");
        assertThat(http.post("/api/chat", null, "{}").status()).isEqualTo(415);
    }

    @Test
    void search_validates_its_parameters() {
        assertThat(http.get("/api/search").status()).isEqualTo(400);
        assertThat(http.get("/api/search?q=x&from=March").json().get("error").asText()).isEqualTo("invalid_date");
        assertThat(http.get("/api/search?q=x&limit=0").json().get("error").asText()).isEqualTo("invalid_limit");
    }

    @Test
    void unknown_api_paths_are_404_json() {
        Reply reply = http.get("/api/nothing-here");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void a_known_path_asked_with_the_wrong_method_is_405_json() {
        Reply reply = http.get("/api/chat");
        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json().get("error").asText()).isEqualTo("method_not_allowed");
        assertThat(http.get("/api/search?q=x&limit=many").json().get("error").asText()).isEqualTo("invalid_limit");
    }
}
