package dev.byline.chat;

import dev.byline.answer.AnalyzedQuestion;
import dev.byline.answer.AnswerKind;
import dev.byline.answer.AnswerListener;
import dev.byline.answer.AnswerResult;
import dev.byline.answer.AnsweredQuote;
import dev.byline.answer.Answerer;
import dev.byline.answer.Question;
import dev.byline.answer.QuestionAnalyzer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.util.Locale;

/** The one service the web page, the HTTP API, the CLI and Slack all ask. */
public final class ChatService {

    private final Answerer answerer;
    private final Conversations conversations;
    private final QuestionRewriter rewriter;
    private final QuestionAnalyzer analyzer = new QuestionAnalyzer();

    private final MeterRegistry metrics;

    public ChatService(Answerer answerer, Conversations conversations, QuestionRewriter rewriter) {
        this(answerer, conversations, rewriter, new CompositeMeterRegistry());
    }

    /** The service, counting answers by kind and mode ({@code byline.answers}) in {@code metrics}. */
    public ChatService(Answerer answerer, Conversations conversations, QuestionRewriter rewriter, MeterRegistry metrics) {
        this.answerer = answerer;
        this.conversations = conversations;
        this.rewriter = rewriter;
        this.metrics = metrics;
        metrics.gauge("byline.conversations", conversations, Conversations::size);
    }

    public ChatService(Answerer answerer, Conversations conversations) {
        this(answerer, conversations, new FollowUpRewriter());
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
        String standalone = rewriter.standalone(request.message(), conversationId, conversations.turns(conversationId));
        AnswerResult result = answerer.answer(new Question(standalone, request.filter(), conversationId), listener);
        ChatResponse response = new ChatResponse(conversationId, result.answer(), result.citations(), result.searched(), result.quotes());
        metrics.counter("byline.answers", "kind", result.answer().kind().name().toLowerCase(Locale.ROOT),
                "mode", result.answer().mode().name().toLowerCase(Locale.ROOT)).increment();
        conversations.record(conversationId, turn(request.message(), standalone, response));
        return response;
    }

    /** Remembers who the turn was about: the first speaker quoted, else the person asked about when the answer found something. */
    private Conversations.Turn turn(String message, String standalone, ChatResponse response) {
        if (!response.quotes().isEmpty()) {
            AnsweredQuote first = response.quotes().getFirst();
            return new Conversations.Turn(message, standalone, response, first.speaker(), first.text());
        }
        AnalyzedQuestion asked = analyzer.analyze(standalone);
        boolean found = response.answer().kind() != AnswerKind.NONE;
        return new Conversations.Turn(message, standalone, response, found ? asked.speaker() : null, asked.words());
    }
}
