package dev.byline.web;

import static dev.byline.testing.Corpora.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.corpus.Article;
import dev.byline.testing.Corpora;
import dev.byline.testing.Http;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load on loopback against a real server process: /api/chat at concurrency 32 while a separate ingest
 * process commits 1,000 articles into the same index; then the server is killed with SIGKILL mid-load and started
 * again. Nothing errs, nothing committed is lost. The load lasts at least {@code byline.load.seconds} (20 by default;
 * the 60 with -Dbyline.load.seconds=60).
 */
class LoadIT {

    static final int ARTICLES = 1_000;
    static final int CONCURRENCY = 32;
    static final long LOAD_SECONDS = Long.getLong("byline.load.seconds", 20);

    @TempDir Path dir;

    @Test
    void chat_under_load_while_an_ingest_commits_loses_nothing_and_survives_a_kill() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            articles.add(article("load-" + i, "Harbour report " + i, "Outlet " + (i % 5), "2024-05-" + String.format("%02d", 1 + i % 28),
                    "Dock workers in port " + i + " went on strike on Monday.\n\n“We want a fair wage,” said union leader Ana Costa " + i + "."));
        }
        Path corpus = Corpora.jsonl(dir, "load.jsonl", articles);
        Path index = dir.resolve("index");
        int port = freePort();
        Process server = serve(index, port);
        Http http = new Http(port);
        try {
            awaitHealth(http);
            Process ingest = dev.byline.testing.Processes.withoutVectors(new ProcessBuilder(java(), "-Xmx4g", "-Dbyline.commit.millis=1000", "-cp", System.getProperty("java.class.path"),
                    "dev.byline.App", "ingest", corpus.toString(), "--index", index.toString()))
                    .redirectErrorStream(true).redirectOutput(logs().resolve("ingest.log").toFile()).start();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger errors = new AtomicInteger(), dropped = new AtomicInteger();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOAD_SECONDS);
            try (ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY)) {
                List<Future<?>> clients = new ArrayList<>();
                for (int c = 0; c < CONCURRENCY; c++) {
                    int client = c;
                    clients.add(pool.submit(() -> {
                        for (int i = 0; System.nanoTime() < until || ingest.isAlive(); i++) {
                            long t = System.nanoTime();
                            Map<String, String> body = Map.of("message", "What did Ana Costa say about the strike in port " + (i % 50) + "?",
                                    "conversationId", "load-" + client + "-" + i);
                            Http.Reply reply;
                            try {
                                reply = http.postJson("/api/chat", body);
                            } catch (AssertionError closed) {
                                // A keep-alive connection closed as the request went out ("header parser received no
                                // bytes"): retried once, as clients do, and counted; a second failure is an error.
                                dropped.incrementAndGet();
                                reply = http.postJson("/api/chat", body);
                            }
                            latencies.add(System.nanoTime() - t);
                            if (reply.status() != 200) errors.incrementAndGet();
                        }
                        return null;
                    }));
                }
                for (Future<?> f : clients) f.get(10, TimeUnit.MINUTES);
            }
            assertThat(ingest.waitFor(1, TimeUnit.MINUTES)).isTrue();
            assertThat(ingest.exitValue()).as("the ingest's own exit").isZero();
            assertThat(errors.get()).as("errors among %d answers", latencies.size()).isZero();
            assertThat(dropped.get()).as("connections closed under a request, of %d", latencies.size()).isLessThanOrEqualTo(latencies.size() / 1000);
            List<Long> sorted = latencies.stream().sorted().toList();
            System.out.printf("load: %d answers at concurrency %d (%d retried after a closed connection), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                    sorted.size(), CONCURRENCY, dropped.get(),
                    sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.95)) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6);
            awaitArticles(http, ARTICLES);

            // SIGKILL in the middle of answering, then a restart on the same index.
            ExecutorService killedMidLoad = Executors.newFixedThreadPool(4);
            for (int c = 0; c < 4; c++) killedMidLoad.submit(() -> {
                for (int i = 0; i < 200; i++) http.postJson("/api/chat", Map.of("message", "Who went on strike in port 7?"));
            });
            Thread.sleep(500);
            server.destroyForcibly();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
            killedMidLoad.shutdownNow();
            server = serve(index, port);
            awaitHealth(http);
            assertThat(http.get("/health").json().get("articles").asInt()).isEqualTo(ARTICLES);
            assertThat(http.postJson("/api/chat", Map.of("message", "What did Ana Costa 17 say?")).status()).isEqualTo(200);
        } finally {
            server.destroyForcibly();
        }
    }

    private Process serve(Path index, int port) throws Exception {
        return dev.byline.testing.Processes.withoutVectors(new ProcessBuilder(java(), "-Xmx1g", "-cp", System.getProperty("java.class.path"), "dev.byline.App", "serve", "--index", index.toString(),
                "--port", Integer.toString(port), "--corpus", dir.resolve("no-corpus").toString()))
                .redirectErrorStream(true).redirectOutput(logs().resolve("serve-" + System.nanoTime() + ".log").toFile()).start();
    }

    private static void awaitHealth(Http http) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (http.get("/health").status() == 200) return;
            } catch (AssertionError notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not answer /health within 60 s");
    }

    /** Waits for the server's refresh (every 2 s) to show {@code n} articles. */
    private static void awaitArticles(Http http, int n) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        int seen = -1;
        while (System.currentTimeMillis() < deadline) {
            seen = http.get("/health").json().get("articles").asInt();
            if (seen == n) return;
            Thread.sleep(200);
        }
        throw new AssertionError("the server shows " + seen + " articles, not " + n);
    }

    /** The child processes' logs, kept under target/ for a failure to be read. */
    private static Path logs() throws java.io.IOException {
        return java.nio.file.Files.createDirectories(Path.of("target", "load-it"));
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
