package dev.byline.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.chat.ChatRequest;
import dev.byline.chat.ChatService;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * POST /api/chat/stream: the body of /api/chat in, an event stream out: {@code meta}, {@code delta}...,
 * {@code citation}..., {@code quote}..., then {@code done} with exactly the /api/chat response (or {@code error}).
 */
public final class ChatStreamController {

    /** Splits after whitespace, so the chunks joined are the text again. */
    private static final Pattern WORDS = Pattern.compile("(?<=\\s)");

    private final ChatService chat;
    private final Duration pace;

    /**
     * @param pace pause between the words of one delta: an answerer that writes its whole answer at once still
     *             reaches the page word by word; {@link Duration#ZERO} sends them back to back
     */
    public ChatStreamController(ChatService chat, Duration pace) {
        this.chat = chat;
        this.pace = pace;
    }

    public void post(Context ctx) throws IOException {
        ChatRequest request = chat.withConversation(ChatController.request(ctx)); // validation fails before the stream starts
        EventStream.open(ctx, events -> {
            events.send("meta", Map.of("conversationId", request.conversationId()));
            JsonNode response = Json.mapper().valueToTree(chat.chat(request, text -> sendWords(events, text)));
            // Read back from the JSON so a field the response gains (quotes) streams without a change here.
            for (JsonNode citation : response.path("citations")) events.send("citation", citation);
            for (JsonNode quote : response.path("quotes")) events.send("quote", quote);
            events.send("done", response);
        });
    }

    private void sendWords(EventStream events, String text) {
        String[] words = WORDS.split(text);
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty()) continue;
            if (i > 0 && !pace.isZero()) pause();
            events.send("delta", Map.of("text", words[i]));
        }
    }

    private void pause() {
        try {
            Thread.sleep(pace);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while streaming", e);
        }
    }
}
