package dev.byline.answer;

import java.time.LocalDate;

/**
 * A source behind an answer: marker number, article metadata, and the cited passage ({@code snippet}, at
 * {@code start}..{@code end} in the article text). {@code citedStart}..{@code citedEnd} are the words the
 * answer relies on, inside the passage, for highlighting.
 */
public record Citation(int n, String articleId, String title, String source, LocalDate published, String url,
                       String snippet, int start, int end, int citedStart, int citedEnd) {

    public Citation {
        if (n < 1) throw new IllegalArgumentException("citation numbers start at 1");
        if (end - start != snippet.length()) throw new IllegalArgumentException("snippet does not span " + start + ".." + end);
        if (citedStart < start || citedEnd > end || citedEnd < citedStart) {
            throw new IllegalArgumentException("cited words " + citedStart + ".." + citedEnd + " fall outside the passage " + start + ".." + end);
        }
    }
}
