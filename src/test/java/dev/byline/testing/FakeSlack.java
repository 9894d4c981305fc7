package dev.byline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.byline.web.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fake Slack over real HTTP: the Web API methods Byline calls under /api/ (form-encoded with a Bearer token, as
 * the SDK sends them), response_url posts under /response/ and incoming webhooks under /webhook/. Records every
 * call; can answer a method with 429 and Retry-After.
 */
public final class FakeSlack implements AutoCloseable {

    public static final String BOT_USER_ID = "UBYLINE";
    public static final String BOT_ID = "BBYLINE";

    /** One request Slack received: the method (or "response_url"/"webhook"), its form or JSON fields, and when. */
    public record Call(String method, String path, Map<String, String> params, JsonNode json, Instant at) {
        /** The blocks, from a form field (Web API) or the JSON body (response_url, webhook). */
        public JsonNode blocks() {
            if (json != null) return json.path("blocks");
            String blocks = params.get("blocks");
            if (blocks == null) return Json.mapper().createArrayNode();
            try {
                return Json.mapper().readTree(blocks);
            } catch (IOException e) {
                throw new AssertionError("blocks are not JSON: " + blocks, e);
            }
        }

        public String field(String name) {
            if (json != null) return json.path(name).isMissingNode() || json.path(name).isNull() ? null : json.path(name).asText();
            return params.get(name);
        }
    }

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService threads = Executors.newFixedThreadPool(4);
    private final String botToken;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> rateLimited = new ConcurrentHashMap<>();
    private volatile int retryAfterSeconds = 1;
    private final AtomicLong nextTs = new AtomicLong(1_700_000_000_000_100L);

    public FakeSlack(String botToken) {
        this.botToken = botToken;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public String apiUrl() {
        return base() + "/api/";
    }

    public String responseUrl(String id) {
        return base() + "/response/" + id;
    }

    public String webhookUrl() {
        return base() + "/webhook/T0TEST/B0HOOK/secret";
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next {@code times} calls of {@code method} get 429 with Retry-After: {@code seconds}. */
    public void rateLimit(String method, int times, int seconds) {
        retryAfterSeconds = seconds;
        rateLimited.put(method, new AtomicInteger(times));
    }

    public void reset() {
        calls.clear();
        rateLimited.clear();
    }

    public List<Call> calls(String method) {
        List<Call> matching = new ArrayList<>();
        for (Call call : calls) if (call.method().equals(method)) matching.add(call);
        return matching;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Waits until {@code method} was called {@code count} times (or fails), then returns those calls. */
    public List<Call> await(String method, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (calls(method).size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + timeout.toMillis() + " ms for " + count + " x " + method + "; got " + calls());
            }
            sleep(20);
        }
        return calls(method);
    }

    /** Waits for {@code method} matching {@code field} = {@code value}, e.g. the reactions.remove that ends an answer. */
    public Call await(String method, String field, String value, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            for (Call call : calls(method)) if (value.equals(call.field(field))) return call;
            if (Instant.now().isAfter(deadline)) throw new AssertionError("waited for " + method + " with " + field + "=" + value + "; got " + calls());
            sleep(20);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            boolean isJson = contentType != null && contentType.startsWith("application/json");
            Map<String, String> params = isJson ? Map.of() : form(body);
            JsonNode json = isJson ? Json.mapper().readTree(body) : null;
            String method = path.startsWith("/api/") ? path.substring(5)
                    : path.startsWith("/response/") ? "response_url" : path.startsWith("/webhook/") ? "webhook" : path;

            AtomicInteger limited = rateLimited.get(method);
            if (limited != null && limited.getAndDecrement() > 0) {
                calls.add(new Call(method + " (429)", path, params, json, Instant.now()));
                exchange.getResponseHeaders().add("Retry-After", String.valueOf(retryAfterSeconds));
                reply(exchange, 429, "application/json", "{\"ok\":false,\"error\":\"ratelimited\"}");
                return;
            }
            calls.add(new Call(method, path, params, json, Instant.now()));
            if (!path.startsWith("/api/")) {
                reply(exchange, 200, "text/plain", "ok");
                return;
            }
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : params.get("token");
            if (!botToken.equals(token)) {
                reply(exchange, 200, "application/json", "{\"ok\":false,\"error\":\"invalid_auth\"}");
                return;
            }
            reply(exchange, 200, "application/json", Json.write(answer(method, params)));
        }
    }

    private Map<String, Object> answer(String method, Map<String, String> params) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", true);
        switch (method) {
            case "auth.test" -> {
                out.put("url", "https://byline-test.slack.com/");
                out.put("team", "Byline Test");
                out.put("user", "byline");
                out.put("team_id", "T0TEST");
                out.put("user_id", BOT_USER_ID);
                out.put("bot_id", BOT_ID);
            }
            case "chat.postMessage" -> {
                long ts = nextTs.incrementAndGet();
                out.put("channel", params.get("channel"));
                out.put("ts", ts / 1_000_000 + "." + String.format("%06d", ts % 1_000_000));
                ObjectNode message = Json.mapper().createObjectNode().put("text", params.get("text"));
                out.put("message", message);
            }
            case "reactions.add", "reactions.remove" -> { }
            default -> {
                out.put("ok", false);
                out.put("error", "unknown_method");
            }
        }
        return out;
    }

    private static void reply(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body.isEmpty()) return params;
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
