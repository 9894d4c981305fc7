package dev.byline.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * An article's fields as a reader found them, before the checks that make an {@link Article}. Any field may be
 * null here: deciding what a missing field means is {@link #emit}'s job, in one place for every format.
 */
record RawArticle(String id, String title, String source, String published, String url, String author, String text) {

    /**
     * Sends the article to the sink, or a problem when it has no text. A missing id becomes {@code fallbackId};
     * an unparseable date becomes null and a problem, because the article is still worth having.
     */
    void emit(CorpusFile from, int line, String fallbackId, CorpusSink sink) {
        if (text == null || text.isBlank()) {
            sink.problem(from.problem(line, "empty text"));
            return;
        }
        LocalDate day = null;
        if (published != null && !published.isBlank()) {
            try {
                day = PublishedDates.parse(published);
            } catch (DateTimeParseException e) {
                sink.problem(from.fixed(line, "unparseable date '" + published.strip() + "'"));
            }
        }
        String articleId = id == null || id.isBlank() ? fallbackId : id.strip();
        Article article = new Article(articleId, title, source, day, url, author, text);
        sink.article(new SourcedArticle(article, from.file(), from.root(), line));
    }
}
