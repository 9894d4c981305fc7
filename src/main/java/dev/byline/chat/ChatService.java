package dev.byline.chat;

import dev.byline.answer.AnalyzedQuestion;
import dev.byline.answer.Answer;
import dev.byline.answer.AnswerKind;
import dev.byline.answer.AnswerListener;
import dev.byline.answer.AnswerMode;
import dev.byline.answer.AnswerResult;
import dev.byline.answer.AnsweredQuote;
import dev.byline.answer.Answerer;
import dev.byline.answer.Question;
import dev.byline.answer.QuestionAnalyzer;
import dev.byline.answer.Searched;
import dev.byline.nlp.lexicon.Genders;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
        List<Conversations.Turn> turns = conversations.turns(conversationId);
        Optional<String> unclear = rewriter.clarification(request.message(), turns);
        if (unclear.isPresent()) return askBack(request, conversationId, unclear.get(), listener);
        String standalone = rewriter.standalone(request.message(), conversationId, turns);
        AnswerResult result = answerer.answer(new Question(standalone, request.filter(), conversationId), listener);
        ChatResponse response = new ChatResponse(conversationId, result.answer(), result.citations(), result.searched(), result.quotes());
        metrics.counter("byline.answers", "kind", result.answer().kind().name().toLowerCase(Locale.ROOT),
                "mode", result.answer().mode().name().toLowerCase(Locale.ROOT)).increment();
        conversations.record(conversationId, turns, turn(request.message(), standalone, response));
        return response;
    }

    /** Asks the user back ("whom does “she” mean?") instead of answering; the turn changes nothing the conversation knows. */
    private ChatResponse askBack(ChatRequest request, String conversationId, String text, AnswerListener listener) {
        listener.delta(text);
        ChatResponse response = new ChatResponse(conversationId, new Answer(text, AnswerKind.NONE, AnswerMode.EXTRACTIVE), List.of(),
                Searched.of(request.message(), List.of(), request.filter()), List.of());
        metrics.counter("byline.answers", "kind", "clarification", "mode", "extractive").increment();
        return response;
    }

    /**
     * Remembers who the turn was about: the first speaker quoted whom the answer names as certain, else the person asked
     * about when the answer found something; their gender as far as name or role tells; and the subject asked about.
     */
    private Conversations.Turn turn(String message, String standalone, ChatResponse response) {
        AnalyzedQuestion asked = analyzer.analyze(standalone);
        String about = asked.intent() == AnalyzedQuestion.Intent.WHAT_SAID ? asked.words() : null;
        Optional<AnsweredQuote> first = response.quotes().stream().filter(q -> !q.hedged()).findFirst();
        if (first.isPresent()) {
            AnsweredQuote q = first.get();
            return new Conversations.Turn(message, standalone, response, q.speaker(), gender(q.speaker(), q.role()), q.text(), about);
        }
        boolean found = response.answer().kind() != AnswerKind.NONE;
        String speaker = found ? asked.speaker() : null;
        return new Conversations.Turn(message, standalone, response, speaker, speaker == null ? null : gender(speaker, null),
                asked.words(), about);
    }

    private static Genders.Gender gender(String name, String role) {
        Genders.Gender byRole = Genders.ofRole(role);
        return byRole != Genders.Gender.UNKNOWN ? byRole : Genders.ofName(name);
    }
}
