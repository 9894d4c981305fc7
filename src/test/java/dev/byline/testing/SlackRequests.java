package dev.byline.testing;

import com.slack.api.app_backend.SlackSignature;
import dev.byline.testing.Http.Reply;
import dev.byline.web.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Requests as Slack sends them to an app: Events API JSON, slash-command forms and interaction payloads, signed (v0, HMAC-SHA256). */
public final class SlackRequests {

    private final Http http;
    private final SlackSignature.Generator signer;

    public SlackRequests(int port, String signingSecret) {
        this.http = new Http(port);
        this.signer = new SlackSignature.Generator(signingSecret);
    }

    /** How to sign: now with the right secret, or deliberately wrong. */
    public record Signing(long timestamp, String signature) {
        public static Signing now() {
            return new Signing(System.currentTimeMillis() / 1000, null);
        }

        public static Signing at(long epochSecond) {
            return new Signing(epochSecond, null);
        }

        public static Signing with(String signature) {
            return new Signing(System.currentTimeMillis() / 1000, signature);
        }
    }

    public Reply event(String json) {
        return post("/slack/events", "application/json", json, Signing.now(), Map.of());
    }

    public Reply command(Map<String, String> form) {
        return post("/slack/commands", "application/x-www-form-urlencoded", form(form), Signing.now(), Map.of());
    }

    public Reply action(String payloadJson) {
        return post("/slack/actions", "application/x-www-form-urlencoded", form(Map.of("payload", payloadJson)), Signing.now(), Map.of());
    }

    public Reply post(String path, String contentType, String body, Signing signing, Map<String, String> headers) {
        String timestamp = String.valueOf(signing.timestamp());
        String signature = signing.signature() != null ? signing.signature() : signer.generate(timestamp, body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.url(path)))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!signature.isEmpty()) {
            request.header("X-Slack-Request-Timestamp", timestamp).header("X-Slack-Signature", signature);
        }
        headers.forEach(request::header);
        return http.send(request);
    }

    /** An Events API envelope around {@code event}. */
    public static String envelope(String eventId, Map<String, Object> event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", "legacy-verification-token");
        body.put("team_id", "T0TEST");
        body.put("api_app_id", "A0BYLINE");
        body.put("event", event);
        body.put("type", "event_callback");
        body.put("event_id", eventId);
        body.put("event_time", System.currentTimeMillis() / 1000);
        return Json.write(body);
    }

    public static String appMention(String eventId, String channel, String ts, String threadTs, String text) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", "app_mention");
        event.put("user", "UASKER");
        event.put("text", text);
        event.put("ts", ts);
        if (threadTs != null) event.put("thread_ts", threadTs);
        event.put("channel", channel);
        event.put("event_ts", ts);
        return envelope(eventId, event);
    }

    public static String message(String eventId, String channel, String channelType, String ts, String threadTs, String text) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", "message");
        event.put("user", "UASKER");
        event.put("text", text);
        event.put("ts", ts);
        if (threadTs != null) event.put("thread_ts", threadTs);
        event.put("channel", channel);
        event.put("channel_type", channelType);
        event.put("event_ts", ts);
        return envelope(eventId, event);
    }

    public static Map<String, String> slashCommand(String command, String text, String responseUrl) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy-verification-token");
        form.put("team_id", "T0TEST");
        form.put("team_domain", "byline-test");
        form.put("channel_id", "C0CMD");
        form.put("channel_name", "news");
        form.put("user_id", "UASKER");
        form.put("user_name", "asker");
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", "A0BYLINE");
        form.put("response_url", responseUrl);
        form.put("trigger_id", "1.2.3");
        return form;
    }

    /** A block_actions payload: one button clicked on a message. */
    public static String buttonClick(String actionId, String value, String responseUrl, boolean ephemeral) {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("type", "button");
        action.put("action_id", actionId);
        action.put("block_id", "b1");
        action.put("value", value);
        action.put("action_ts", "1700000100.000001");
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", "block_actions");
        payload.put("user", Map.of("id", "UASKER", "username", "asker", "team_id", "T0TEST"));
        payload.put("api_app_id", "A0BYLINE");
        payload.put("token", "legacy-verification-token");
        payload.put("container", Map.of("type", "message", "message_ts", "1700000000.000001", "channel_id", "C0CMD", "is_ephemeral", ephemeral));
        payload.put("trigger_id", "1.2.3");
        payload.put("team", Map.of("id", "T0TEST", "domain", "byline-test"));
        payload.put("channel", Map.of("id", "C0CMD", "name", "news"));
        payload.put("response_url", responseUrl);
        payload.put("actions", java.util.List.of(action));
        return Json.write(payload);
    }

    private static String form(Map<String, String> fields) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((k, v) -> body.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return body.toString();
    }
}
