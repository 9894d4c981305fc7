package dev.byline.search.lucene;

import dev.byline.attribution.AttributionType;
import dev.byline.corpus.Article;
import dev.byline.index.Fields;
import dev.byline.index.lucene.QuoteDocuments;
import dev.byline.nlp.text.TextSpan;
import dev.byline.search.PassageHit;
import dev.byline.search.QuoteHit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;

/** Reads stored documents back into what searches return: articles, passage hits and quote hits. The one place that decodes stored fields. */
public final class StoredHits {

    private StoredHits() {}

    /** A document stored by another engine (Solr), given as its stored values by field, as the embedded index stores it. */
    public static Document document(Map<String, ? extends Collection<?>> stored) {
        Document doc = new Document();
        stored.forEach((name, values) -> {
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
        });
        return doc;
    }

    public static Article article(Document doc) {
        return new Article(doc.get(Fields.ARTICLE_ID), doc.get(Fields.TITLE), doc.get(Fields.SOURCE), published(doc), doc.get(Fields.URL),
                doc.get(Fields.AUTHOR), doc.get(Fields.TEXT));
    }

    public static PassageHit passage(Document doc, float score) {
        return new PassageHit(doc.get(Fields.ARTICLE_ID), doc.get(Fields.TITLE), doc.get(Fields.SOURCE), published(doc), doc.get(Fields.URL),
                doc.get(Fields.TEXT), number(doc, Fields.START), number(doc, Fields.END), score);
    }

    public static QuoteHit quote(Document doc, float score) {
        String[] texts = doc.getValues(Fields.QUOTE_TEXT);
        IndexableField[] starts = doc.getFields(Fields.QUOTE_START), ends = doc.getFields(Fields.QUOTE_END);
        List<TextSpan> parts = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            parts.add(new TextSpan(starts[i].numericValue().intValue(), ends[i].numericValue().intValue(), texts[i]));
        }
        return new QuoteHit(doc.get(Fields.ARTICLE_ID), doc.get(Fields.TITLE), doc.get(Fields.SOURCE), published(doc), doc.get(Fields.URL),
                doc.get(Fields.SPEAKER), doc.get(Fields.SPEAKER_KEY), doc.get(Fields.ROLE), doc.get(Fields.SPEAKER_MENTION),
                confidence(doc), doc.get(Fields.CUE), parts,
                AttributionType.valueOf(doc.get(Fields.QUOTE_TYPE).toUpperCase(Locale.ROOT)),
                QuoteDocuments.readWhen(doc.get(Fields.SAID)),
                number(doc, Fields.ATTRIBUTION_START), number(doc, Fields.ATTRIBUTION_END),
                number(doc, Fields.CONTEXT_START), number(doc, Fields.CONTEXT_END), score);
    }

    // Quotes indexed before speakers had a confidence were all named outright.
    private static double confidence(Document doc) {
        IndexableField field = doc.getField(Fields.SPEAKER_CONFIDENCE);
        return field == null ? 1.0 : field.numericValue().doubleValue();
    }

    private static LocalDate published(Document doc) {
        String published = doc.get(Fields.PUBLISHED_TEXT);
        return published == null ? null : LocalDate.parse(published);
    }

    private static int number(Document doc, String field) {
        return doc.getField(field).numericValue().intValue();
    }
}
