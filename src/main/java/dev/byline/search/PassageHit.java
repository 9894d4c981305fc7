package dev.byline.search;

import java.time.LocalDate;

/** A retrieved passage with the metadata of its article; start/end are its offsets in the article text. */
public record PassageHit(String articleId, String title, String source, LocalDate published, String url,
                         String text, int start, int end, float score) {

    public PassageHit {
        if (articleId == null || articleId.isBlank()) throw new IllegalArgumentException("hit without article id");
        if (text == null) throw new IllegalArgumentException("hit without text");
        if (end - start != text.length()) throw new IllegalArgumentException("offsets " + start + ".." + end + " do not span the passage text");
    }
}
