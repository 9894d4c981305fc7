package dev.byline;

import dev.byline.answer.Answerer;
import dev.byline.answer.ExtractiveAnswerer;
import dev.byline.answer.QuestionAnalyzer;
import dev.byline.answer.QuoteAnswerer;
import dev.byline.answer.QuoteCheck;
import dev.byline.chat.ChatService;
import dev.byline.chat.Conversations;
import dev.byline.corpus.CorpusReader;
import dev.byline.index.ArticleDocuments;
import dev.byline.index.Fields;
import dev.byline.index.IndexStore;
import dev.byline.index.Indexer;
import dev.byline.nlp.AttributionExtractor;
import dev.byline.nlp.Passages;
import dev.byline.nlp.Sentences;
import dev.byline.search.Articles;
import dev.byline.search.PassageSearcher;
import dev.byline.search.QueryTerms;
import dev.byline.search.QuoteSearcher;
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

/** Byline's object graph over one index, built with plain constructors; the CLI and tests both build it here. */
public final class Byline implements Closeable {

    /** The extractive answer arrives in one piece; sent a word every few milliseconds, the page shows it being written. */
    static final Duration STREAM_PACE = Duration.ofMillis(12);

    private final IndexStore store;
    private final Indexer indexer;
    private final PassageSearcher searcher;
    private final QuoteSearcher quotes;
    private final Articles articles;
    private final ChatService chat;

    public Byline(Path indexPath) {
        this.store = IndexStore.open(indexPath);
        Sentences sentences = new Sentences();
        this.indexer = new Indexer(store, new ArticleDocuments(new Passages(sentences), new AttributionExtractor()), new CorpusReader(),
                Runtime.getRuntime().availableProcessors());
        this.searcher = new PassageSearcher(store);
        this.articles = new Articles(store);
        this.quotes = new QuoteSearcher(store);
        QueryTerms terms = new QueryTerms(store.analyzer(), Fields.TEXT);
        Answerer passages = new ExtractiveAnswerer(searcher, sentences, terms);
        Answerer answerer = new QuoteAnswerer(new QuestionAnalyzer(), quotes, articles, new QuoteCheck(), terms, sentences, passages);
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

    public QuoteSearcher quotes() {
        return quotes;
    }

    public Articles articles() {
        return articles;
    }

    public ChatService chat() {
        return chat;
    }

    /** The HTTP server over this graph, unstarted. */
    public Javalin web() {
        return WebApp.create(new WebApp.Controllers(new ChatController(chat), new ChatStreamController(chat, STREAM_PACE),
                new SearchController(searcher),
                new ArticleController(articles), new QuoteController(quotes)), config -> {});
    }

    @Override
    public void close() throws IOException {
        store.close();
    }
}
