package dev.byline.chat;

import dev.byline.search.SearchFilter;
import java.util.Objects;

/** One message to Byline, with the conversation it continues (null starts one) and the filters in force. */
public record ChatRequest(String message, String conversationId, SearchFilter filter) {

    public static final int MAX_MESSAGE_CHARS = 2000;

    public ChatRequest {
        Objects.requireNonNull(message, "message");
        if (message.isBlank()) throw new IllegalArgumentException("message is blank");
        if (message.length() > MAX_MESSAGE_CHARS) throw new IllegalArgumentException("message is longer than " + MAX_MESSAGE_CHARS + " characters");
        filter = filter == null ? SearchFilter.NONE : filter;
        conversationId = conversationId == null || conversationId.isBlank() ? null : conversationId.strip();
    }
}
