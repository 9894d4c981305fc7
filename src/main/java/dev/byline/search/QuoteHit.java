package dev.byline.search;

import dev.byline.attribution.AttributionType;
import dev.byline.attribution.SaidWhen;
import dev.byline.nlp.text.TextSpan;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A quote from the index: who said it (name, normalised name, role, the words the article names them with and how sure
 * the extractor is of whom those words mean), the cue, the words in their parts with their
 * offsets in the article text, how and when it was said, its article's metadata, the span of the whole attribution
 * (speaker, cue and words) and the passage span that holds it (the snippet a citation shows).
 */
public record QuoteHit(String articleId, String title, String source, LocalDate published, String url,
                       String speaker, String speakerKey, String role, String speakerMention, double speakerConfidence,
                       String cue, List<TextSpan> parts,
                       AttributionType type, SaidWhen when, int attributionStart, int attributionEnd,
                       int contextStart, int contextEnd, float score) {

    public QuoteHit {
        if (articleId == null || articleId.isBlank()) throw new IllegalArgumentException("quote without article id");
        if (speaker == null || speaker.isBlank()) throw new IllegalArgumentException("quote without speaker");
        if (speakerMention == null || speakerMention.isBlank()) speakerMention = speaker;
        if (!(speakerConfidence >= 0 && speakerConfidence <= 1)) throw new IllegalArgumentException("confidence " + speakerConfidence);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(when, "when");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) throw new IllegalArgumentException("quote without words");
        if (contextStart > attributionStart || contextEnd < attributionEnd || contextStart > parts.getFirst().start() || contextEnd < parts.getLast().end()) {
            throw new IllegalArgumentException("context " + contextStart + ".." + contextEnd + " does not hold the quote");
        }
    }

    /** Whether an answer must hedge the speaker: say the article's own words for them and whom they most likely mean. */
    public boolean hedged() {
        return speakerConfidence < dev.byline.attribution.Speaker.CONFIDENT;
    }

    /** The words, parts joined with " … ". */
    public String text() {
        return TextSpan.joined(parts);
    }

    public int start() {
        return parts.getFirst().start();
    }

    public int end() {
        return parts.getLast().end();
    }

    /** When it was said, ISO 8601 as far as known ("2016-03-14", "2016-03", "2016"); the article's words when the year is unknown ("March 14"); null when nothing tells. */
    public String isoDate() {
        return when.iso();
    }

    /** The day used for "newest first": the day said when fully known, else the publication day; null when neither. */
    public LocalDate day() {
        return when.date() != null ? when.date() : published;
    }
}
