package dev.byline.index.solr;

import dev.byline.index.AnalyzedArticle;
import dev.byline.index.Fields;
import dev.byline.index.lucene.ArticleDocuments;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * Byline's documents on Solr are the embedded index's documents field for field: an article is mapped once, by
 * {@link ArticleDocuments}, and each of its documents becomes a Solr document with the same fields (the schema gives
 * them the same analysis). Stored Solr documents come back as values by field, so one reader decodes hits for both.
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
        for (Map<String, List<Object>> values : ArticleDocuments.values(analyzed)) {
            SolrInputDocument solr = new SolrInputDocument();
            values.forEach((name, list) -> list.forEach(value -> solr.addField(name, value)));
            String id = switch ((String) values.get(Fields.KIND).getFirst()) {
                case Fields.KIND_ARTICLE -> articleId + "!a";
                case Fields.KIND_PASSAGE -> passageId(articleId, ((Number) values.get(Fields.START).getFirst()).intValue());
                default -> articleId + "!q" + quote++;
            };
            solr.setField("id", id);
            docs.add(solr);
        }
        return docs;
    }

    /** A stored Solr document's values by field, for the shared hit reader ({@code StoredHits.document}). */
    public static Map<String, Collection<Object>> values(SolrDocument solr) {
        Map<String, Collection<Object>> values = new LinkedHashMap<>();
        for (String name : solr.getFieldNames()) {
            Collection<Object> list = solr.getFieldValues(name);
            if (list != null) values.put(name, list);
        }
        return values;
    }
}
