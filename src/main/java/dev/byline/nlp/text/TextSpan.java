package dev.byline.nlp.text;

import java.util.Objects;

/**
 * A stretch of an article's text: offsets into {@code article.text()}, end exclusive, and the text itself.
 * Offsets are Java {@code String} indices (UTF-16 units).
 */
public record TextSpan(int start, int end, String text) {

    /** The words of several spans as one quotation: parts joined with " … ". */
    public static String joined(java.util.List<TextSpan> parts) {
        return parts.stream().map(TextSpan::text).collect(java.util.stream.Collectors.joining(" … "));
    }

    public TextSpan {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
        Objects.requireNonNull(text, "text");
        if (text.length() != end - start) {
            throw new IllegalArgumentException("span text has " + text.length() + " chars for " + start + ".." + end);
        }
    }

    /** The span of {@code text} from {@code start} to {@code end}. */
    public static TextSpan of(String text, int start, int end) {
        return new TextSpan(start, end, text.substring(start, end));
    }

    public int length() {
        return end - start;
    }

    /** True when the two spans share at least one character. */
    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
