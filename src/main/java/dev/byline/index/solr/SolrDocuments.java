package dev.byline.index.solr;

import dev.byline.index.AnalyzedArticle;
import dev.byline.index.Fields;
import dev.byline.index.lucene.ArticleDocuments;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * Byline's documents on Solr are the embedded index's documents field for field: an article is mapped once, by
 * {@link ArticleDocuments}, and each Lucene document becomes a Solr document with the same fields (the schema gives
 * them the same analysis). Stored Solr documents come back as Lucene documents, so one reader decodes hits for both.
 * Ids route every document of an article to one shard ({@code articleId!a}, {@code articleId!p<start>}, {@code articleId!q<n>}).
 */
public final class SolrDocuments {

    private SolrDocuments() {}

    public static String passageId(String articleId, int start) {
        return articleId + "!p" + start;
    }

    /** The routing prefix of an article's documents, for requests that touch only its shard. */
    public static String route(String articleId) {
        return articleId + "!";
    }

    /** The article's Solr documents: the article, its passages, its quotes. */
    static List<SolrInputDocument> map(AnalyzedArticle analyzed) {
        String articleId = analyzed.article().id();
        List<SolrInputDocument> docs = new ArrayList<>();
        int quote = 0;
        for (Document doc : ArticleDocuments.map(analyzed)) {
            SolrInputDocument solr = new SolrInputDocument();
            String kind = null;
            for (IndexableField field : doc) {
                if (field instanceof LongPoint) continue; // the same value is also a doc-values field
                Object value = field.numericValue() != null ? field.numericValue() : field.stringValue();
                if (value == null) continue;
                if (field.name().equals(Fields.KIND)) kind = (String) value;
                solr.addField(field.name(), value);
            }
            String id = switch (kind) {
                case Fields.KIND_ARTICLE -> articleId + "!a";
                case Fields.KIND_PASSAGE -> passageId(articleId, ((Number) solr.getFieldValue(Fields.START)).intValue());
                default -> articleId + "!q" + quote++;
            };
            solr.setField("id", id);
            docs.add(solr);
        }
        return docs;
    }

    /** A stored Solr document as the Lucene document the embedded index stores, for the shared hit reader. */
    public static Document stored(SolrDocument solr) {
        Document doc = new Document();
        for (String name : solr.getFieldNames()) {
            Collection<Object> values = solr.getFieldValues(name);
            if (values == null) continue;
            for (Object value : values) {
                switch (value) {
                    case Integer i -> doc.add(new StoredField(name, i));
                    case Long l -> doc.add(new StoredField(name, l));
                    case Double d -> doc.add(new StoredField(name, d));
                    case Float f -> doc.add(new StoredField(name, f));
                    case String s -> doc.add(new StoredField(name, s));
                    default -> { } // vectors, booleans and versions are not read back
                }
            }
        }
        return doc;
    }
}
