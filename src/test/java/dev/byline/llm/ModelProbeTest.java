package dev.byline.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Byline;
import dev.byline.answer.LlmAnswerer;
import dev.byline.config.LlmSettings;
import dev.byline.config.LlmSettings.Provider;
import dev.byline.testing.FakeOpenAi;
import dev.byline.testing.Models;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelProbeTest {

    static LlmSettings openai(String baseUrl, String key) {
        return new LlmSettings(Provider.OPENAI, baseUrl, key, "fake-model", Duration.ofSeconds(2));
    }

    @Test
    void a_server_listing_models_is_usable_and_gets_the_key() {
        try (FakeOpenAi fake = new FakeOpenAi()) {
            ModelProbe.Result result = new ModelProbe().probe(openai(fake.baseUrl(), "sk-secret"));
            assertThat(result.usable()).isTrue();
            assertThat(result.message()).isEqualTo("openai model fake-model at " + fake.baseUrl());
            assertThat(fake.requests()).singleElement().satisfies(r -> {
                assertThat(r.path()).isEqualTo("/v1/models");
                assertThat(r.authorization()).isEqualTo("Bearer sk-secret");
            });
        }
    }

    @Test
    void a_refused_key_is_reported_without_the_key() {
        try (FakeOpenAi fake = new FakeOpenAi()) {
            fake.modelsStatus(401);
            ModelProbe.Result result = new ModelProbe().probe(openai(fake.baseUrl(), "sk-secret"));
            assertThat(result.usable()).isFalse();
            assertThat(result.message()).contains("API key was refused").doesNotContain("sk-secret");
        }
    }

    @Test
    void an_unreachable_server_is_reported_in_one_line() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ModelProbe.Result result = new ModelProbe().probe(new LlmSettings(Provider.OLLAMA, "http://127.0.0.1:" + port, null, null, null));
        assertThat(result.usable()).isFalse();
        assertThat(result.message()).isEqualTo("cannot connect to http://127.0.0.1:" + port + "/api/tags").doesNotContain("\n");
    }

    @Test
    void byline_keeps_answering_extractively_when_the_model_is_unreachable(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (Byline byline = new Byline(Models.TEXT, dir.resolve("index"), openai("http://127.0.0.1:" + port + "/v1", "sk-secret"))) {
            assertThat(byline.answerer()).isNotInstanceOf(LlmAnswerer.class);
            assertThat(byline.llmStatus()).isEqualTo("LLM off: cannot connect to http://127.0.0.1:" + port + "/v1/models; answering extractively");
        }
    }
}
