package dev.byline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.config.Settings.InvalidSettingException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {

    @Test
    void slack_is_disabled_when_nothing_is_set() {
        SlackSettings slack = SlackSettings.resolve(Map.of());
        assertThat(slack.enabled()).isFalse();
        assertThat(slack.apiUrl()).isEqualTo("https://slack.com/api/");
        assertThat(slack.command()).isEqualTo("/byline");
        assertThat(slack.threadFollowups()).isTrue();
    }

    @Test
    void secret_and_token_enable_slack_and_the_api_url_gets_its_trailing_slash() {
        SlackSettings slack = SlackSettings.resolve(Map.of("SLACK_SIGNING_SECRET", "s3cr3t", "SLACK_BOT_TOKEN", "xoxb-1",
                "SLACK_API_URL", "http://127.0.0.1:9999/api", "SLACK_THREAD_FOLLOWUPS", "false", "SLACK_COMMAND", "/news"));
        assertThat(slack.enabled()).isTrue();
        assertThat(slack.apiUrl()).isEqualTo("http://127.0.0.1:9999/api/");
        assertThat(slack.threadFollowups()).isFalse();
        assertThat(slack.command()).isEqualTo("/news");
    }

    @Test
    void to_string_never_shows_the_secret_the_token_or_the_webhook() {
        SlackSettings slack = SlackSettings.resolve(Map.of("SLACK_SIGNING_SECRET", "s3cr3t", "SLACK_BOT_TOKEN", "xoxb-1",
                "SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T/B/hooksecret"));
        assertThat(slack.toString()).doesNotContain("s3cr3t").doesNotContain("xoxb-1").doesNotContain("hooksecret").contains("webhook=set");
    }

    @Test
    void half_a_configuration_and_bad_values_stop_start_up_with_one_line() {
        assertThatThrownBy(() -> SlackSettings.resolve(Map.of("SLACK_BOT_TOKEN", "xoxb-1")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("both");
        assertThatThrownBy(() -> SlackSettings.resolve(Map.of("SLACK_THREAD_FOLLOWUPS", "maybe")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("SLACK_THREAD_FOLLOWUPS");
        assertThatThrownBy(() -> SlackSettings.resolve(Map.of("SLACK_WEBHOOK_URL", "hooks.slack.com/secret-path")))
                .isInstanceOf(InvalidSettingException.class).hasMessage("SLACK_WEBHOOK_URL must be an http(s) URL");
        assertThatThrownBy(() -> SlackSettings.resolve(Map.of("SLACK_COMMAND", "byline")))
                .isInstanceOf(InvalidSettingException.class);
    }
}
