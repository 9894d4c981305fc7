package dev.byline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.Byline;
import dev.byline.testing.Http;
import dev.byline.testing.Http.Reply;
import dev.byline.testing.RunningByline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** POST /api/chat/stream against a real server: the event sequence, and plain JSON errors before it starts. */
class ChatStreamIT {

    record Event(String name, JsonNode data) {}

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
    void streams_meta_then_word_deltas_then_citations_then_done() {
        Reply reply = http.postJson("/api/chat/stream", Map.of("message", "Who ordered the troops out of Syria?"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/event-stream");
        List<Event> events = parse(reply.body());
        List<String> names = events.stream().map(Event::name).toList();

        assertThat(names.getFirst()).isEqualTo("meta");
        assertThat(names.getLast()).isEqualTo("done");
        assertThat(String.join(",", names)).matches("meta(,delta)+(,citation)+,done");
        assertThat(names.stream().filter("delta"::equals).count()).as("the answer arrives in word chunks").isGreaterThan(3);

        JsonNode done = events.getLast().data();
        String conversationId = events.getFirst().data().get("conversationId").asText();
        assertThat(conversationId).isNotBlank().isEqualTo(done.get("conversationId").asText());
        String streamed = events.stream().filter(e -> e.name().equals("delta")).map(e -> e.data().get("text").asText()).reduce("", String::concat);
        assertThat(streamed).isEqualTo(done.at("/answer/text").asText()).contains("[1]");
        List<JsonNode> citations = events.stream().filter(e -> e.name().equals("citation")).map(Event::data).toList();
        assertThat(citations).containsExactlyElementsOf(done.get("citations"));
        assertThat(citations.getFirst().get("articleId").asText()).isEqualTo("seed-putin-syria");
    }

    @Test
    void done_carries_exactly_what_api_chat_returns() {
        Map<String, String> body = Map.of("message", "Who ordered the troops out of Syria?", "conversationId", "same-conversation");
        List<Event> events = parse(http.postJson("/api/chat/stream", body).body());
        JsonNode plain = http.postJson("/api/chat", body).json();
        assertThat(events.getLast().data()).isEqualTo(plain);
    }

    @Test
    void a_question_nothing_answers_still_ends_with_done_and_what_was_searched() {
        List<Event> events = parse(http.postJson("/api/chat/stream", Map.of("message", "What is the population of Mongolia?")).body());
        assertThat(events.stream().map(Event::name)).doesNotContain("citation", "error").endsWith("done");
        assertThat(events.getLast().data().at("/answer/kind").asText()).isEqualTo("none");
        assertThat(events.getLast().data().at("/searched/question").asText()).isEqualTo("What is the population of Mongolia?");
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            {}                                                          | 400 | invalid_message
            {"message": "hi", "from": "2016-05-01", "to": "2016-04-01"} | 400 | invalid_date
            {"message": "hi"                                            | 400 | invalid_json
            """)
    void bad_bodies_get_a_json_error_before_any_event(String body, int status, String code) {
        Reply reply = http.postJson("/api/chat/stream", body);
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json().get("error").asText()).isEqualTo(code);
        assertThat(reply.json().get("message").asText()).isNotBlank();
    }

    @Test
    void a_message_over_2000_characters_a_huge_body_and_plain_text_are_refused_like_api_chat() {
        assertThat(http.postJson("/api/chat/stream", Map.of("message", "a".repeat(2001))).status()).isEqualTo(400);
        assertThat(http.postJson("/api/chat/stream", Map.of("message", "hi", "pad", "x".repeat(70_000))).status()).isEqualTo(413);
        assertThat(http.post("/api/chat/stream", "text/plain", "Who?").status()).isEqualTo(415);
    }

    @Test
    void a_failure_after_the_stream_started_ends_it_with_an_error_event_and_no_stack_trace(@TempDir Path other) throws Exception {
        try (RunningByline broken = RunningByline.on(other, List.of())) {
            broken.byline().close(); // every search now fails inside, after the 200 and the meta event are out
            Reply reply = broken.http().postJson("/api/chat/stream", Map.of("message", "Who ordered the troops out?"));
            assertThat(reply.status()).isEqualTo(200);
            List<Event> events = parse(reply.body());
            assertThat(events.stream().map(Event::name)).containsExactly("meta", "error");
            assertThat(events.getLast().data().get("error").asText()).isEqualTo("internal_error");
            assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at dev.byline");
        }
    }

    /** Reads an event stream body: blocks of `event:` and `data:` lines separated by a blank line. */
    static List<Event> parse(String body) {
        List<Event> events = new ArrayList<>();
        for (String block : body.split("\n\n")) {
            if (block.isBlank()) continue;
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("event: ")) name = line.substring(7);
                else if (line.startsWith("data: ")) data.append(line.substring(6));
            }
            try {
                events.add(new Event(name, Json.mapper().readTree(data.toString())));
            } catch (Exception e) {
                throw new AssertionError("event data is not JSON: " + block, e);
            }
        }
        return events;
    }
}
