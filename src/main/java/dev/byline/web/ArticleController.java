package dev.byline.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.byline.index.VectorFiller;
import dev.byline.search.SearchBackend;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * GET /api/articles/{id}: one article, 404 when unknown; GET /articles/{id}: the reading page, which fetches the
 * article itself; GET /health: liveness, article count and, when vectors are on, how many passages still lack one
 * (-1 until first counted); 503 when the store cannot answer.
 */
public final class ArticleController {

    private static final String PAGE = "/web/article.html";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Health(String status, Integer articles, Long vectorsPending, String message) {}

    private final SearchBackend search;
    private final VectorFiller vectors;
    private final Supplier<Optional<String>> unavailable;

    public ArticleController(SearchBackend search) {
        this(search, null, Optional::empty);
    }

    /** With {@code unavailable} saying why the store cannot answer (a cluster that lost a shard or ZooKeeper), if so. */
    public ArticleController(SearchBackend search, VectorFiller vectors, Supplier<Optional<String>> unavailable) {
        this.search = search;
        this.vectors = vectors;
        this.unavailable = unavailable;
    }

    public void get(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(search.article(id).orElseThrow(() -> ApiError.notFound("no article with id '" + id + "'")));
    }

    /** The static reading page; 404 for an unknown id, still with the page so the reader sees why. */
    public void page(Context ctx) throws IOException {
        try (InputStream in = ArticleController.class.getResourceAsStream(PAGE)) {
            if (in == null) throw new IllegalStateException(PAGE + " is missing from the classpath");
            ctx.status(search.article(ctx.pathParam("id")).isPresent() ? 200 : 404).html(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** 200 with the counts when the store answers; 503 with the reason when it does not (load balancers take the server out). */
    public void health(Context ctx) {
        Optional<String> problem = unavailable.get();
        if (problem.isEmpty()) {
            try {
                ctx.json(new Health("ok", search.articleCount(), vectors == null ? null : vectors.remaining(), null));
                return;
            } catch (RuntimeException e) {
                problem = Optional.of(e.getMessage());
            }
        }
        ctx.status(503).json(new Health("unavailable", null, null, problem.get()));
    }
}
