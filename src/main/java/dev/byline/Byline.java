package dev.byline;

import dev.byline.answer.Answerer;
import dev.byline.answer.ExtractiveAnswerer;
import dev.byline.answer.LlmAnswerer;
import dev.byline.answer.QuestionAnalyzer;
import dev.byline.answer.QuoteAnswerer;
import dev.byline.answer.QuoteCheck;
import dev.byline.answer.TimedAnswerer;
import dev.byline.attribution.AttributionExtractor;
import dev.byline.attribution.Stages;
import dev.byline.chat.ChatService;
import dev.byline.chat.Conversations;
import dev.byline.chat.FollowUpRewriter;
import dev.byline.chat.ModelRewriter;
import dev.byline.chat.QuestionRewriter;
import dev.byline.config.LlmSettings;
import dev.byline.config.SlackSettings;
import dev.byline.config.Storage;
import dev.byline.corpus.CorpusReader;
import dev.byline.index.Embedder;
import dev.byline.index.IndexBackend;
import dev.byline.index.Indexer;
import dev.byline.index.SharedState;
import dev.byline.index.VectorFiller;
import dev.byline.index.lucene.IndexStore;
import dev.byline.index.solr.SolrCollection;
import dev.byline.index.solr.SolrIndex;
import dev.byline.index.solr.SolrState;
import dev.byline.llm.LlmModels;
import dev.byline.llm.ModelFollowUps;
import dev.byline.llm.ModelProbe;
import dev.byline.llm.SourceRetriever;
import dev.byline.nlp.text.Passages;
import dev.byline.nlp.text.Sentences;
import dev.byline.nlp.text.TextModels;
import dev.byline.search.SearchBackend;
import dev.byline.search.lucene.LuceneSearch;
import dev.byline.search.solr.SolrSearch;
import dev.byline.slack.SlackBot;
import dev.byline.slack.SlackRoutes;
import dev.byline.web.ArticleController;
import dev.byline.web.ChatController;
import dev.byline.web.ChatStreamController;
import dev.byline.web.QuoteController;
import dev.byline.web.SearchController;
import dev.byline.web.WebApp;
import io.javalin.Javalin;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Byline's object graph over one index, built with plain constructors; the CLI and tests both build it here. */
public final class Byline implements Closeable {

    /** The extractive answer arrives in one piece; sent a word every few milliseconds, the page shows it being written. */
    static final Duration STREAM_PACE = Duration.ofMillis(12);

    private final IndexBackend store;
    private final Indexer indexer;
    private final SearchBackend search;
    private final Answerer answerer;
    private final String llmStatus;
    private final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics jvmGc;
    private final QuestionRewriter rewriter;
    private final ChatService chat;
    private final SlackBot slack;
    private final VectorFiller vectors;

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
        this(text, indexPath, llm, slack, null);
    }

    /**
     * As above, and with passage vectors when {@code embedder} is not null: searches fuse BM25 with the nearest
     * vectors, and {@link #vectors()} gives committed passages their vectors.
     */
    public Byline(TextModels text, Path indexPath, LlmSettings llm, SlackSettings slack, Embedder embedder) {
        this(text, new Storage.Embedded(indexPath), llm, slack, embedder);
    }

    /**
     * As above, over the embedded index or a SolrCloud collection; a collection that is missing or was built from another
     * schema version stops start-up with a one-line message.
     */
    public Byline(TextModels text, Storage storage, LlmSettings llm, SlackSettings slack, Embedder embedder) {
        SharedState shared = null; // conversations and Slack's event ids: in memory on one server, in the cluster on several
        switch (storage) {
            case Storage.Embedded embedded -> {
                IndexStore lucene = IndexStore.open(embedded.index());
                this.store = lucene;
                this.search = new LuceneSearch(lucene, embedder);
            }
            case Storage.Solr solr -> {
                SolrCollection collection = SolrCollection.connect(solr.address(), solr.collection());
                Optional<String> problem = collection.schemaProblem();
                if (problem.isPresent()) {
                    collection.close();
                    throw new IllegalStateException("cannot use " + collection.describe() + ": " + problem.get());
                }
                SolrIndex cluster = new SolrIndex(collection);
                this.store = cluster;
                this.search = new SolrSearch(cluster, embedder);
                shared = new SolrState(collection);
            }
        }
        this.vectors = embedder == null ? null : new VectorFiller(store, embedder);
        this.jvmGc = bindJvm(metrics);
        Sentences sentences = text.sentences();
        this.indexer = new Indexer(store, new Passages(sentences), AttributionExtractor.shipped(text).timed(extractionTimers(metrics))::extract, new CorpusReader(),
                Runtime.getRuntime().availableProcessors(), metrics);
        Answerer passages = new ExtractiveAnswerer(search, sentences, text.tagger());
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
        // Questions that name a time ("this week", "in March 2016") are answered within it, whichever answerer writes.
        Answerer timed = new TimedAnswerer(answerer, Clock.systemUTC());
        this.chat = new ChatService(timed, new Conversations(shared), rewriter, metrics);
        this.slack = slack.enabled() ? new SlackBot(slack, chat, metrics, shared) : null;
        Map<String, java.util.function.ToLongFunction<SearchBackend.Counts>> kinds = Map.of(
                "articles", SearchBackend.Counts::articles, "passages", SearchBackend.Counts::passages, "quotes", SearchBackend.Counts::quotes);
        kinds.forEach((kind, count) -> Gauge.builder("byline.index.documents", search, s -> count.applyAsLong(s.counts()))
                .tag("kind", kind).description("Documents in the searchable index").register(metrics));
        if (vectors != null) {
            Gauge.builder("byline.vectors.pending", vectors, VectorFiller::remaining)
                    .description("Passages still without a vector (-1 until first counted)").register(metrics);
        }
    }

    public IndexBackend store() {
        return store;
    }

    public Indexer indexer() {
        return indexer;
    }

    /** What gives passages their vectors, when vectors are on. */
    public Optional<VectorFiller> vectors() {
        return Optional.ofNullable(vectors);
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

    /** Byline's meters: HTTP, answers, ingest, Slack, index and JVM; scraped at /metrics. */
    public MeterRegistry metrics() {
        return metrics;
    }

    /** Extraction's stages as {@code byline.extract.stage} timers. */
    private static Stages extractionTimers(MeterRegistry registry) {
        Map<String, Timer> timers = new java.util.concurrent.ConcurrentHashMap<>();
        return (stage, nanos) -> timers.computeIfAbsent(stage, s -> Timer.builder("byline.extract.stage").tag("stage", s)
                .description("Per-article time in each extraction stage").register(registry)).record(nanos, TimeUnit.NANOSECONDS);
    }

    private static JvmGcMetrics bindJvm(MeterRegistry registry) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        return gc;
    }

    /** The HTTP server over this graph, unstarted, with /metrics; see {@link #web(boolean)}. */
    public Javalin web() {
        return web(true);
    }

    /**
     * The HTTP server over this graph, unstarted; with the Slack routes (answering 404 when Slack is not configured)
     * and, when {@code metricsRoute}, Prometheus' text format at /metrics.
     */
    public Javalin web(boolean metricsRoute) {
        return WebApp.create(metrics, metricsRoute ? metrics::scrape : null, new WebApp.Controllers(new ChatController(chat), new ChatStreamController(chat, STREAM_PACE),
                new SearchController(search), new ArticleController(search, vectors, store::unavailable), new QuoteController(search)),
                slack != null ? SlackRoutes.of(slack) : SlackRoutes.disabled());
    }

    @Override
    public void close() throws IOException {
        jvmGc.close();
        if (slack != null) slack.close();
        store.close();
    }
}
