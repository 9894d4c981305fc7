package dev.byline.corpus;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where an article came from: the file, the ingest root it was found under, and the 1-based line
 * (0 when the whole file is one article). For a {@code .json} array the "line" is the element number (index + 1).
 */
public record SourcedArticle(Article article, Path file, Path root, int line) {

    public SourcedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(root, "root");
        if (line < 0) throw new IllegalArgumentException("line must be >= 0, was " + line);
    }
}
