package dev.byline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.Byline;
import dev.byline.config.LlmSettings;
import dev.byline.testing.FakeOpenAi;
import dev.byline.testing.FakeOpenAi.Reply;
import dev.byline.testing.Http;
import dev.byline.testing.RunningByline;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POST /api/chat on a real server started as {@code BYLINE_LLM=openai BYLINE_LLM_BASE_URL=<fake>} would start it:
 * a true quote survives, a fabricated one does not, and a failing model gives an extractive answer.
 */
class LlmApiIT {

    static final String TRUE_QUOTE = "I am therefore ordering the defense ministry to begin the withdrawal of the main part of our military force";
    static final String FABRICATED_QUOTE = "Russia will keep its bases in Syria for ever";

    @TempDir static Path dir;
    static FakeOpenAi fake;
    static RunningByline running;
    static Byline byline;
    static Http http;

    @BeforeAll
    static void start() {
        fake = new FakeOpenAi();
        LlmSettings llm = LlmSettings.fromEnv(Map.of("BYLINE_LLM", "openai", "BYLINE_LLM_BASE_URL", fake.baseUrl(), "BYLINE_LLM_MODEL", "fake-model"));
        running = RunningByline.onSeed(dir, llm);
        byline = running.byline();
        http = running.http();
    }

    @AfterAll
    static void stop() throws Exception {
        running.close();
        fake.close();
    }

    @Test
    void the_true_quote_is_kept_and_the_fabricated_one_removed() {
        assertThat(byline.llmStatus()).isEqualTo("LLM: openai model fake-model at " + fake.baseUrl());
        fake.then(r -> {
            int n = r.sourceContaining("therefore ordering");
            return Reply.text("Putin said “" + TRUE_QUOTE + "” [" + n + "]. He added “" + FABRICATED_QUOTE + "” [" + n + "].");
        });
        JsonNode body = http.postJson("/api/chat", Map.of("message", "What did Putin say about withdrawing from Syria?")).json();
        assertThat(body.at("/answer/mode").asText()).isEqualTo("llm");
        assertThat(body.at("/answer/text").asText()).isEqualTo("Putin said “" + TRUE_QUOTE + "” [1].").doesNotContain(FABRICATED_QUOTE);
        assertThat(body.get("citations")).hasSize(1);
        assertThat(fake.lastChatRequest().message("user")).as("quotes reach the model labelled with their speaker and role")
                .contains("speaker=\"Vladimir Putin\"").contains("role=\"Russian President\"");
        JsonNode citation = body.get("citations").get(0);
        assertThat(citation.get("articleId").asText()).isEqualTo("seed-putin-syria");
        String article = byline.search().article("seed-putin-syria").orElseThrow().text();
        assertThat(article.substring(citation.get("citedStart").asInt(), citation.get("citedEnd").asInt())).isEqualTo(TRUE_QUOTE);
    }

    @Test
    void a_model_answering_500_gives_an_extractive_answer_marked_llm_fallback() {
        fake.then(Reply.status(500));
        JsonNode body = http.postJson("/api/chat", Map.of("message", "Who ordered the troops out of Syria?")).json();
        assertThat(body.at("/answer/mode").asText()).isEqualTo("llm_fallback");
        assertThat(body.at("/answer/text").asText()).startsWith("The language model gave no usable answer (HTTP 500)").contains("Putin").contains("[1]");
        assertThat(body.get("citations").get(0).get("articleId").asText()).isEqualTo("seed-putin-syria");
    }

    @Test
    void a_streamed_llm_answer_reaches_the_page_as_ordered_deltas_that_add_up_to_the_checked_answer() {
        fake.then(r -> {
            int n = r.sourceContaining("therefore ordering");
            return Reply.text("Putin ordered the withdrawal of the main part of Russia’s military force [" + n + "]. "
                    + "He said “" + TRUE_QUOTE + "” [" + n + "]. He also said “" + FABRICATED_QUOTE + "” [" + n + "].");
        });
        Http.Reply reply = http.postJson("/api/chat/stream", Map.of("message", "What did Putin say about withdrawing from Syria?"));
        List<ChatStreamIT.Event> events = ChatStreamIT.parse(reply.body());
        assertThat(fake.lastChatRequest().isStreaming()).as("the model was asked to stream").isTrue();
        assertThat(events.getFirst().name()).isEqualTo("meta");
        assertThat(events.getLast().name()).isEqualTo("done");
        StringBuilder streamed = new StringBuilder();
        events.stream().filter(e -> e.name().equals("delta")).forEach(e -> streamed.append(e.data().get("text").asText()));
        JsonNode done = events.getLast().data();
        assertThat(done.at("/answer/mode").asText()).isEqualTo("llm");
        assertThat(streamed.toString()).isEqualTo(done.at("/answer/text").asText());
        assertThat(streamed.toString()).startsWith("Putin ordered").contains(TRUE_QUOTE).doesNotContain(FABRICATED_QUOTE);
        assertThat(streamed.indexOf("Putin ordered")).isLessThan(streamed.indexOf(TRUE_QUOTE));
    }
}
