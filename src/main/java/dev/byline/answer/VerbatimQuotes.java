package dev.byline.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quoted words in an answer sentence and where they occur verbatim in a source passage. Quote marks
 * (“”‘’"'«»), dashes, letter case and runs of whitespace are normalised before comparing; an ellipsis inside a
 * quote stands for omitted words, so each piece must occur, in order.
 */
final class VerbatimQuotes {

    private VerbatimQuotes() {}

    /** The quoted strings in {@code sentence}, outermost quotes only; an unclosed quote runs to the end. */
    static List<String> in(String sentence) {
        List<String> quotes = new ArrayList<>();
        int i = 0;
        while (i < sentence.length()) {
            char c = sentence.charAt(i);
            int close = -1;
            if (c == '“' || c == '«' || c == '„') close = indexOfAny(sentence, i + 1, c == '«' ? "»" : "”\"");
            else if (c == '"') close = sentence.indexOf('"', i + 1);
            else if ((c == '‘' || c == '\'') && opensQuote(sentence, i)) close = singleClose(sentence, i + 1, c);
            else {
                i++;
                continue;
            }
            if (c == '\'' && close < 0) { // an apostrophe after all
                i++;
                continue;
            }
            int end = close < 0 ? sentence.length() : close;
            String quoted = sentence.substring(i + 1, end);
            if (quoted.chars().anyMatch(Character::isLetterOrDigit)) quotes.add(quoted);
            i = end + 1;
        }
        return quotes;
    }

    /** Where {@code quote} occurs in {@code passage}, as [start, end) in the passage, or null when it does not. */
    static int[] find(String quote, String passage) {
        Normal text = Normal.of(passage);
        int from = 0, start = -1, end = -1;
        for (String piece : quote.split("\\.\\.\\.|…")) {
            String needle = trim(Normal.of(piece).text);
            if (needle.isEmpty()) continue;
            int at = text.text.indexOf(needle, from);
            if (at < 0) return null;
            if (start < 0) start = text.origin[at];
            end = text.origin[at + needle.length() - 1] + 1;
            from = at + needle.length();
        }
        return start < 0 ? null : new int[] {start, end};
    }

    private static boolean opensQuote(String s, int i) {
        boolean afterBoundary = i == 0 || Character.isWhitespace(s.charAt(i - 1)) || "(“\"[—-".indexOf(s.charAt(i - 1)) >= 0;
        return afterBoundary && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
    }

    /** The closing single quote: one not followed by a letter, so "Assad’s" does not end "‘the country’s goals’". */
    private static int singleClose(String s, int from, char open) {
        String closers = open == '‘' ? "’'" : "'";
        for (int i = from; i < s.length(); i++) {
            if (closers.indexOf(s.charAt(i)) >= 0 && !Character.isWhitespace(s.charAt(i - 1))
                    && (i + 1 == s.length() || !Character.isLetter(s.charAt(i + 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfAny(String s, int from, String chars) {
        for (int i = from; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }

    /** Sentence punctuation a writer moves in or out of a quote ("tomorrow," becomes "tomorrow."). */
    private static String trim(String s) {
        int a = 0, b = s.length();
        while (a < b && " .,;:!?\"'".indexOf(s.charAt(a)) >= 0) a++;
        while (b > a && " .,;:!?\"'".indexOf(s.charAt(b - 1)) >= 0) b--;
        return s.substring(a, b);
    }

    /** Text folded for comparison, with each folded character's index in the original. */
    private record Normal(String text, int[] origin) {
        static Normal of(String s) {
            StringBuilder out = new StringBuilder(s.length());
            int[] origin = new int[s.length()];
            for (int i = 0; i < s.length(); i++) {
                char c = fold(s.charAt(i));
                char last = out.isEmpty() ? ' ' : out.charAt(out.length() - 1);
                if ((c == ' ' && last == ' ') || (c == '-' && last == '-')) continue;
                origin[out.length()] = i;
                out.append(c);
            }
            return new Normal(out.toString(), origin);
        }

        private static char fold(char c) {
            if (Character.isWhitespace(c) || c == '\u00a0') return ' ';
            return switch (c) {
                case '“', '”', '„', '‟', '«', '»', '″' -> '"';
                case '‘', '’', '‚', '‛', '′' -> '\'';
                case '–', '—', '―', '‐', '‑' -> '-';
                default -> Character.toLowerCase(c);
            };
        }
    }
}
