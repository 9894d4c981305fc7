package dev.byline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.testing.Http;
import dev.byline.testing.Http.Reply;
import dev.byline.testing.RunningByline;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerErrorIT {

    @Test
    void a_failure_inside_becomes_a_500_without_a_stack_trace_and_the_server_keeps_serving(@TempDir Path dir) throws Exception {
        try (RunningByline running = RunningByline.on(dir, List.of())) {
            Http http = running.http();
            running.byline().close(); // the index is gone from under the server: every search now fails inside
            Reply reply = http.postJson("/api/chat", Map.of("message", "Who ordered the troops out?"));
            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.json().get("error").asText()).isEqualTo("internal_error");
            assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at dev.byline");
            assertThat(http.get("/api/articles/x").status()).isEqualTo(500);
            assertThat(http.postJson("/api/chat", "{}").status()).isEqualTo(400);
        }
    }
}
