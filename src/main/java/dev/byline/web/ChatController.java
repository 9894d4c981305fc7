package dev.byline.web;

import dev.byline.chat.ChatRequest;
import dev.byline.chat.ChatService;
import io.javalin.http.Context;
import java.util.List;

/** POST /api/chat: one question in, one cited answer out. */
public final class ChatController {

    /** The JSON body as sent; dates stay text until validated. */
    public record Body(String message, String conversationId, String asOf, List<String> sources, String from, String to) {}

    private final ChatService chat;

    public ChatController(ChatService chat) {
        this.chat = chat;
    }

    public void post(Context ctx) {
        ctx.json(chat.chat(request(ctx)));
    }

    /** Parses and validates the body shared by /api/chat and /api/chat/stream. */
    public static ChatRequest request(Context ctx) {
        Body body = Requests.jsonBody(ctx, Body.class);
        if (body.message() == null || body.message().isBlank()) {
            throw ApiError.badRequest("invalid_message", "'message' is required and must not be blank");
        }
        if (body.message().length() > ChatRequest.MAX_MESSAGE_CHARS) {
            throw ApiError.badRequest("invalid_message", "'message' is longer than " + ChatRequest.MAX_MESSAGE_CHARS + " characters");
        }
        return new ChatRequest(body.message(), body.conversationId(),
                Requests.filter(body.from(), body.to(), body.asOf(), body.sources()));
    }
}
