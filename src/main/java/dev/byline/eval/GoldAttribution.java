package dev.byline.eval;

import dev.byline.nlp.text.TextSpan;
import java.util.List;
import java.util.Objects;

/**
 * One PolNeAR gold attribution (README "Format B"). Each role is null when not annotated.
 *
 * @param source  the source noun phrase, or null
 * @param cue     the cue, or null
 * @param content the covering span of the content (from its first piece to its last), or null
 * @param contentPieces the actual pieces of a discontinuous content; just {@code content} when it is continuous
 */
public record GoldAttribution(TextSpan source, TextSpan cue, TextSpan content, List<TextSpan> contentPieces) {

    public GoldAttribution {
        contentPieces = contentPieces == null || contentPieces.isEmpty()
                ? (content == null ? List.of() : List.of(content)) : List.copyOf(contentPieces);
        if (content != null) {
            for (TextSpan piece : contentPieces) {
                if (piece.start() < content.start() || piece.end() > content.end()) {
                    throw new IllegalArgumentException("content piece outside its covering span");
                }
            }
        }
        Objects.requireNonNull(contentPieces);
    }

    public GoldAttribution(TextSpan source, TextSpan cue, TextSpan content) {
        this(source, cue, content, null);
    }
}
