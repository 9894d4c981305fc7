package dev.byline.index.lucene;

import dev.byline.corpus.Article;
import dev.byline.index.AnalyzedArticle;
import dev.byline.index.Fields;
import dev.byline.nlp.text.Passages.Passage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;

/** Maps an analysed article to its Lucene documents (the article, its passages, then its quotes) and back. */
public final class ArticleDocuments {

    private ArticleDocuments() {}

    /** The article document first, then one document per passage, then one per quote; all share the article id. */
    public static List<Document> map(AnalyzedArticle analyzed) {
        Article article = analyzed.article();
        List<Document> docs = new ArrayList<>();
        Document doc = new Document();
        doc.add(new StringField(Fields.KIND, Fields.KIND_ARTICLE, Field.Store.NO));
        addShared(doc, article);
        doc.add(new StringField(Fields.HASH, analyzed.hash(), Field.Store.YES));
        if (analyzed.origin() != null) doc.add(new StringField(Fields.ORIGIN, analyzed.origin(), Field.Store.YES));
        doc.add(new TextField(Fields.TITLE, article.title(), Field.Store.YES));
        doc.add(new TextField(Fields.TEXT, article.text(), Field.Store.YES));
        if (article.author() != null) doc.add(new StoredField(Fields.AUTHOR, article.author()));
        docs.add(doc);

        for (Passage passage : analyzed.passages()) {
            Document p = new Document();
            p.add(new StringField(Fields.KIND, Fields.KIND_PASSAGE, Field.Store.NO));
            addShared(p, article);
            p.add(new TextField(Fields.TITLE, article.title(), Field.Store.YES));
            p.add(new TextField(Fields.TEXT, article.text().substring(passage.start(), passage.end()), Field.Store.YES));
            p.add(new StoredField(Fields.ORDINAL, passage.ordinal()));
            p.add(new StoredField(Fields.START, passage.start()));
            p.add(new StoredField(Fields.END, passage.end()));
            docs.add(p);
        }
        docs.addAll(QuoteDocuments.map(article, analyzed.attributions(), analyzed.passages()));
        return docs;
    }

    /**
     * The same documents as field values by name, in order, for an engine that takes plain values (Solr): numbers
     * stay numbers, and the point fields that only duplicate a doc-values field for range queries are left out.
     */
    public static List<Map<String, List<Object>>> values(AnalyzedArticle analyzed) {
        List<Map<String, List<Object>>> docs = new ArrayList<>();
        for (Document doc : map(analyzed)) {
            Map<String, List<Object>> values = new LinkedHashMap<>();
            for (IndexableField field : doc) {
                if (field instanceof LongPoint) continue;
                Object value = field.numericValue() != null ? field.numericValue() : field.stringValue();
                if (value != null) values.computeIfAbsent(field.name(), n -> new ArrayList<>()).add(value);
            }
            docs.add(values);
        }
        return docs;
    }

    /** Fields every document of an article carries, so any kind can be filtered and shown on its own. */
    static void addShared(Document doc, Article article) {
        doc.add(new StringField(Fields.ARTICLE_ID, article.id(), Field.Store.YES));
        if (article.source() != null) {
            doc.add(new StoredField(Fields.SOURCE, article.source()));
            doc.add(new StringField(Fields.SOURCE_KEY, sourceKey(article.source()), Field.Store.NO));
        }
        if (article.published() != null) {
            long day = article.published().toEpochDay();
            doc.add(new LongPoint(Fields.PUBLISHED, day));
            doc.add(new NumericDocValuesField(Fields.PUBLISHED, day));
            doc.add(new StoredField(Fields.PUBLISHED_TEXT, article.published().toString()));
        }
        if (article.url() != null) doc.add(new StoredField(Fields.URL, article.url()));
    }

    /** Outlets match case-insensitively: "bbc" finds "BBC". */
    public static String sourceKey(String source) {
        return source.strip().toLowerCase(Locale.ROOT);
    }

}
