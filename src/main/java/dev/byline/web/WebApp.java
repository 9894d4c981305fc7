package dev.byline.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds Byline's HTTP server, unstarted: routes, static page, and the one place errors become JSON. */
public final class WebApp {

    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
    /** Larger bodies get 413: a question is at most 2,000 characters, so 64 KiB is generous. */
    public static final long MAX_BODY_BYTES = 64 * 1024;
    /** Oversized bodies up to this size are read and dropped so the 413 reaches the client. */
    static final long DRAIN_LIMIT_BYTES = 4 * 1024 * 1024;

    private WebApp() {}

    /** The page may load only its own scripts, styles and data: no inline script, no other origin. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    /** The controllers the server routes to. {@code extraRoutes} lets other faces (Slack) add theirs. */
    public record Controllers(ChatController chat, ChatStreamController chatStream, SearchController search, ArticleController articles,
                              QuoteController quotes) {}

    /**
     * The server, timing every request in {@code metrics}; {@code scrape} (the registry's Prometheus text), when not
     * null, is served at /metrics.
     */
    public static Javalin create(MeterRegistry metrics, Supplier<String> scrape, Controllers controllers, Consumer<JavalinConfig> extraRoutes) {
        return Javalin.create(config -> {
            HttpMetrics.register(config, metrics);
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.http.maxRequestSize = MAX_BODY_BYTES;
            // A path that exists under another method (GET /api/chat) is 405 with JSON, not 404.
            config.http.prefer405over404 = true;
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            config.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                ctx.header("X-Content-Type-Options", "nosniff");
            });
            config.routes.before("/api/*", ctx -> {
                long length = ctx.contentLength();
                if (length > MAX_BODY_BYTES) {
                    // Read what the client is sending before refusing it: a reply while it still writes resets the connection.
                    if (length <= DRAIN_LIMIT_BYTES) ctx.req().getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                    throw new ApiError(413, "payload_too_large", "the request body is over " + MAX_BODY_BYTES / 1024 + " KiB");
                }
            });
            config.routes.post("/api/chat", controllers.chat()::post);
            config.routes.post("/api/chat/stream", controllers.chatStream()::post);
            config.routes.get("/api/search", controllers.search()::get);
            config.routes.get("/api/quotes", controllers.quotes()::get);
            config.routes.get("/api/articles/{id}", controllers.articles()::get);
            config.routes.get("/articles/{id}", controllers.articles()::page);
            config.routes.get("/health", controllers.articles()::health);
            if (scrape != null) {
                config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(scrape.get()));
            }
            extraRoutes.accept(config);

            config.routes.exception(ApiError.class, (e, ctx) -> ctx.status(e.status()).json(new ErrorBody(e.code(), e.getMessage())));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus())
                    .json(new ErrorBody(codeFor(e.getStatus()), e.getMessage())));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
                ctx.status(500).json(ErrorBody.of(e));
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    ctx.json(new ErrorBody("not_found", "nothing at " + ctx.method() + " " + ctx.path()));
                }
            });
            config.routes.error(405, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    ctx.json(new ErrorBody("method_not_allowed", ctx.method() + " is not allowed on " + ctx.path()));
                }
            });
        });
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal_error" : "http_" + status;
        };
    }
}
