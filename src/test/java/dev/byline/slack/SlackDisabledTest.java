package dev.byline.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Byline;
import dev.byline.testing.Http;
import dev.byline.testing.Http.Reply;
import dev.byline.testing.RunningByline;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Byline without Slack settings: the Slack routes answer 404 in the API's JSON, and the rest runs. */
class SlackDisabledTest {

    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"/slack/events", "/slack/commands", "/slack/actions"})
    void slack_routes_answer_404_json_when_slack_is_not_configured(String path) throws Exception {
        try (RunningByline running = RunningByline.on(dir, List.of())) {
            Byline byline = running.byline();
            {
                Http http = running.http();
                Reply reply = http.post(path, "application/json", "{\"type\":\"url_verification\",\"challenge\":\"x\"}");
                assertThat(reply.status()).isEqualTo(404);
                assertThat(reply.json().get("error").asText()).isEqualTo("not_found");
                assertThat(reply.json().get("message").asText()).contains("SLACK_SIGNING_SECRET");
                assertThat(http.get("/health").status()).isEqualTo(200);
                assertThat(byline.slack()).isEmpty();
            }
        }
    }
}
