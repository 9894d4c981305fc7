package dev.byline.search.lucene;

import dev.byline.index.Fields;
import dev.byline.index.lucene.IndexStore;
import dev.byline.search.QuoteHit;
import dev.byline.search.QuoteQuery;
import dev.byline.search.QuoteResult;
import dev.byline.search.SearchBackend;
import dev.byline.search.SearchFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Searches quote documents: by speaker (every name word must match), by words (BM25 over the quote, and more
 * weakly over the sentence around it), with the passage filters (dates, asOf, outlets). {@link #search} ranks best
 * first; {@link #list} requires every word and orders newest first.
 */
final class QuoteSearcher {

    /** The words quoted say more than the sentence around them. */
    static final float CONTEXT_BOOST = 0.6f;

    private final IndexStore store;
    private final QueryTerms words;
    private final QueryTerms names;

    QuoteSearcher(IndexStore store) {
        this.store = store;
        this.words = new QueryTerms(store.analyzer(), Fields.QUOTE_TEXT);
        this.names = new QueryTerms(store.analyzer(), Fields.SPEAKER);
    }

    /** Best first. With no words, the speaker's quotes newest first. */
    QuoteResult search(QuoteQuery query, SearchFilter filter, int limit) {
        List<String> wordTerms = query.words() == null ? List.of() : words.of(query.words());
        return run(query, wordTerms, filter, limit, false);
    }

    /** Newest first (the day said when known, else the publication day); every word must occur in or around the quote. */
    QuoteResult list(QuoteQuery query, SearchFilter filter, int limit) {
        List<String> wordTerms = query.words() == null ? List.of() : words.of(query.words());
        return run(query, wordTerms, filter, limit, true);
    }

    private QuoteResult run(QuoteQuery query, List<String> wordTerms, SearchFilter filter, int limit, boolean newestFirst) {
        List<String> nameTerms = query.speaker() == null ? List.of() : names.of(query.speaker());
        int n = Math.min(Math.max(1, limit), SearchBackend.MAX_LIMIT);
        return store.read("quote search", searcher -> {
            Map<String, Double> weights = QueryTerms.weights(searcher.getIndexReader(), Fields.QUOTE_CONTEXT, wordTerms);
            boolean nothingToMatch = (query.speaker() != null && nameTerms.isEmpty()) || (query.words() != null && wordTerms.isEmpty());
            if (nothingToMatch) return new QuoteResult(List.of(), weights);
            Query q = query(nameTerms, wordTerms, filter, newestFirst, query.withHedged());
            TopDocs top = newestFirst || wordTerms.isEmpty()
                    ? searcher.search(q, n, new Sort(newest(), SortField.FIELD_SCORE))
                    : searcher.search(q, n);
            List<QuoteHit> hits = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) hits.add(StoredHits.quote(stored.document(sd.doc), Float.isNaN(sd.score) ? 0 : sd.score));
            return new QuoteResult(hits, weights);
        });
    }

    private static SortField newest() {
        return new SortField(Fields.SAID_DAY, SortField.Type.LONG, true, Long.MIN_VALUE);
    }

    static Query query(List<String> nameTerms, List<String> wordTerms, SearchFilter filter, boolean everyWord, boolean withHedged) {
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_QUOTE)), Occur.FILTER);
        for (String t : nameTerms) q.add(new TermQuery(new Term(Fields.SPEAKER, t)), Occur.FILTER);
        if (!nameTerms.isEmpty() && !withHedged) q.add(new TermQuery(new Term(Fields.SPEAKER_HEDGED, "true")), Occur.MUST_NOT);
        if (!wordTerms.isEmpty()) {
            BooleanQuery.Builder said = new BooleanQuery.Builder();
            for (String t : wordTerms) {
                Query inQuote = new TermQuery(new Term(Fields.QUOTE_TEXT, t));
                Query around = new BoostQuery(new TermQuery(new Term(Fields.QUOTE_CONTEXT, t)), CONTEXT_BOOST);
                Query either = new BooleanQuery.Builder().add(inQuote, Occur.SHOULD).add(around, Occur.SHOULD).build();
                said.add(either, everyWord ? Occur.MUST : Occur.SHOULD);
            }
            q.add(said.build(), Occur.MUST);
        } else if (nameTerms.isEmpty()) {
            q.add(MatchAllDocsQuery.INSTANCE, Occur.MUST);
        }
        PassageSearcher.addFilters(q, filter);
        return q.build();
    }
}
