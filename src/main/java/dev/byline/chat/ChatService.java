package dev.byline.chat;

import dev.byline.answer.AnswerListener;
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

    /** The request with its conversation id settled (a new one when it starts a conversation), to announce before answering. */
    public ChatRequest withConversation(ChatRequest request) {
        String id = conversations.idFor(request.conversationId());
        return id.equals(request.conversationId()) ? request : new ChatRequest(request.message(), id, request.filter());
    }

    public ChatResponse chat(ChatRequest request) {
        return chat(request, AnswerListener.NONE);
    }

    /** Answers, passing the answer text to {@code listener} as it is written (for streaming). */
    public ChatResponse chat(ChatRequest request, AnswerListener listener) {
        String conversationId = conversations.idFor(request.conversationId());
        AnswerResult result = answerer.answer(new Question(request.message(), request.filter()), listener);
        ChatResponse response = new ChatResponse(conversationId, result.answer(), result.citations(), result.searched(), result.quotes());
        conversations.record(conversationId, new Conversations.Turn(request.message(), response));
        return response;
    }
}
