package dev.byline.search;

import dev.byline.corpus.Article;
import java.util.List;
import java.util.Optional;

/**
 * What answers read from the store: passages by relevance, quotes by speaker and words, articles by id, and the
 * store's own analysis of text, so a sentence and a question compare as the index compares them. The embedded Lucene
 * index implements it; a cluster may too. Limits are clamped to 1..{@link #MAX_LIMIT}.
 */
public interface SearchBackend {

    int MAX_LIMIT = 100;

    /** Passages for a question, best first (BM25, title terms boosted; asked as of a day, recent news ranks higher). */
    SearchResult passages(String question, SearchFilter filter, int limit);

    /** Quotes best first; with no words, the speaker's quotes newest first. */
    QuoteResult quotes(QuoteQuery query, SearchFilter filter, int limit);

    /** Quotes newest first (the day said when known, else the publication day); every word must occur in or around the quote. */
    QuoteResult latestQuotes(QuoteQuery query, SearchFilter filter, int limit);

    Optional<Article> article(String id);

    /** Articles in the searchable view. */
    int articleCount();

    /** How many articles, passages and quotes the searchable view holds. */
    record Counts(long articles, long passages, long quotes) {}

    Counts counts();

    /** The index's terms for {@code text} (English: lower-cased, stop words gone, stemmed), distinct, in text order, question words dropped. */
    List<String> terms(String text);
}
