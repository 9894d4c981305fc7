package dev.byline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Byline;
import dev.byline.testing.Http;
import dev.byline.testing.RunningByline;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every response, page or API, success or error, forbids foreign and inline script and content sniffing. */
class SecurityHeadersIT {

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

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            GET  | /                               | 200 |
            GET  | /index.html                     | 200 |
            GET  | /app.css                        | 200 |
            GET  | /js/main.js                     | 200 |
            GET  | /articles/seed-putin-syria      | 200 |
            GET  | /articles/nope                  | 404 |
            GET  | /api/articles/seed-putin-syria  | 200 |
            GET  | /health                         | 200 |
            GET  | /no-such-page                   | 404 |
            POST | /api/chat                       | 400 | {}
            POST | /api/chat/stream                | 200 | {"message": "Who ordered the troops out of Syria?"}
            """)
    void carries_the_content_security_policy_and_nosniff(String method, String path, int status, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.url(path)));
        if (method.equals("POST")) request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(WebApp.CONTENT_SECURITY_POLICY);
        assertThat(WebApp.CONTENT_SECURITY_POLICY).contains("script-src 'self';").contains("default-src 'self';").doesNotContain("unsafe");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
}
