package dev.byline.index;

/**
 * Every Lucene field name Byline writes, with the reason for its type. One index holds three kinds of
 * document (see {@link #KIND}); all documents of one article share {@link #ARTICLE_ID}, so a single
 * delete-by-term replaces an article with its passages and quotes atomically.
 */
public final class Fields {

    private Fields() {}

    /** StringField: "article", "passage" or "quote"; exact, so a TermQuery picks one kind of document. */
    public static final String KIND = "kind";
    public static final String KIND_ARTICLE = "article";
    public static final String KIND_PASSAGE = "passage";
    public static final String KIND_QUOTE = "quote";

    /** StringField, stored: the article id on every document of the article; exact, the key for updates and deletes. */
    public static final String ARTICLE_ID = "article_id";

    /** StringField, stored, on the article document only: content hash, so an unchanged article is skipped on re-ingest. */
    public static final String HASH = "hash";

    /** StringField, stored, on the article document only: the absolute file it came from, so --prune finds articles whose file left. */
    public static final String ORIGIN = "origin";

    /** TextField (English, stemmed), stored: on passages too, for the title boost and so a hit shows its headline without a second lookup. */
    public static final String TITLE = "title";

    /** TextField (English, stemmed), stored: the full text on articles, the passage text on passages. */
    public static final String TEXT = "text";

    /** StoredField: the outlet as written, for display. */
    public static final String SOURCE = "source";

    /** StringField, lower-cased: the outlet for exact, case-insensitive filtering. */
    public static final String SOURCE_KEY = "source_key";

    /**
     * LongPoint + NumericDocValuesField: publication day as epoch days. The point answers range filters
     * (from/to/asOf), the doc values answer sorting by date and "has a date" checks.
     */
    public static final String PUBLISHED = "published";

    /** StoredField: ISO publication day for display (the point and doc values cannot be read back as text cheaply). */
    public static final String PUBLISHED_TEXT = "published_text";

    /** StoredField: link to the original. */
    public static final String URL = "url";

    /** StoredField: author names. */
    public static final String AUTHOR = "author";

    /** StoredField on passages: position of the passage in its article, and its character offsets (end exclusive). */
    public static final String ORDINAL = "ordinal";
    public static final String START = "start";
    public static final String END = "end";
}
