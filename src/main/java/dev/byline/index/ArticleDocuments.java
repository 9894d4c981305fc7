package dev.byline.index;

import dev.byline.corpus.Article;
import dev.byline.attribution.Attribution;
import dev.byline.attribution.AttributionExtractor;
import dev.byline.nlp.text.Passages;
import dev.byline.nlp.text.Passages.Passage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/** Maps an article to its Lucene documents (the article, its passages, then its quotes) and back. */
public final class ArticleDocuments {

    private final Passages passages;
    private final Function<Article, List<Attribution>> attributions;

    /** @param attributions finds the quotes; null maps articles without quote documents */
    public ArticleDocuments(Passages passages, AttributionExtractor attributions) {
        this(passages, attributions == null ? null : (Function<Article, List<Attribution>>) attributions::extract);
    }

    /** @param attributions an article's quotes; null maps articles without quote documents */
    ArticleDocuments(Passages passages, Function<Article, List<Attribution>> attributions) {
        this.passages = passages;
        this.attributions = attributions;
    }

    /**
     * The article document first, then one document per passage, then one per quote; all share the article id.
     * Extraction runs here, so the indexer's worker threads do it in parallel.
     */
    public List<Document> map(Article article, String origin, String hash) {
        return map(article, origin, hash, true);
    }

    /** The article and passage documents alone, for an article whose quotes could not be extracted. */
    public List<Document> mapWithoutQuotes(Article article, String origin, String hash) {
        return map(article, origin, hash, false);
    }

    private List<Document> map(Article article, String origin, String hash, boolean quotes) {
        List<Document> docs = new ArrayList<>();
        Document doc = new Document();
        doc.add(new StringField(Fields.KIND, Fields.KIND_ARTICLE, Field.Store.NO));
        addShared(doc, article);
        doc.add(new StringField(Fields.HASH, hash, Field.Store.YES));
        if (origin != null) doc.add(new StringField(Fields.ORIGIN, origin, Field.Store.YES));
        doc.add(new TextField(Fields.TITLE, article.title(), Field.Store.YES));
        doc.add(new TextField(Fields.TEXT, article.text(), Field.Store.YES));
        if (article.author() != null) doc.add(new StoredField(Fields.AUTHOR, article.author()));
        docs.add(doc);

        List<Passage> cut = passages.cut(article.text());
        for (Passage passage : cut) {
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
        if (quotes && attributions != null) docs.addAll(QuoteDocuments.map(article, attributions.apply(article), cut));
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

    /** Reads an article document back. */
    public static Article toArticle(Document doc) {
        String published = doc.get(Fields.PUBLISHED_TEXT);
        return new Article(doc.get(Fields.ARTICLE_ID), doc.get(Fields.TITLE), doc.get(Fields.SOURCE),
                published == null ? null : LocalDate.parse(published), doc.get(Fields.URL), doc.get(Fields.AUTHOR),
                doc.get(Fields.TEXT));
    }
}
