package dev.byline.chat;

import dev.byline.answer.Answer;
import dev.byline.answer.AnsweredQuote;
import dev.byline.answer.Citation;
import dev.byline.answer.Searched;
import java.util.List;

/** Byline's reply, exactly the body of POST /api/chat and of `byline ask --json`; {@code quotes} is empty unless the answer quotes someone. */
public record ChatResponse(String conversationId, Answer answer, List<Citation> citations, Searched searched, List<AnsweredQuote> quotes) {
    public ChatResponse {
        citations = List.copyOf(citations);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }

    public ChatResponse(String conversationId, Answer answer, List<Citation> citations, Searched searched) {
        this(conversationId, answer, citations, searched, List.of());
    }
}
