package dev.byline;

import dev.byline.answer.Answerer;
import dev.byline.answer.ExtractiveAnswerer;
import dev.byline.answer.LlmAnswerer;
import dev.byline.chat.ChatService;
import dev.byline.chat.Conversations;
import dev.byline.config.LlmSettings;
import dev.byline.corpus.CorpusReader;
import dev.byline.index.ArticleDocuments;
import dev.byline.index.Fields;
import dev.byline.index.IndexStore;
import dev.byline.index.Indexer;
import dev.byline.llm.ModelProbe;
import dev.byline.nlp.Passages;
import dev.byline.nlp.Sentences;
import dev.byline.search.Articles;
import dev.byline.search.PassageSearcher;
import dev.byline.search.QueryTerms;
import dev.byline.web.ArticleController;
import dev.byline.web.ChatController;
import dev.byline.web.SearchController;
import dev.byline.web.WebApp;
import io.javalin.Javalin;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/** Byline's object graph over one index, built with plain constructors; the CLI and tests both build it here. */
public final class Byline implements Closeable {

    private final IndexStore store;
    private final Indexer indexer;
    private final PassageSearcher searcher;
    private final Articles articles;
    private final Answerer answerer;
    private final String llmStatus;
    private final ChatService chat;

    /** Byline answering extractively, without an LLM. */
    public Byline(Path indexPath) {
        this(indexPath, LlmSettings.NONE);
    }

    /**
     * Byline answering through the configured LLM when its server answers a start-up probe; otherwise extractively,
     * with {@link #llmStatus()} saying why in one line.
     */
    public Byline(Path indexPath, LlmSettings llm) {
        this.store = IndexStore.open(indexPath);
        Sentences sentences = new Sentences();
        this.indexer = new Indexer(store, new ArticleDocuments(new Passages(sentences)), new CorpusReader(),
                Runtime.getRuntime().availableProcessors());
        this.searcher = new PassageSearcher(store);
        this.articles = new Articles(store);
        QueryTerms terms = new QueryTerms(store.analyzer(), Fields.TEXT);
        Answerer extractive = new ExtractiveAnswerer(searcher, sentences, terms);
        ModelProbe.Result probe = new ModelProbe().probe(llm);
        if (probe.usable()) {
            this.answerer = LlmAnswerer.from(llm, searcher, terms, sentences, extractive);
            this.llmStatus = "LLM: " + probe.message();
        } else {
            this.answerer = extractive;
            this.llmStatus = llm.isEnabled() ? "LLM off: " + probe.message() + "; answering extractively" : "LLM: none; answering extractively";
        }
        this.chat = new ChatService(answerer, new Conversations());
    }

    public IndexStore store() {
        return store;
    }

    public Indexer indexer() {
        return indexer;
    }

    public PassageSearcher searcher() {
        return searcher;
    }

    public Articles articles() {
        return articles;
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

    /** The HTTP server over this graph, unstarted. */
    public Javalin web() {
        return WebApp.create(new WebApp.Controllers(new ChatController(chat), new SearchController(searcher),
                new ArticleController(articles)), config -> {});
    }

    @Override
    public void close() throws IOException {
        store.close();
    }
}
