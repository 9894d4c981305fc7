package dev.byline.attribution;

import dev.byline.nlp.text.TextSpan;
import java.util.List;
import java.util.Objects;

/**
 * One act of reporting in an article: who said what (and when), with offsets so that answers can cite the text.
 *
 * @param speaker who said it, or null when the article does not say (or says only "I"/"we")
 * @param cue     the speech verb or sourcing phrase ("said", "according to"), or null for a floating quote
 * @param content what was said, in text order; a split quote has several parts, never empty
 * @param type    direct, mixed, indirect or according_to
 * @param when    when it was said, as far as known
 */
public record Attribution(Speaker speaker, TextSpan cue, List<TextSpan> content, AttributionType type, SaidWhen when) {

    public Attribution {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(when, "when");
        content = List.copyOf(Objects.requireNonNull(content, "content"));
        if (content.isEmpty()) throw new IllegalArgumentException("an attribution needs content");
        for (int i = 1; i < content.size(); i++) {
            if (content.get(i).start() < content.get(i - 1).end()) {
                throw new IllegalArgumentException("content parts must be in text order and disjoint");
            }
        }
    }

    /** The words attributed, parts joined with " … ". */
    public String quoteText() {
        return TextSpan.joined(content);
    }

    /** From the start of the first content part to the end of the last. */
    public int contentStart() {
        return content.getFirst().start();
    }

    public int contentEnd() {
        return content.getLast().end();
    }
}
