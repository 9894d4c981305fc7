package dev.byline.web;

import static dev.byline.testing.Corpora.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Byline;
import dev.byline.config.LlmSettings;
import dev.byline.testing.Corpora;
import dev.byline.testing.FakeOpenAi;
import dev.byline.testing.FakeOpenAi.Reply;
import dev.byline.testing.Models;
import dev.byline.testing.RunningByline;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In LLM mode a quote whose speaker Byline is not sure of reaches the model as the article's word and a likely reading. */
class LlmHedgedSpeakerIT {

    @TempDir static Path dir;
    static FakeOpenAi fake;
    static RunningByline running;

    @BeforeAll
    static void start() {
        fake = new FakeOpenAi();
        Path corpus = Corpora.jsonl(dir.resolve("corpus"), "news.jsonl", List.of(
                article("ap-1", "Rally", "AP", "2016-03-21", "Hillary Clinton held a rally in Iowa.\n\n“The sanctions on Russia will stay,” he said."),
                article("cnn-1", "Troops leave", "CNN", "2016-03-15",
                        "Russia began its withdrawal.\n\n“The sanctions on Russia are wrong,” Russian President Vladimir Putin said at the Kremlin.")));
        LlmSettings llm = LlmSettings.fromEnv(Map.of("BYLINE_LLM", "openai", "BYLINE_LLM_BASE_URL", fake.baseUrl(), "BYLINE_LLM_MODEL", "fake-model"));
        running = RunningByline.of(new Byline(Models.TEXT, dir.resolve("index"), llm), List.of(corpus));
    }

    @AfterAll
    static void stop() throws Exception {
        running.close();
        fake.close();
    }

    @Test
    void a_hedged_speaker_reaches_the_model_as_not_certain_and_a_sure_one_by_name() {
        fake.then(r -> Reply.text("Nobody is named for certain [" + r.sourceContaining("will stay") + "]."));
        running.http().postJson("/api/chat", Map.of("message", "Who said the sanctions on Russia will stay?"));
        String prompt = fake.lastChatRequest().message("user");
        assertThat(prompt).contains("speaker=\"not certain: the article says “he”, most likely Hillary Clinton\"")
                .doesNotContain("speaker=\"Hillary Clinton\"")
                .contains("speaker=\"Vladimir Putin\"").contains("role=\"Russian President\"");
    }
}
