package dev.byline.answer;

import dev.byline.nlp.text.TextSpan;
import java.util.List;

/**
 * The last gate before a quote reaches anyone: every quoted piece must be exactly the article's text at the offsets
 * it cites. An index out of step with its articles, or a bug upstream, then shows as a dropped quote, never a misquote.
 */
public final class QuoteCheck {

    /** True when every piece is non-empty and equals {@code articleText} at its offsets. */
    public boolean holds(String articleText, List<TextSpan> pieces) {
        if (articleText == null || pieces.isEmpty()) return false;
        for (TextSpan piece : pieces) {
            if (piece.length() == 0 || piece.end() > articleText.length()) return false;
            if (!articleText.regionMatches(piece.start(), piece.text(), 0, piece.length())) return false;
        }
        return true;
    }
}
