package dev.byline.web;

import dev.byline.attribution.AttributionType;
import dev.byline.attribution.DatePrecision;
import dev.byline.search.QuoteHit;
import dev.byline.search.QuoteQuery;
import dev.byline.search.SearchBackend;
import dev.byline.search.SearchFilter;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;

/**
 * GET /api/quotes: quotes by speaker, words, publication dates and outlet, newest first. By speaker, only the quotes
 * whose speaker the extractor is confident of, unless {@code hedged=true}; each quote carries its
 * {@code speakerConfidence} and the article's own {@code speakerMention}.
 */
public final class QuoteController {

    static final int DEFAULT_LIMIT = 20;

    public record Quotes(List<Quote> quotes) {}

    /** One part of the words, with its offsets in the article text. */
    public record Part(String text, int start, int end) {}

    /**
     * A quote as the API lists it. {@code date} is ISO 8601 as far as known ("2016-03-14", "2016-03", "2016"), the
     * article's words when the year is unknown ("March 14"), null when nothing tells when; {@code start}/{@code end}
     * span the words in the article text, {@code parts} give each piece of a split quote.
     */
    public record Quote(String speaker, String role, String speakerMention, double speakerConfidence, boolean hedged,
                        String text, String cue, String date, DatePrecision datePrecision,
                        AttributionType type, String articleId, String title, String source, LocalDate published, String url,
                        int start, int end, List<Part> parts) {
        static Quote of(QuoteHit h) {
            return new Quote(h.speaker(), h.role(), h.speakerMention(), h.speakerConfidence(), h.hedged(), h.text(), h.cue(),
                    h.isoDate(), h.when().precision(), h.type(), h.articleId(),
                    h.title(), h.source(), h.published(), h.url(), h.start(), h.end(),
                    h.parts().stream().map(p -> new Part(p.text(), p.start(), p.end())).toList());
        }
    }

    private final SearchBackend search;

    public QuoteController(SearchBackend search) {
        this.search = search;
    }

    public void get(Context ctx) {
        SearchFilter filter = Requests.filter(ctx.queryParam("from"), ctx.queryParam("to"), ctx.queryParam("asOf"), ctx.queryParams("source"));
        int limit = Requests.limit(ctx, DEFAULT_LIMIT, SearchBackend.MAX_LIMIT);
        QuoteQuery query = new QuoteQuery(ctx.queryParam("speaker"), ctx.queryParam("q"), Requests.flag(ctx, "hedged"));
        ctx.json(new Quotes(search.latestQuotes(query, filter, limit).hits().stream().map(Quote::of).toList()));
    }
}
