package dev.byline.nlp.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quoted stretches of a text, marks included (PolNeAR's content spans include them).
 * Handles curly, straight, typewriter ({@code ''}), guillemet and German marks, mismatched pairs, apostrophes
 * inside words, quotes that run over several paragraphs (each reopened, only the last one closed), and a
 * quote left open, which closes at the end of its paragraph.
 */
public final class Quotations {

    /** One quotation: {@code start} at its opening mark, {@code end} after its closing mark or paragraph end. */
    public record Quotation(int start, int end, boolean closed) {
        public Quotation {
            if (start < 0 || end <= start) throw new IllegalArgumentException("bad quotation " + start + ".." + end);
        }

        /** The words inside the marks, trimmed. */
        public String inner(String text) {
            int s = start;
            int e = end;
            while (s < e && isMarkOrSpace(text.charAt(s))) s++;
            while (e > s && isMarkOrSpace(text.charAt(e - 1))) e--;
            return text.substring(s, e);
        }
    }

    List<Quotation> find(String text) {
        List<Quotation> out = new ArrayList<>();
        int open = -1;
        char opener = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int width = (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'')
                    || (c == '`' && i + 1 < text.length() && text.charAt(i + 1) == '`') ? 2 : 1;
            boolean doubleMark = width == 2 || c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
            if (c == '\n') {
                if (open >= 0) {
                    int next = skipSpace(text, i);
                    if (next < text.length() && opensParagraph(text, next)) {
                        // Newspaper convention: a quote running on into the next paragraph is reopened, not closed.
                        i = next + markWidth(text, next);
                        continue;
                    }
                    out.add(new Quotation(open, trimEnd(text, open, i), false));
                    open = -1;
                }
                i++;
                continue;
            }
            if (doubleMark) {
                boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1));
                boolean wordAfter = i + width < text.length() && !Character.isWhitespace(text.charAt(i + width));
                if (open < 0) {
                    boolean canOpen = c != '»' && (c != '”' || spaceBefore) && wordAfter;
                    if (canOpen) {
                        open = i;
                        opener = c;
                    }
                } else if (c == '“' && opener != '„' && spaceBefore && wordAfter && i > open + 1) {
                    // A fresh opening mark while a quote is open: the earlier one was never closed.
                    out.add(new Quotation(open, trimEnd(text, open, i), false));
                    open = i;
                    opener = c;
                } else if (c != '„' && c != '«' && !(c == '`')) {
                    out.add(new Quotation(open, i + width, true));
                    open = -1;
                }
            }
            i += width;
        }
        if (open >= 0) out.add(new Quotation(open, trimEnd(text, open, text.length()), false));
        addSingleQuoted(text, out);
        out.sort(java.util.Comparator.comparingInt(Quotation::start));
        return out;
    }

    // Single marks double as apostrophes, so they only count at word edges, within one paragraph, outside double quotes.
    private static void addSingleQuoted(String text, List<Quotation> doubles) {
        List<Quotation> found = new ArrayList<>();
        int d = 0;
        int i = 0;
        while (i < text.length()) {
            while (d < doubles.size() && doubles.get(d).end() <= i) d++;
            if (d < doubles.size() && doubles.get(d).start() <= i) {
                i = doubles.get(d).end();
                continue;
            }
            char c = text.charAt(i);
            boolean edgeBefore = i == 0 || " \t\n([—–-".indexOf(text.charAt(i - 1)) >= 0;
            if ((c == '‘' || c == '\'') && edgeBefore && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))
                    && !(i + 1 < text.length() && text.charAt(i + 1) == '\'')) {
                int limit = text.indexOf('\n', i);
                if (limit < 0) limit = text.length();
                if (d < doubles.size()) limit = Math.min(limit, doubles.get(d).start());
                int close = findSingleClose(text, i + 1, limit);
                if (close > 0) {
                    found.add(new Quotation(i, close, true));
                    i = close;
                    continue;
                }
            }
            i++;
        }
        doubles.addAll(found);
    }

    private static int findSingleClose(String text, int from, int limit) {
        for (int j = from; j < limit; j++) {
            char c = text.charAt(j);
            if (c != '’' && c != '\'') continue;
            boolean wordBefore = !Character.isWhitespace(text.charAt(j - 1));
            boolean wordAfter = j + 1 < text.length() && Character.isLetterOrDigit(text.charAt(j + 1));
            boolean pluralPossessive = text.charAt(j - 1) == 's' && j + 1 < text.length() && text.charAt(j + 1) == ' '
                    && j + 2 < text.length() && Character.isLowerCase(text.charAt(j + 2));
            if (wordBefore && !wordAfter && !pluralPossessive) return j + 1;
        }
        return -1;
    }

    private static boolean opensParagraph(String text, int at) {
        char c = text.charAt(at);
        return c == '“' || c == '"' || c == '„' || c == '«' || text.startsWith("''", at) || text.startsWith("``", at);
    }

    private static int markWidth(String text, int at) {
        return text.startsWith("''", at) || text.startsWith("``", at) ? 2 : 1;
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start + 1 && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }

    public static boolean isMarkOrSpace(char c) {
        return Character.isWhitespace(c) || "\"'“”‘’„«»`".indexOf(c) >= 0;
    }
}
