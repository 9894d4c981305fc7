package dev.byline.chat;

import dev.byline.answer.AnswerResult;
import dev.byline.answer.Answerer;
import dev.byline.answer.Question;

/** The one service the web page, the HTTP API, the CLI and Slack all ask. */
public final class ChatService {

    private final Answerer answerer;
    private final Conversations conversations;

    public ChatService(Answerer answerer, Conversations conversations) {
        this.answerer = answerer;
        this.conversations = conversations;
    }

    public ChatResponse chat(ChatRequest request) {
        String conversationId = conversations.idFor(request.conversationId());
        AnswerResult result = answerer.answer(new Question(request.message(), request.filter()));
        ChatResponse response = new ChatResponse(conversationId, result.answer(), result.citations(), result.searched());
        conversations.record(conversationId, new Conversations.Turn(request.message(), response));
        return response;
    }
}
