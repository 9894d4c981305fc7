package dev.byline.web;

import io.javalin.config.JavalinConfig;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Requests, latency and errors per route as one Micrometer timer, {@code http.server.requests}, tagged with the
 * method, the route as declared ("/api/articles/{id}", not each id), the status and its class; recorded when
 * Javalin has answered (a stream when it ends).
 */
final class HttpMetrics {

    private HttpMetrics() {}

    static void register(JavalinConfig config, MeterRegistry registry) {
        config.requestLogger.http((ctx, millis) -> {
            Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
            int status = ctx.statusCode();
            String route = endpoint != null ? endpoint.path : status == 404 ? "NOT_FOUND" : "static";
            Timer.builder("http.server.requests")
                    .description("HTTP requests by route, with their latency")
                    .tag("method", ctx.method().name())
                    .tag("route", route)
                    .tag("status", Integer.toString(status))
                    .tag("outcome", status >= 500 ? "SERVER_ERROR" : status >= 400 ? "CLIENT_ERROR" : "SUCCESS")
                    .publishPercentileHistogram()
                    .register(registry)
                    .record(Duration.ofNanos(Math.round(millis * 1_000_000)));
        });
    }
}
