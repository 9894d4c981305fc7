package dev.byline.index.lucene;

import dev.byline.attribution.Attribution;
import dev.byline.attribution.SaidWhen;
import dev.byline.corpus.Article;
import dev.byline.index.Fields;
import dev.byline.nlp.text.Passages.Passage;
import dev.byline.nlp.text.TextSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/** Maps an article's attributions to quote documents: who, what (with offsets), how, when, and the passage that holds it. */
public final class QuoteDocuments {

    private QuoteDocuments() {}

    /** One document per attribution with a named speaker; an attribution nobody is named for cannot answer "who said". */
    static List<Document> map(Article article, List<Attribution> attributions, List<Passage> passages) {
        List<Document> docs = new ArrayList<>();
        for (Attribution a : attributions) {
            if (a.speaker() == null) continue;
            docs.add(map(article, a, passages));
        }
        return docs;
    }

    private static Document map(Article article, Attribution a, List<Passage> passages) {
        Document doc = new Document();
        doc.add(new StringField(Fields.KIND, Fields.KIND_QUOTE, Field.Store.NO));
        ArticleDocuments.addShared(doc, article);
        doc.add(new TextField(Fields.TITLE, article.title(), Field.Store.YES)); // same field type as on passages, as Lucene requires
        doc.add(new TextField(Fields.SPEAKER, a.speaker().name(), Field.Store.YES));
        doc.add(new StringField(Fields.SPEAKER_KEY, a.speaker().normalized(), Field.Store.YES));
        if (a.speaker().role() != null) doc.add(new TextField(Fields.ROLE, a.speaker().role(), Field.Store.YES));
        doc.add(new StoredField(Fields.SPEAKER_MENTION, a.speaker().mention().text()));
        doc.add(new StoredField(Fields.SPEAKER_CONFIDENCE, a.speaker().confidence()));
        if (a.speaker().hedged()) doc.add(new StringField(Fields.SPEAKER_HEDGED, "true", Field.Store.NO));
        if (a.cue() != null) doc.add(new StoredField(Fields.CUE, a.cue().text()));
        for (TextSpan part : a.content()) {
            doc.add(new TextField(Fields.QUOTE_TEXT, part.text(), Field.Store.YES));
            doc.add(new StoredField(Fields.QUOTE_START, part.start()));
            doc.add(new StoredField(Fields.QUOTE_END, part.end()));
        }
        int from = Math.min(a.contentStart(), a.speaker().mention().start());
        int to = Math.max(a.contentEnd(), a.speaker().mention().end());
        if (a.cue() != null) {
            from = Math.min(from, a.cue().start());
            to = Math.max(to, a.cue().end());
        }
        int[] context = context(passages, from, to);
        doc.add(new TextField(Fields.QUOTE_CONTEXT, article.text().substring(from, to), Field.Store.NO));
        doc.add(new StoredField(Fields.ATTRIBUTION_START, from));
        doc.add(new StoredField(Fields.ATTRIBUTION_END, to));
        doc.add(new StoredField(Fields.CONTEXT_START, context[0]));
        doc.add(new StoredField(Fields.CONTEXT_END, context[1]));
        doc.add(new StringField(Fields.QUOTE_TYPE, a.type().jsonName(), Field.Store.YES));
        doc.add(new StoredField(Fields.SAID, writeWhen(a.when())));
        LocalDate day = a.when().date() != null ? a.when().date() : article.published();
        if (day != null) doc.add(new NumericDocValuesField(Fields.SAID_DAY, day.toEpochDay()));
        return doc;
    }

    /** The passages from the one holding {@code from} to the one holding {@code to}; the span itself when no passage holds it. */
    static int[] context(List<Passage> passages, int from, int to) {
        int start = from, end = to;
        for (Passage p : passages) {
            if (p.start() <= from && from < p.end()) start = p.start();
            if (p.start() < to && to <= p.end()) end = Math.max(end, p.end());
        }
        return new int[] {Math.min(start, from), Math.max(end, to)};
    }

    static String writeWhen(SaidWhen when) {
        return part(when.year()) + "-" + part(when.month()) + "-" + part(when.day()) + "-" + when.precision().name();
    }

    private static String part(Integer value) {
        return value == null ? "" : value.toString();
    }

    /** Reads {@link #writeWhen} back. */
    public static SaidWhen readWhen(String stored) {
        String[] parts = stored.split("-", -1);
        return new SaidWhen(number(parts[0]), number(parts[1]), number(parts[2]), dev.byline.attribution.DatePrecision.valueOf(parts[3]));
    }

    private static Integer number(String part) {
        return part.isEmpty() ? null : Integer.valueOf(part);
    }
}
