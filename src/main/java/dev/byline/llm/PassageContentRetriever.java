package dev.byline.llm;

import dev.byline.search.PassageHit;
import dev.byline.search.SearchBackend;
import dev.byline.search.SearchFilter;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.List;
import java.util.function.Function;

/**
 * Byline's retrieval as a LangChain4j {@link ContentRetriever}: the same BM25 passages the extractive answerer
 * reads, each {@link Content} carrying its article's metadata, so LLM answers need no second retrieval path.
 */
public final class PassageContentRetriever implements ContentRetriever {

    /** Metadata keys on every retrieved segment. */
    public static final String ARTICLE_ID = "articleId", TITLE = "title", SOURCE = "source", PUBLISHED = "published",
            URL = "url", START = "start", END = "end", SCORE = "score";

    static final int DEFAULT_MAX_RESULTS = 6;

    private final SearchBackend search;
    private final Function<Query, SearchFilter> filters;
    private final int maxResults;

    /** {@code filters} picks the filter for a query (e.g. from the conversation's settings); use {@code q -> SearchFilter.NONE} for none. */
    public PassageContentRetriever(SearchBackend search, Function<Query, SearchFilter> filters, int maxResults) {
        this.search = search;
        this.filters = filters;
        this.maxResults = maxResults;
    }

    public PassageContentRetriever(SearchBackend search) {
        this(search, q -> SearchFilter.NONE, DEFAULT_MAX_RESULTS);
    }

    @Override
    public List<Content> retrieve(Query query) {
        return search.passages(query.text(), filters.apply(query), maxResults).hits().stream().map(PassageContentRetriever::toContent).toList();
    }

    /** The hit a retrieved content came from: its text and article metadata, as {@link #toContent} stored them. */
    public static PassageHit toHit(Content content) {
        TextSegment segment = content.textSegment();
        Metadata m = segment.metadata();
        String published = m.getString(PUBLISHED);
        Double score = m.getDouble(SCORE);
        return new PassageHit(m.getString(ARTICLE_ID), m.getString(TITLE), m.getString(SOURCE),
                published == null ? null : java.time.LocalDate.parse(published), m.getString(URL), segment.text(),
                m.getInteger(START), m.getInteger(END), score == null ? 0f : score.floatValue());
    }

    static Content toContent(PassageHit hit) {
        Metadata metadata = new Metadata()
                .put(ARTICLE_ID, hit.articleId())
                .put(TITLE, hit.title() == null ? "" : hit.title())
                .put(START, hit.start())
                .put(END, hit.end())
                .put(SCORE, (double) hit.score());
        if (hit.source() != null) metadata.put(SOURCE, hit.source());
        if (hit.published() != null) metadata.put(PUBLISHED, hit.published().toString());
        if (hit.url() != null) metadata.put(URL, hit.url());
        return Content.from(TextSegment.from(hit.text(), metadata));
    }
}
