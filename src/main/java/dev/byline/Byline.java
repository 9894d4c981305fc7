package dev.byline;

import dev.byline.answer.Answerer;
import dev.byline.answer.ExtractiveAnswerer;
import dev.byline.answer.LlmAnswerer;
import dev.byline.answer.QuestionAnalyzer;
import dev.byline.answer.QuoteAnswerer;
import dev.byline.answer.QuoteCheck;
import dev.byline.attribution.AttributionExtractor;
import dev.byline.chat.ChatService;
import dev.byline.chat.Conversations;
import dev.byline.chat.FollowUpRewriter;
import dev.byline.chat.ModelRewriter;
import dev.byline.chat.QuestionRewriter;
import dev.byline.config.LlmSettings;
import dev.byline.config.SlackSettings;
import dev.byline.corpus.CorpusReader;
import dev.byline.index.IndexBackend;
import dev.byline.index.Indexer;
import dev.byline.index.lucene.IndexStore;
import dev.byline.llm.LlmModels;
import dev.byline.llm.ModelFollowUps;
import dev.byline.llm.ModelProbe;
import dev.byline.llm.SourceRetriever;
import dev.byline.nlp.text.Passages;
import dev.byline.nlp.text.Sentences;
import dev.byline.nlp.text.TextModels;
import dev.byline.search.SearchBackend;
import dev.byline.search.lucene.LuceneSearch;
import dev.byline.slack.SlackBot;
import dev.byline.slack.SlackRoutes;
import dev.byline.web.ArticleController;
import dev.byline.web.ChatController;
import dev.byline.web.ChatStreamController;
import dev.byline.web.QuoteController;
import dev.byline.web.SearchController;
import dev.byline.web.WebApp;
import io.javalin.Javalin;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Byline's object graph over one index, built with plain constructors; the CLI and tests both build it here. */
public final class Byline implements Closeable {

    /** The extractive answer arrives in one piece; sent a word every few milliseconds, the page shows it being written. */
    static final Duration STREAM_PACE = Duration.ofMillis(12);

    private final IndexStore store;
    private final Indexer indexer;
    private final SearchBackend search;
    private final Answerer answerer;
    private final String llmStatus;
    private final QuestionRewriter rewriter;
    private final ChatService chat;
    private final SlackBot slack;

    /** Byline answering extractively, without an LLM or Slack. */
    public Byline(TextModels text, Path indexPath) {
        this(text, indexPath, LlmSettings.NONE, SlackSettings.DISABLED);
    }

    /** Byline with the Slack app when {@code slack} is enabled, answering extractively. */
    public Byline(TextModels text, Path indexPath, SlackSettings slack) {
        this(text, indexPath, LlmSettings.NONE, slack);
    }

    /** Byline answering through the configured LLM, without Slack. */
    public Byline(TextModels text, Path indexPath, LlmSettings llm) {
        this(text, indexPath, llm, SlackSettings.DISABLED);
    }

    /**
     * Byline answering through the configured LLM when its server answers a start-up probe, otherwise extractively
     * with {@link #llmStatus()} saying why in one line; with the Slack app when {@code slack} is enabled. The
     * language models in {@code text} are shared by everything built here (a process builds them once).
     */
    public Byline(TextModels text, Path indexPath, LlmSettings llm, SlackSettings slack) {
        this.store = IndexStore.open(indexPath);
        Sentences sentences = text.sentences();
        this.indexer = new Indexer(store, new Passages(sentences), AttributionExtractor.shipped(text)::extract, new CorpusReader(),
                Runtime.getRuntime().availableProcessors());
        this.search = new LuceneSearch(store);
        Answerer passages = new ExtractiveAnswerer(search, sentences);
        Answerer extractive = new QuoteAnswerer(new QuestionAnalyzer(), search, new QuoteCheck(), sentences, passages);
        ModelProbe.Result probe = new ModelProbe().probe(llm);
        if (probe.usable()) {
            LlmModels models = LlmModels.from(llm);
            this.answerer = LlmAnswerer.from(models, llm, new SourceRetriever(search), search, sentences, extractive);
            this.rewriter = new ModelRewriter(new ModelFollowUps(models.chat()), new FollowUpRewriter());
            this.llmStatus = "LLM: " + probe.message();
        } else {
            this.answerer = extractive;
            this.rewriter = new FollowUpRewriter();
            this.llmStatus = llm.isEnabled() ? "LLM off: " + probe.message() + "; answering extractively" : "LLM: none; answering extractively";
        }
        this.chat = new ChatService(answerer, new Conversations(), rewriter);
        this.slack = slack.enabled() ? new SlackBot(slack, chat) : null;
    }

    public IndexBackend store() {
        return store;
    }

    public Indexer indexer() {
        return indexer;
    }

    public SearchBackend search() {
        return search;
    }

    /** The answerer in use: the LLM one when configured and reachable at start-up, else the extractive one. */
    public Answerer answerer() {
        return answerer;
    }

    /** One line for start-up output: which model answers, or why none does. */
    public String llmStatus() {
        return llmStatus;
    }

    public ChatService chat() {
        return chat;
    }

    /** The Slack app, when Slack is configured. */
    public Optional<SlackBot> slack() {
        return Optional.ofNullable(slack);
    }

    /** The HTTP server over this graph, unstarted; with the Slack routes (answering 404 when Slack is not configured). */
    public Javalin web() {
        return WebApp.create(new WebApp.Controllers(new ChatController(chat), new ChatStreamController(chat, STREAM_PACE),
                new SearchController(search), new ArticleController(search), new QuoteController(search)),
                slack != null ? SlackRoutes.of(slack) : SlackRoutes.disabled());
    }

    @Override
    public void close() throws IOException {
        if (slack != null) slack.close();
        store.close();
    }
}
