package dev.byline.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.byline.web.ApiError;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's three endpoints on Byline's Javalin server: each request is checked against the signing secret, turned
 * into a Bolt request, run by the Bolt app, and Bolt's response copied back.
 */
public final class SlackRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(SlackRoutes.class);
    public static final List<String> PATHS = List.of("/slack/events", "/slack/commands", "/slack/actions");
    /** Interaction payloads carry the whole message they came from, so they may exceed the API's 64 KiB. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final App app;
    private final SlackRequestParser parser;
    private final SlackSignature.Verifier verifier;

    private SlackRoutes(App app, String signingSecret) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.verifier = new SlackSignature.Verifier(new SlackSignature.Generator(signingSecret));
    }

    /** The routes of a configured Slack app. */
    public static Consumer<JavalinConfig> of(SlackBot bot) {
        SlackRoutes routes = new SlackRoutes(bot.app(), bot.app().config().getSigningSecret());
        return config -> {
            for (String path : PATHS) config.routes.post(path, routes::handle);
        };
    }

    /** Without Slack settings the routes exist and answer 404, so a misconfigured Slack app gets a clear reason. */
    public static Consumer<JavalinConfig> disabled() {
        return config -> {
            for (String path : PATHS) {
                config.routes.post(path, ctx -> {
                    throw ApiError.notFound("Slack is not configured here: set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN");
                });
            }
        };
    }

    private void handle(Context ctx) throws Exception {
        String body = body(ctx);
        Map<String, List<String>> headers = headers(ctx);
        RequestHeaders requestHeaders = new RequestHeaders(headers);
        // Checked here as well as by Bolt's own middleware: Bolt skips requests it cannot classify (400) and
        // ssl_check, and every unsigned or stale request must get 401 and cause nothing.
        if (!verifier.isValid(requestHeaders.getFirstValue(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP), body,
                requestHeaders.getFirstValue(SlackSignature.HeaderNames.X_SLACK_SIGNATURE))) {
            LOG.info("refused a Slack request to {} from {}: missing or wrong signature, or a timestamp over 5 minutes old", ctx.path(), ctx.ip());
            throw new ApiError(401, "invalid_signature", "the request is not signed with this app's signing secret, or its timestamp is over 5 minutes old");
        }
        Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                .requestUri(ctx.path())
                .queryString(ctx.queryParamMap())
                .headers(requestHeaders)
                .requestBody(body)
                .remoteAddress(ctx.ip())
                .build());
        if (request == null) throw ApiError.badRequest("unknown_slack_request", "the body is not a Slack event, command or interaction");
        Response response = app.run(request);
        ctx.status(response.getStatusCode() == null ? 200 : response.getStatusCode());
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> values.forEach(value -> ctx.res().addHeader(name, value)));
        }
        if (response.getContentType() != null) ctx.contentType(response.getContentType());
        ctx.result(response.getBody() == null ? "" : response.getBody());
    }

    private static String body(Context ctx) throws IOException {
        long length = ctx.contentLength();
        if (length > MAX_BODY_BYTES) throw new ApiError(413, "payload_too_large", "Slack requests are at most " + MAX_BODY_BYTES / 1024 + " KiB");
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) throw new ApiError(413, "payload_too_large", "Slack requests are at most " + MAX_BODY_BYTES / 1024 + " KiB");
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static Map<String, List<String>> headers(Context ctx) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            headers.put(name, Collections.list(ctx.req().getHeaders(name)));
        }
        return headers;
    }
}
