package dev.byline.testing;

import dev.byline.corpus.Article;
import dev.byline.web.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small corpora written to temp folders in the formats Byline reads. */
public final class Corpora {

    private Corpora() {}

    /** The seed article checked into corpus/, as the tests see it from the project folder. */
    public static final Path SEED = Path.of("corpus", "seed-putin-syria.txt");

    public static Article article(String id, String title, String source, String published, String text) {
        return new Article(id, title, source, published == null ? null : LocalDate.parse(published), null, null, text);
    }

    /** Writes the articles as one Format-A JSONL file and returns its path. */
    public static Path jsonl(Path dir, String name, List<Article> articles) {
        List<String> lines = new ArrayList<>();
        for (Article a : articles) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", a.id());
            line.put("title", a.title());
            line.put("source", a.source());
            line.put("published", a.published() == null ? null : a.published().toString());
            line.put("url", a.url());
            line.put("author", a.author());
            line.put("text", a.text());
            lines.add(Json.write(line));
        }
        try {
            Files.createDirectories(dir);
            return Files.write(dir.resolve(name), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finds a shared evaluation file (../shared/data/...) when this machine has it. */
    public static Path sharedData(String relative) {
        for (Path base : List.of(Path.of("..", "shared", "data"), Path.of("/work/shared/data"))) {
            Path candidate = base.resolve(relative);
            if (Files.exists(candidate)) return candidate;
        }
        return null;
    }
}
