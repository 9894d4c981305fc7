package dev.byline.search.lucene;

import dev.byline.index.Fields;
import dev.byline.index.lucene.ArticleDocuments;
import dev.byline.index.lucene.IndexStore;
import dev.byline.search.PassageHit;
import dev.byline.search.SearchBackend;
import dev.byline.search.SearchFilter;
import dev.byline.search.SearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/** BM25 over passages, title terms boosted, with date, asOf and outlet filters; asked as of a day, recent news ranks higher. */
final class PassageSearcher {

    /** A title match says more about a passage's topic than one word in its body. */
    static final float TITLE_BOOST = 1.5f;

    private final IndexStore store;
    private final QueryTerms terms;

    PassageSearcher(IndexStore store) {
        this.store = store;
        this.terms = new QueryTerms(store.analyzer(), Fields.TEXT);
    }

    SearchResult search(String question, SearchFilter filter, int limit) {
        List<String> queryTerms = terms.of(question);
        return store.read("search", searcher -> {
            Map<String, Double> weights = QueryTerms.weights(searcher.getIndexReader(), Fields.TEXT, queryTerms);
            if (queryTerms.isEmpty()) return new SearchResult(List.of(), weights);
            TopDocs top = searcher.search(query(queryTerms, filter), Math.min(Math.max(1, limit), SearchBackend.MAX_LIMIT));
            List<PassageHit> hits = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) hits.add(StoredHits.passage(stored.document(sd.doc), sd.score));
            return new SearchResult(hits, weights);
        });
    }

    static Query query(List<String> queryTerms, SearchFilter filter) {
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        for (String t : queryTerms) {
            text.add(new TermQuery(new Term(Fields.TEXT, t)), Occur.SHOULD);
            text.add(new BoostQuery(new TermQuery(new Term(Fields.TITLE, t)), TITLE_BOOST), Occur.SHOULD);
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(text.build(), Occur.MUST)
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_PASSAGE)), Occur.FILTER);
        addFilters(q, filter);
        Query filtered = q.build();
        return filter.asOf() == null ? filtered : FunctionScoreQuery.boostByValue(filtered, new RecencyBoost(filter.asOf()));
    }

    /** Adds the filter clauses to {@code q}; shared with other searchers over the same documents. */
    public static void addFilters(BooleanQuery.Builder q, SearchFilter filter) {
        if (filter.from() != null || filter.to() != null) {
            long lo = filter.from() == null ? Long.MIN_VALUE : filter.from().toEpochDay();
            long hi = filter.to() == null ? Long.MAX_VALUE : filter.to().toEpochDay();
            if (filter.asOf() != null) hi = Math.min(hi, filter.asOf().toEpochDay());
            q.add(LongPoint.newRangeQuery(Fields.PUBLISHED, lo, hi), Occur.FILTER);
        } else if (filter.asOf() != null) {
            Query undated = new BooleanQuery.Builder()
                    .add(MatchAllDocsQuery.INSTANCE, Occur.FILTER)
                    .add(new FieldExistsQuery(Fields.PUBLISHED), Occur.MUST_NOT)
                    .build();
            Query notLater = new BooleanQuery.Builder()
                    .add(LongPoint.newRangeQuery(Fields.PUBLISHED, Long.MIN_VALUE, filter.asOf().toEpochDay()), Occur.SHOULD)
                    .add(undated, Occur.SHOULD)
                    .setMinimumNumberShouldMatch(1)
                    .build();
            q.add(notLater, Occur.FILTER);
        }
        if (!filter.sources().isEmpty()) {
            List<BytesRef> keys = filter.sources().stream().map(s -> new BytesRef(ArticleDocuments.sourceKey(s))).toList();
            q.add(new TermInSetQuery(Fields.SOURCE_KEY, keys), Occur.FILTER);
        }
    }

}
