package dev.byline.corpus;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as Byline knows it: what the reader found, before any analysis or indexing.
 *
 * @param id        stable, unique id; readers derive one from the file path when the source has none
 * @param title     headline, "" when the source has none
 * @param source    the outlet ("BBC"), or null when unknown
 * @param published publication day, or null when unknown
 * @param url       link to the original, or null
 * @param author    author names joined with ", ", or null
 * @param text      the body; never blank
 */
public record Article(String id, String title, String source, LocalDate published, String url, String author, String text) {

    public Article {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) throw new IllegalArgumentException("article id is blank");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) throw new IllegalArgumentException("article " + id + " has empty text");
        title = title == null ? "" : title.strip();
        source = blankToNull(source);
        url = blankToNull(url);
        author = blankToNull(author);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
