package dev.byline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.testing.Http.Reply;
import dev.byline.testing.RunningByline;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /metrics in Prometheus' text format: requests per route, answers by kind, ingest and index counts, the JVM. */
class MetricsIT {

    @TempDir static Path dir;
    static RunningByline running;

    @BeforeAll
    static void start() {
        running = RunningByline.onSeed(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        running.close();
    }

    @Test
    void metrics_count_requests_per_route_answers_ingest_and_index() {
        running.http().postJson("/api/chat", Map.of("message", "Who ordered the troops out of Syria?"));
        running.http().postJson("/api/chat", Map.of("message", "   "));
        running.http().get("/api/articles/seed-putin-syria");
        running.http().get("/api/articles/nobody");
        Reply reply = running.http().get("/metrics");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/plain");
        String body = reply.body();
        assertThat(body).containsPattern("http_server_requests_seconds_count\\{[^}]*method=\"POST\"[^}]*route=\"/api/chat\"[^}]*status=\"200\"[^}]*} 1");
        assertThat(body).containsPattern("http_server_requests_seconds_count\\{[^}]*route=\"/api/chat\"[^}]*status=\"400\"[^}]*} 1");
        assertThat(body).containsPattern("http_server_requests_seconds_count\\{[^}]*route=\"/api/articles/\\{id}\"[^}]*status=\"404\"[^}]*} 1");
        assertThat(body).containsPattern("byline_answers_total\\{kind=\"passage\",mode=\"extractive\"} 1");
        assertThat(body).containsPattern("byline_ingest_articles_total\\{outcome=\"added\"} 1");
        assertThat(body).containsPattern("byline_index_documents\\{kind=\"articles\"} 1");
        assertThat(body).contains("jvm_memory_used_bytes").contains("byline_conversations");
    }

    @Test
    void metrics_can_be_switched_off() throws Exception {
        try (RunningByline quiet = RunningByline.withoutMetrics(dir.resolve("quiet"))) {
            assertThat(quiet.http().get("/metrics").status()).isEqualTo(404);
        }
    }
}
