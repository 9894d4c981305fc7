package dev.byline.answer;

import dev.byline.attribution.AttributionType;
import dev.byline.attribution.DatePrecision;
import java.util.Objects;

/**
 * A quote as an answer shows it (the {@code quotes} array of the chat response): who, in what role, the words
 * (checked against the article), the cue, when, how it was reported, and the citation number {@code n}.
 *
 * @param speakerMention    the words the article names the speaker with ("he", "Calderon")
 * @param speakerConfidence how sure the extractor is that {@code speaker} is whom those words mean, in [0, 1]; below
 *                          {@link dev.byline.attribution.Speaker#CONFIDENT} the answer hedges ({@code hedged})
 * @param date ISO 8601 as far as known ("2016-03-14", "2016-03", "2016"); when the year is unknown, the words the
 *             article gives ("March 14"); null when nothing tells when
 */
public record AnsweredQuote(String speaker, String role, String speakerMention, double speakerConfidence, boolean hedged,
                            String text, String cue, String date, DatePrecision datePrecision,
                            AttributionType type, String articleId, int n) {

    public AnsweredQuote {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(datePrecision, "datePrecision");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(articleId, "articleId");
        if (n < 1) throw new IllegalArgumentException("citation numbers start at 1");
    }
}
