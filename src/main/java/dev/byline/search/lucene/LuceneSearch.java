package dev.byline.search.lucene;

import dev.byline.corpus.Article;
import dev.byline.index.Embedder;
import dev.byline.index.Fields;
import dev.byline.index.lucene.IndexStore;
import dev.byline.search.QuoteQuery;
import dev.byline.search.QuoteResult;
import dev.byline.search.SearchBackend;
import dev.byline.search.SearchFilter;
import dev.byline.search.SearchResult;
import java.util.List;
import java.util.Optional;

/** {@link SearchBackend} over the embedded Lucene index: passages, quotes and articles from one {@link IndexStore}. */
public final class LuceneSearch implements SearchBackend {

    private final PassageSearcher passages;
    private final QuoteSearcher quotes;
    private final Articles articles;
    private final QueryTerms terms;
    private final IndexStore store;

    public LuceneSearch(IndexStore store) {
        this(store, null);
    }

    /** Search that fuses BM25 with the nearest passage vectors when {@code embedder} is not null and vectors exist. */
    public LuceneSearch(IndexStore store, Embedder embedder) {
        this(store, embedder, PassageSearcher.Mode.FUSED);
    }

    /** Passages from BM25 alone, the vectors alone, or both fused: {@code eval qa} compares them side by side. */
    public static LuceneSearch withMode(IndexStore store, Embedder embedder, String mode) {
        return new LuceneSearch(store, embedder, PassageSearcher.Mode.valueOf(mode.toUpperCase(java.util.Locale.ROOT)));
    }

    private LuceneSearch(IndexStore store, Embedder embedder, PassageSearcher.Mode mode) {
        this.store = store;
        this.passages = new PassageSearcher(store, embedder, mode);
        this.quotes = new QuoteSearcher(store);
        this.articles = new Articles(store);
        this.terms = new QueryTerms(store.analyzer(), Fields.TEXT);
    }

    @Override
    public SearchResult passages(String question, SearchFilter filter, int limit) {
        return passages.search(question, filter, limit);
    }

    @Override
    public QuoteResult quotes(QuoteQuery query, SearchFilter filter, int limit) {
        return quotes.search(query, filter, limit);
    }

    @Override
    public QuoteResult latestQuotes(QuoteQuery query, SearchFilter filter, int limit) {
        return quotes.list(query, filter, limit);
    }

    @Override
    public Optional<Article> article(String id) {
        return articles.find(id);
    }

    @Override
    public int articleCount() {
        return articles.count();
    }

    @Override
    public Counts counts() {
        return new Counts(store.count(Fields.KIND_ARTICLE), store.count(Fields.KIND_PASSAGE), store.count(Fields.KIND_QUOTE));
    }

    @Override
    public List<String> terms(String text) {
        return terms.of(text);
    }
}
