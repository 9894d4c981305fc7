package dev.byline.chat;

import dev.byline.answer.Answer;
import dev.byline.answer.Citation;
import dev.byline.answer.Searched;
import java.util.List;

/** Byline's reply, exactly the body of POST /api/chat and of `byline ask --json`. */
public record ChatResponse(String conversationId, Answer answer, List<Citation> citations, Searched searched) {
    public ChatResponse {
        citations = List.copyOf(citations);
    }
}
