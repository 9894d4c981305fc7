package dev.byline.answer;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One streamed call to a {@link StreamingChatModel}, read on the caller's thread so deltas reach the listener in
 * order. The timeout bounds the wait for each next piece, so a long answer from a slow local model is fine but a
 * stalled one is not; a stream given up on is cancelled at its next piece.
 */
final class ModelStream {

    private sealed interface Event permits Piece, Done, Failed {}
    private record Piece(String text) implements Event {}
    private record Done(String text) implements Event {}
    private record Failed(Throwable error) implements Event {}

    private final StreamingChatModel model;
    private final Duration timeout;

    ModelStream(StreamingChatModel model, Duration timeout) {
        this.model = model;
        this.timeout = timeout;
    }

    /** Streams the reply into {@code pieces} and returns its whole text. */
    String write(ChatRequest request, Consumer<String> pieces) throws ModelFailure {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        AtomicBoolean abandoned = new AtomicBoolean();
        try {
            model.chat(request, new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                    if (abandoned.get()) context.streamingHandle().cancel();
                    else events.add(new Piece(partial.text()));
                }

                @Override
                public void onPartialResponse(String text) {
                    events.add(new Piece(text));
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    events.add(new Done(response.aiMessage() == null ? null : response.aiMessage().text()));
                }

                @Override
                public void onError(Throwable error) {
                    events.add(new Failed(error));
                }
            });
        } catch (RuntimeException e) {
            throw new ModelFailure(ModelFailure.describe(e));
        }
        StringBuilder text = new StringBuilder();
        while (true) {
            Event event;
            try {
                event = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                abandoned.set(true);
                throw new ModelFailure("interrupted");
            }
            switch (event) {
                case null -> {
                    abandoned.set(true);
                    throw new ModelFailure("timed out after " + (timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms"));
                }
                case Piece p -> {
                    if (p.text() != null && !p.text().isEmpty()) {
                        text.append(p.text());
                        pieces.accept(p.text());
                    }
                }
                case Done d -> {
                    // A server that sends the answer only at the end still streams it, in one piece.
                    if (text.isEmpty() && d.text() != null && !d.text().isEmpty()) {
                        text.append(d.text());
                        pieces.accept(d.text());
                    }
                    return text.toString();
                }
                case Failed f -> throw new ModelFailure(ModelFailure.describe(f.error()));
            }
        }
    }
}
