package dev.byline.search.lucene;

import dev.byline.index.Embedder;
import dev.byline.index.Fields;
import dev.byline.index.lucene.ArticleDocuments;
import dev.byline.index.lucene.IndexStore;
import dev.byline.search.Fusion;
import dev.byline.search.PassageHit;
import dev.byline.search.QuestionVectors;
import dev.byline.search.SearchBackend;
import dev.byline.search.SearchFilter;
import dev.byline.search.SearchResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * BM25 over passages, title terms boosted, with date, asOf and outlet filters; asked as of a day, recent news ranks
 * higher. With an embedder and vectors in the index, the passages nearest the question's vector (under the same
 * filters) are fused with BM25's by reciprocal rank: a passage that says the question's thing in other words is found,
 * and one both lists rank high stays on top.
 */
final class PassageSearcher {

    /** Which lists a search reads: BM25 alone, the vectors alone, or both fused (the default when vectors exist). */
    enum Mode { BM25, VECTORS, FUSED }

    /** A title match says more about a passage's topic than one word in its body. */
    static final float TITLE_BOOST = 1.5f;

    private final IndexStore store;
    private final QueryTerms terms;
    private final QuestionVectors vectors;

    private final Mode mode;

    PassageSearcher(IndexStore store, Embedder embedder, Mode mode) {
        this.store = store;
        this.terms = new QueryTerms(store.analyzer(), Fields.TEXT);
        this.vectors = new QuestionVectors(embedder);
        this.mode = mode;
    }

    SearchResult search(String question, SearchFilter filter, int limit) {
        List<String> queryTerms = terms.of(question);
        int wanted = Math.min(Math.max(1, limit), SearchBackend.MAX_LIMIT);
        float[] vector = vectors.enabled() && mode != Mode.BM25 && store.count(Fields.KIND_VECTOR) > 0 ? vectors.of(question) : null;
        return store.read("search", searcher -> {
            Map<String, Double> weights = QueryTerms.weights(searcher.getIndexReader(), Fields.TEXT, queryTerms);
            StoredFields stored = searcher.storedFields();
            List<PassageHit> bm25 = new ArrayList<>();
            if (!queryTerms.isEmpty()) {
                TopDocs top = searcher.search(query(queryTerms, filter), vector == null ? wanted : Math.max(wanted, Fusion.DEPTH));
                for (ScoreDoc sd : top.scoreDocs) bm25.add(StoredHits.passage(stored.document(sd.doc), sd.score));
            }
            if (vector == null) return new SearchResult(bm25, weights);
            List<PassageHit> nearest;
            try {
                nearest = nearest(searcher, vector, filter, Math.max(wanted, Fusion.DEPTH));
            } catch (IOException | RuntimeException e) {
                vectors.failed(e);
                return new SearchResult(bm25.subList(0, Math.min(wanted, bm25.size())), weights);
            }
            if (mode == Mode.VECTORS) return new SearchResult(nearest.subList(0, Math.min(wanted, nearest.size())), weights);
            return new SearchResult(Fusion.fuse(List.of(bm25, nearest), List.of(1.0, Fusion.VECTOR_WEIGHT), wanted), weights);
        });
    }

    /** The passages whose vectors are nearest {@code vector}, nearest first, under the filter. */
    private static List<PassageHit> nearest(IndexSearcher searcher, float[] vector, SearchFilter filter, int k) throws IOException {
        BooleanQuery.Builder only = new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.KIND, Fields.KIND_VECTOR)), Occur.FILTER);
        addFilters(only, filter);
        TopDocs top = searcher.search(new KnnFloatVectorQuery(Fields.VECTOR, vector, k, only.build()), k);
        StoredFields stored = searcher.storedFields();
        List<PassageHit> hits = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Document v = stored.document(sd.doc, Set.of(Fields.ARTICLE_ID, Fields.VECTOR_KEY));
            PassageHit passage = passage(searcher, v.get(Fields.ARTICLE_ID), v.get(Fields.VECTOR_KEY), sd.score);
            if (passage != null) hits.add(passage);
        }
        return hits;
    }

    // The passage a vector belongs to: the one of its article that starts where the key says.
    private static PassageHit passage(IndexSearcher searcher, String articleId, String key, float score) throws IOException {
        int start = Integer.parseInt(key.substring(key.lastIndexOf('#') + 1));
        Query ofArticle = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.ARTICLE_ID, articleId)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_PASSAGE)), Occur.FILTER).build();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(ofArticle, 10_000).scoreDocs) {
            Document doc = stored.document(sd.doc);
            if (doc.getField(Fields.START).numericValue().intValue() == start) return StoredHits.passage(doc, score);
        }
        return null;
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
