package dev.byline.web;

import dev.byline.search.Articles;
import io.javalin.http.Context;

/** GET /api/articles/{id}: one article, 404 when unknown; GET /health: liveness and article count. */
public final class ArticleController {

    public record Health(String status, int articles) {}

    private final Articles articles;

    public ArticleController(Articles articles) {
        this.articles = articles;
    }

    public void get(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(articles.find(id).orElseThrow(() -> ApiError.notFound("no article with id '" + id + "'")));
    }

    public void health(Context ctx) {
        ctx.json(new Health("ok", articles.count()));
    }
}
