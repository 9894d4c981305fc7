package dev.byline.bench;

import dev.byline.search.SearchBackend;
import dev.byline.search.SearchFilter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Asks /api/chat over loopback at a given concurrency and times each answer; and the same questions as bare passage searches. */
public final class ChatLoad {

    /** Latency percentiles in ms, answers per second, errors, requests. */
    public record Result(String what, int concurrency, int requests, int errors, double p50, double p95, double p99, double perSecond) {}

    private ChatLoad() {}

    public static Result overHttp(int port, List<String> questions, int concurrency, int requests) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/chat");
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger(), errors = new AtomicInteger();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                workers.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < requests; ) {
                        String body = "{\"message\": " + json(questions.get(i % questions.size())) + "}";
                        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
                        long t = System.nanoTime();
                        try {
                            HttpResponse<String> reply = client.send(request, HttpResponse.BodyHandlers.ofString());
                            if (reply.statusCode() != 200) errors.incrementAndGet();
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        nanos.add(System.nanoTime() - t);
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) w.get();
        }
        return result("/api/chat over HTTP", concurrency, nanos, errors.get(), System.nanoTime() - started);
    }

    public static Result bareSearch(SearchBackend search, List<String> questions, int requests) {
        List<Long> nanos = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            long t = System.nanoTime();
            search.passages(questions.get(i % questions.size()), SearchFilter.NONE, 10);
            nanos.add(System.nanoTime() - t);
        }
        return result("BM25 passage search, in process", 1, nanos, 0, System.nanoTime() - started);
    }

    private static Result result(String what, int concurrency, List<Long> nanos, int errors, long wallNanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return new Result(what, concurrency, sorted.size(), errors, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                sorted.size() / (wallNanos / 1e9));
    }

    private static double ms(List<Long> sorted, double q) {
        if (sorted.isEmpty()) return 0;
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }
}
