package dev.byline.web;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server-sent event stream on one response: {@code event: name} and {@code data: json} lines, flushed after
 * every event so the page sees each one as it is written.
 */
final class EventStream {

    private static final Logger LOG = LoggerFactory.getLogger(EventStream.class);

    /** What the handler writes to the stream. */
    @FunctionalInterface
    interface Body {
        void write(EventStream events) throws Exception;
    }

    /** Thrown when the client has gone; there is no one left to tell. */
    static final class ClientGone extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ClientGone(IOException cause) {
            super("the client closed the event stream", cause);
        }
    }

    private final OutputStream out;

    private EventStream(OutputStream out) {
        this.out = out;
    }

    /**
     * Commits the response as an event stream and runs {@code body}. The status is already sent by then, so a
     * failure inside becomes an {@code error} event rather than an HTTP status.
     */
    static void open(Context ctx, Body body) throws IOException {
        HttpServletResponse res = ctx.res();
        res.setStatus(200);
        res.setContentType("text/event-stream;charset=utf-8");
        res.setHeader("Cache-Control", "no-cache");
        res.setHeader("X-Accel-Buffering", "no"); // a proxy in front must not hold the events back
        EventStream events = new EventStream(res.getOutputStream());
        try {
            body.write(events);
        } catch (ClientGone e) {
            LOG.debug("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
        } catch (Exception e) {
            if (!(e instanceof ApiError)) LOG.error("request {} {} failed while streaming", ctx.method(), ctx.path(), e);
            try {
                events.send("error", ErrorBody.of(e));
            } catch (ClientGone gone) {
                LOG.debug("{} {}: {}", ctx.method(), ctx.path(), gone.getMessage());
            }
        }
    }

    void send(String event, Object data) {
        String frame = "event: " + event + "\ndata: " + Json.write(data) + "\n\n";
        try {
            out.write(frame.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new ClientGone(e);
        } catch (UncheckedIOException e) {
            throw new ClientGone(e.getCause());
        }
    }
}
