package dev.byline.index;

import dev.byline.attribution.Attribution;
import dev.byline.corpus.Article;
import dev.byline.nlp.text.Passages.Passage;
import java.util.List;
import java.util.Objects;

/**
 * An article ready for a store: its passages and attributions found, its content hash (so a later ingest can tell it
 * is unchanged) and the file it came from ({@code origin}, absolute; null when it came from no file).
 */
public record AnalyzedArticle(Article article, String origin, String hash, List<Passage> passages, List<Attribution> attributions) {

    public AnalyzedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(hash, "hash");
        passages = List.copyOf(passages);
        attributions = List.copyOf(attributions);
    }
}
