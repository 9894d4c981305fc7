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
    /** A passage's vector, written after the passage (embedding is slow), deleted with its article like the rest. */
    public static final String KIND_VECTOR = "vector";

    /**
     * KnnFloatVectorField (cosine, HNSW), on vector documents: the passage's embedding. Vector documents also carry
     * ARTICLE_ID, PUBLISHED and SOURCE_KEY, so the date and outlet filters apply to them unchanged.
     */
    public static final String VECTOR = "vector";

    /** StringField, stored, on vector documents: "articleId#start", the passage the vector belongs to. */
    public static final String VECTOR_KEY = "vector_key";

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

    // Quote documents: one per attribution the extractor finds. They share the article's ARTICLE_ID, SOURCE,
    // SOURCE_KEY, PUBLISHED and URL fields (so outlet and date filters work on them unchanged) and add these.

    /** TextField (English), stored: the speaker's fullest name; analysed, so "Putin" finds "Vladimir Putin". */
    public static final String SPEAKER = "speaker";

    /** StringField, stored: the extractor's normalised (lower-case) name, for exact grouping of one speaker's quotes. */
    public static final String SPEAKER_KEY = "speaker_key";

    /** StoredField: the words the article names the speaker with ("he", "Putin", "the former president"). */
    public static final String SPEAKER_MENTION = "speaker_mention";

    /** StoredField: how sure the extractor is that the speaker is whom the mention means, in [0, 1]. */
    public static final String SPEAKER_CONFIDENCE = "speaker_confidence";

    /**
     * StringField, not stored, "true" on quotes whose speaker an answer must hedge (confidence below
     * {@link dev.byline.attribution.Speaker#CONFIDENT}); a search by speaker leaves them out unless asked.
     */
    public static final String SPEAKER_HEDGED = "speaker_hedged";

    /** TextField (English), stored: the speaker's role as the article gives it; searchable so "who is" finds it by name or title. */
    public static final String ROLE = "role";

    /** StoredField: the cue ("said", "according to"); shown, never searched. */
    public static final String CUE = "cue";

    /**
     * TextField (English), stored, one value per content part: the words attributed, quote marks included.
     * Stored so an answer can show them without reading the article; the offsets below let it check them.
     */
    public static final String QUOTE_TEXT = "quote_text";

    /** StoredField, one value per content part: the part's offsets in the article text (end exclusive). */
    public static final String QUOTE_START = "quote_start";
    public static final String QUOTE_END = "quote_end";

    /**
     * TextField (English), not stored: the words around the attribution (speaker mention, cue, content), so
     * "Who described X as a red line?" matches the verb and the paraphrase; not stored, the article has the text.
     */
    public static final String QUOTE_CONTEXT = "quote_context";

    /** StoredField: offsets of the attribution itself (speaker mention, cue and content), what an answer checks the question against. */
    public static final String ATTRIBUTION_START = "attribution_start";
    public static final String ATTRIBUTION_END = "attribution_end";

    /** StoredField: offsets of the passage(s) that hold the attribution, the snippet a quote's citation shows. */
    public static final String CONTEXT_START = "context_start";
    public static final String CONTEXT_END = "context_end";

    /** StringField, stored: direct, mixed, indirect or according_to; exact, so a search can ask for verbatim quotes only. */
    public static final String QUOTE_TYPE = "quote_type";

    /** StoredField: when it was said, as "year-month-day-precision" with empty parts unknown, read back into a SaidWhen. */
    public static final String SAID = "said";

    /**
     * NumericDocValuesField: the day the quote is dated for ordering, epoch days: the day said when the text gives a
     * full date, else the publication day. "Newest first" sorts on it; quotes with neither sort last.
     */
    public static final String SAID_DAY = "said_day";
}
