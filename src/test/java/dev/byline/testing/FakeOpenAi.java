package dev.byline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.byline.web.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * An OpenAI-compatible server on a random port, speaking the real wire protocol: {@code GET /v1/models},
 * {@code POST /v1/chat/completions} as plain JSON or, when the request asks to stream, as server-sent events
 * ({@code data: {chunk}} ending with {@code data: [DONE]}). Each test scripts the replies (text, status, delay)
 * and reads back the requests it received.
 */
public final class FakeOpenAi implements AutoCloseable {

    /** What to answer: text (streamed in small pieces when asked to stream), HTTP status, and a delay before the headers. */
    public record Reply(String text, int status, Duration delay) {
        public static Reply text(String text) {
            return new Reply(text, 200, Duration.ZERO);
        }

        public static Reply status(int status) {
            return new Reply("", status, Duration.ZERO);
        }

        public Reply after(Duration delay) {
            return new Reply(text, status, delay);
        }
    }

    /** A received chat request. */
    public record Request(String path, String authorization, JsonNode body) {
        public boolean isStreaming() {
            return body.path("stream").asBoolean(false);
        }

        public List<JsonNode> messages() {
            List<JsonNode> out = new ArrayList<>();
            body.path("messages").forEach(out::add);
            return out;
        }

        /** The content of the first message with this role, or null. */
        public String message(String role) {
            return messages().stream().filter(m -> role.equals(m.path("role").asText())).map(FakeOpenAi::content).findFirst().orElse(null);
        }

        /** The source numbered {@code n} in the prompt, or null. */
        public String source(int n) {
            String user = message("user");
            int open = user == null ? -1 : user.indexOf("<source n=\"" + n + "\"");
            if (open < 0) return null;
            int from = user.indexOf(">\n", open) + 2;
            return user.substring(from, user.indexOf("\n</source>", from));
        }

        /** The number of the first source containing {@code text}, or -1. */
        public int sourceContaining(String text) {
            for (int n = 1; source(n) != null; n++) if (source(n).contains(text)) return n;
            return -1;
        }
    }

    private final HttpServer server;
    private final Deque<Function<Request, Reply>> queued = new ConcurrentLinkedDeque<>();
    private volatile Function<Request, Reply> otherwise = request -> Reply.text("The sources do not answer this question.");
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile List<String> models = List.of("fake-model");
    private volatile int modelsStatus = 200;

    public FakeOpenAi() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(Thread.ofPlatform().daemon().factory()));
        server.createContext("/v1/models", this::models);
        server.createContext("/v1/chat/completions", this::completions);
        server.start();
    }

    /** The base URL a LangChain4j OpenAI model is given. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Replies to the next chat requests in turn, before {@link #otherwise}. */
    public FakeOpenAi then(Reply reply) {
        queued.add(request -> reply);
        return this;
    }

    /** Replies to the next chat request with what {@code script} makes of it (to cite the source a passage got). */
    public FakeOpenAi then(Function<Request, Reply> script) {
        queued.add(script);
        return this;
    }

    /** The reply once the queue is empty. */
    public FakeOpenAi otherwise(Reply reply) {
        otherwise = request -> reply;
        queued.clear();
        return this;
    }

    /** Forgets scripted replies and received requests, between tests. */
    public void reset() {
        queued.clear();
        requests.clear();
        modelsStatus = 200;
    }

    /** What {@code GET /v1/models} answers, e.g. 401 for a refused key. */
    public FakeOpenAi modelsStatus(int status) {
        modelsStatus = status;
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> chatRequests() {
        return requests.stream().filter(r -> r.path().endsWith("/chat/completions")).toList();
    }

    public Request lastChatRequest() {
        return chatRequests().getLast();
    }

    private void models(HttpExchange exchange) throws IOException {
        requests.add(new Request(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Authorization"), Json.mapper().nullNode()));
        if (modelsStatus != 200) {
            send(exchange, modelsStatus, "application/json", "{\"error\":{\"message\":\"scripted\",\"type\":\"invalid_request_error\"}}");
            return;
        }
        ObjectNode body = Json.mapper().createObjectNode().put("object", "list");
        ArrayNode data = body.putArray("data");
        for (String id : models) data.addObject().put("id", id).put("object", "model").put("created", 1).put("owned_by", "fake");
        send(exchange, 200, "application/json", Json.write(body));
    }

    private void completions(HttpExchange exchange) throws IOException {
        JsonNode body = Json.mapper().readTree(exchange.getRequestBody());
        Request request = new Request(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Authorization"), body);
        requests.add(request);
        Function<Request, Reply> script = queued.poll();
        Reply reply = (script == null ? otherwise : script).apply(request);
        try {
            Thread.sleep(reply.delay());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (reply.status() != 200) {
                send(exchange, reply.status(), "application/json",
                        "{\"error\":{\"message\":\"scripted failure\",\"type\":\"server_error\",\"code\":null}}");
            } else if (request.isStreaming()) {
                stream(exchange, reply.text());
            } else {
                send(exchange, 200, "application/json", completion(reply.text()));
            }
        } catch (IOException e) {
            // the client gave up (a timeout test); nothing to do
        }
    }

    private static String completion(String text) {
        ObjectNode body = Json.mapper().createObjectNode().put("id", "chatcmpl-fake").put("object", "chat.completion")
                .put("created", 1).put("model", "fake-model");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", text);
        body.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 10).put("total_tokens", 20);
        return Json.write(body);
    }

    private static void stream(HttpExchange exchange, String text) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            event(out, chunk("role", "assistant", null));
            for (String piece : pieces(text)) event(out, chunk("content", piece, null));
            event(out, chunk(null, null, "stop"));
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    /** Text in pieces of a few characters, cutting words and markers apart as real token streams do. */
    static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i += 7) out.add(text.substring(i, Math.min(text.length(), i + 7)));
        return out;
    }

    private static String chunk(String field, String value, String finishReason) {
        ObjectNode body = Json.mapper().createObjectNode().put("id", "chatcmpl-fake").put("object", "chat.completion.chunk")
                .put("created", 1).put("model", "fake-model");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
        ObjectNode delta = choice.putObject("delta");
        if (field != null) delta.put(field, value);
        if (finishReason == null) choice.putNull("finish_reason");
        else choice.put("finish_reason", finishReason);
        return Json.write(body);
    }

    private static void event(OutputStream out, String json) throws IOException {
        out.write(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String content(JsonNode message) {
        JsonNode content = message.path("content");
        if (content.isTextual()) return content.asText();
        StringBuilder text = new StringBuilder();
        content.forEach(part -> text.append(part.path("text").asText()));
        return text.toString();
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
