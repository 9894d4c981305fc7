package dev.byline.index.lucene;

import dev.byline.index.Fields;
import dev.byline.index.IndexBackend.PassageVector;
import dev.byline.index.IndexBackend.PendingPassage;
import dev.byline.index.IndexBackend.PendingVectors;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Passage vectors as Lucene documents of their own, beside the passages: a passage is searchable by BM25 as soon as
 * its article is committed, and its vector follows when the embedder gets to it. Each vector document shares its
 * article's id (so replacing or deleting the article drops it), date and outlet (so filters apply unchanged).
 */
final class VectorDocuments {

    private VectorDocuments() {}

    static String key(String articleId, int start) {
        return articleId + "#" + start;
    }

    static Document map(PassageVector v) {
        PendingPassage p = v.passage();
        Document doc = new Document();
        doc.add(new StringField(Fields.KIND, Fields.KIND_VECTOR, Field.Store.NO));
        doc.add(new StringField(Fields.ARTICLE_ID, p.articleId(), Field.Store.YES));
        doc.add(new StringField(Fields.VECTOR_KEY, key(p.articleId(), p.start()), Field.Store.YES));
        if (p.source() != null) doc.add(new StringField(Fields.SOURCE_KEY, ArticleDocuments.sourceKey(p.source()), Field.Store.NO));
        if (p.published() != null) {
            long day = p.published().toEpochDay();
            doc.add(new LongPoint(Fields.PUBLISHED, day));
            doc.add(new NumericDocValuesField(Fields.PUBLISHED, day));
        }
        if (v.vector() != null) doc.add(new KnnFloatVectorField(Fields.VECTOR, v.vector(), VectorSimilarityFunction.COSINE));
        return doc;
    }

    /** The committed passages without a vector, the first {@code max} of them read in full. */
    static PendingVectors pending(IndexSearcher searcher, int max) throws IOException {
        StoredFields stored = searcher.storedFields();
        Set<String> done = new HashSet<>();
        for (ScoreDoc hit : all(searcher, Fields.KIND_VECTOR)) done.add(stored.document(hit.doc, Set.of(Fields.VECTOR_KEY)).get(Fields.VECTOR_KEY));
        Set<String> keyFields = Set.of(Fields.ARTICLE_ID, Fields.START);
        Set<String> fullFields = Set.of(Fields.ARTICLE_ID, Fields.START, Fields.TEXT, Fields.PUBLISHED_TEXT, Fields.SOURCE);
        List<PendingPassage> batch = new ArrayList<>();
        long total = 0;
        for (ScoreDoc hit : all(searcher, Fields.KIND_PASSAGE)) {
            Document keyDoc = stored.document(hit.doc, keyFields);
            int start = keyDoc.getField(Fields.START).numericValue().intValue();
            if (done.contains(key(keyDoc.get(Fields.ARTICLE_ID), start))) continue;
            total++;
            if (batch.size() < max) {
                Document doc = stored.document(hit.doc, fullFields);
                String published = doc.get(Fields.PUBLISHED_TEXT);
                batch.add(new PendingPassage(doc.get(Fields.ARTICLE_ID), start, doc.get(Fields.TEXT),
                        published == null ? null : LocalDate.parse(published), doc.get(Fields.SOURCE)));
            }
        }
        return new PendingVectors(List.copyOf(batch), total);
    }

    /** Whether the passage is still committed with this text (an ingest may have replaced its article meanwhile). */
    static boolean current(IndexSearcher searcher, PendingPassage p) throws IOException {
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.ARTICLE_ID, p.articleId())), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_PASSAGE)), BooleanClause.Occur.FILTER)
                .build(), 10_000).scoreDocs) {
            Document doc = stored.document(hit.doc, Set.of(Fields.START, Fields.TEXT));
            if (doc.getField(Fields.START).numericValue().intValue() == p.start()) return p.text().equals(doc.get(Fields.TEXT));
        }
        return false;
    }

    private static ScoreDoc[] all(IndexSearcher searcher, String kind) throws IOException {
        TermQuery query = new TermQuery(new Term(Fields.KIND, kind));
        int n = searcher.count(query);
        return n == 0 ? new ScoreDoc[0] : searcher.search(query, n).scoreDocs;
    }
}
