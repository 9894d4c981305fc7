package dev.byline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.config.LlmSettings.Provider;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LlmSettingsTest {

    @Test
    void no_llm_is_the_default() {
        LlmSettings settings = LlmSettings.fromEnv(Map.of());
        assertThat(settings.provider()).isEqualTo(Provider.NONE);
        assertThat(settings.isEnabled()).isFalse();
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void openai_compatible_servers_are_read_from_the_environment() {
        LlmSettings settings = LlmSettings.fromEnv(Map.of("BYLINE_LLM", "OpenAI", "BYLINE_LLM_BASE_URL", "http://localhost:8080/v1/",
                "BYLINE_LLM_MODEL", "qwen2.5-7b-instruct", "BYLINE_LLM_TIMEOUT", "90s"));
        assertThat(settings).isEqualTo(new LlmSettings(Provider.OPENAI, "http://localhost:8080/v1", null, "qwen2.5-7b-instruct", Duration.ofSeconds(90)));
    }

    @Test
    void ollama_defaults_to_its_local_port() {
        LlmSettings settings = LlmSettings.fromEnv(Map.of("BYLINE_LLM", "ollama"));
        assertThat(settings.baseUrl()).isEqualTo("http://localhost:11434");
        assertThat(settings.model()).isEqualTo(LlmSettings.OLLAMA_MODEL);
    }

    @ParameterizedTest(name = "{0} -> {1} ms")
    @CsvSource({"30, 30000", "45s, 45000", "1500ms, 1500", "2m, 120000", "PT20S, 20000"})
    void timeouts_are_read_in_common_forms(String raw, long millis) {
        assertThat(LlmSettings.timeout(raw).toMillis()).isEqualTo(millis);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            BYLINE_LLM          | claude            | BYLINE_LLM must be none, openai or ollama, got 'claude'
            BYLINE_LLM_TIMEOUT  | soon              | BYLINE_LLM_TIMEOUT must be a duration like 30s, 1500ms or 2m, got 'soon'
            BYLINE_LLM_TIMEOUT  | 0                 | BYLINE_LLM_TIMEOUT must be above 0 and at most 10 minutes, got 0 ms
            BYLINE_LLM_BASE_URL | localhost:8080    | BYLINE_LLM_BASE_URL must be an http(s) URL such as http://localhost:8080/v1, got 'localhost:8080'
            """)
    void an_invalid_value_stops_start_up_with_one_line(String name, String value, String message) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("BYLINE_LLM", "openai", "BYLINE_LLM_BASE_URL", "http://localhost:8080/v1"));
        env.put(name, value);
        assertThatThrownBy(() -> LlmSettings.fromEnv(env)).isInstanceOf(Settings.InvalidSettingException.class).hasMessage(message);
    }

    @Test
    void the_hosted_openai_api_needs_a_key() {
        assertThatThrownBy(() -> LlmSettings.fromEnv(Map.of("BYLINE_LLM", "openai")))
                .hasMessage("BYLINE_LLM_API_KEY is required for https://api.openai.com/v1");
    }

    @Test
    void the_api_key_never_shows_in_text() {
        LlmSettings settings = LlmSettings.fromEnv(Map.of("BYLINE_LLM", "openai", "BYLINE_LLM_API_KEY", "sk-very-secret"));
        assertThat(settings.toString()).doesNotContain("sk-very-secret").contains("apiKey=(set)");
        assertThat(settings.describe()).doesNotContain("sk-very-secret");
    }
}
