package dev.byline.web;

import dev.byline.search.PassageHit;
import dev.byline.search.SearchBackend;
import dev.byline.search.SearchFilter;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;

/** GET /api/search: passages for a query, best first. */
public final class SearchController {

    static final int DEFAULT_LIMIT = 10;

    public record Hits(List<Hit> hits) {}

    /** A hit as the API shows it: the passage text is the snippet. */
    public record Hit(String articleId, String title, String source, LocalDate published, String url, String snippet,
                      int start, int end, float score) {
        static Hit of(PassageHit h) {
            return new Hit(h.articleId(), h.title(), h.source(), h.published(), h.url(), h.text(), h.start(), h.end(), h.score());
        }
    }

    private final SearchBackend search;

    public SearchController(SearchBackend search) {
        this.search = search;
    }

    public void get(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) throw ApiError.badRequest("invalid_query", "'q' is required and must not be blank");
        SearchFilter filter = Requests.filter(ctx.queryParam("from"), ctx.queryParam("to"), ctx.queryParam("asOf"), ctx.queryParams("source"));
        int limit = Requests.limit(ctx, DEFAULT_LIMIT, SearchBackend.MAX_LIMIT);
        ctx.json(new Hits(search.passages(q, filter, limit).hits().stream().map(Hit::of).toList()));
    }
}
