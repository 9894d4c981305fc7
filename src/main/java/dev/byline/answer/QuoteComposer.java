package dev.byline.answer;

import dev.byline.attribution.AttributionType;
import dev.byline.attribution.SaidWhen;
import dev.byline.nlp.text.TextSpan;
import dev.byline.search.QuoteHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes quote answers: the speaker with their role, the words verbatim (long parts shortened at a sentence end, the
 * cut marked with "…"), the date at its precision ("in an undated article" when nothing tells), and a citation each.
 * One quote is one line; several make a list, one line each, in the order given.
 */
final class QuoteComposer {

    /** A quote part longer than this is cut at a sentence end (else a word end) before it. */
    static final int MAX_PART_CHARS = 320;
    private static final String OPENING = "“\"‘«";
    private static final String CLOSING = "”\"’»";

    /** A quote to show: the hit and the article text it was checked against. */
    record Shown(QuoteHit hit, String articleText) {}

    /** The pieces of the article an answer quotes for {@code hit}: its parts, long ones shortened. */
    static List<TextSpan> pieces(QuoteHit hit) {
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan part : hit.parts()) out.add(shorten(part));
        return out;
    }

    static TextSpan shorten(TextSpan part) {
        if (part.length() <= MAX_PART_CHARS) return part;
        String text = part.text();
        int cut = -1;
        for (int i = MAX_PART_CHARS; i > 80; i--) {
            char c = text.charAt(i - 1);
            if ((c == '.' || c == '?' || c == '!') && Character.isWhitespace(text.charAt(i))) {
                cut = i;
                break;
            }
        }
        if (cut < 0) cut = Math.max(text.lastIndexOf(' ', MAX_PART_CHARS), 1);
        return new TextSpan(part.start(), part.start() + cut, text.substring(0, cut).stripTrailing());
    }

    static AnswerResult compose(List<Shown> shown, AnswerKind kind, Searched searched) {
        List<String> lines = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        List<AnsweredQuote> quotes = new ArrayList<>();
        for (Shown s : shown) {
            int n = citations.size() + 1;
            QuoteHit hit = s.hit();
            List<TextSpan> pieces = pieces(hit);
            String words = display(hit, pieces);
            lines.add(line(hit, words, n));
            citations.add(citation(hit, s.articleText(), pieces, n));
            quotes.add(new AnsweredQuote(hit.speaker(), hit.role(), hit.speakerMention(), hit.speakerConfidence(), hit.hedged(),
                    words, hit.cue(), hit.isoDate(), hit.when().precision(), hit.type(), hit.articleId(), n));
        }
        String text = lines.size() == 1 ? lines.getFirst() : lines.stream().map(l -> "- " + l).collect(Collectors.joining("\n"));
        return new AnswerResult(new Answer(text, kind, AnswerMode.EXTRACTIVE), citations, searched, quotes);
    }

    /** The pieces joined with " … "; a piece cut short ends in "…" and gets its closing mark back. */
    static String display(QuoteHit hit, List<TextSpan> pieces) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            TextSpan piece = pieces.get(i), part = hit.parts().get(i);
            if (piece.length() == part.length()) {
                out.add(piece.text());
            } else {
                int open = OPENING.indexOf(piece.text().charAt(0));
                out.add(piece.text() + " …" + (open >= 0 ? String.valueOf(CLOSING.charAt(open)) : ""));
            }
        }
        return String.join(" … ", out);
    }

    static String line(QuoteHit hit, String words, int n) {
        String who = hit.hedged() ? hedged(hit) : who(hit.speaker(), hit.role());
        String when = datePhrase(hit.when(), hit.published() == null);
        String marker = "[" + n + "]";
        if (hit.type() == AttributionType.DIRECT || hit.cue() == null) {
            return capitalise(who + " said" + (when.isEmpty() ? "" : " " + when) + " " + marker + ": " + words);
        }
        if (hit.type() == AttributionType.ACCORDING_TO) {
            return "According to " + who + (when.isEmpty() ? "" : " (" + when + ")") + ", " + words + " " + marker;
        }
        String lead = when.isEmpty() ? "" : capitalise(when) + ", ";
        return capitalise(lead + who + " " + hit.cue() + " " + words + " " + marker);
    }

    /**
     * A speaker the extractor is not sure of, named by the article's own words and whom they most likely mean:
     * `"he," the article says, most likely Felipe Calderon,`, or `someone the article calls "he"` with no likely person.
     */
    static String hedged(QuoteHit hit) {
        String mention = hit.speakerMention().strip();
        if (mention.equalsIgnoreCase(hit.speaker().strip())) return "someone the article calls “" + mention + "”";
        return "“" + mention + ",” the article says, most likely " + hit.speaker() + ",";
    }

    /** "Russian President Vladimir Putin" for a title; "Staffan de Mistura, United Nations special envoy for Syria," otherwise. */
    static String who(String name, String role) {
        if (role == null || name.toLowerCase(Locale.ROOT).contains(role.toLowerCase(Locale.ROOT))) return name;
        return isTitle(role) ? role + " " + name : name + ", " + role + ",";
    }

    /** A short run of capitalised words ("Russian President", "Secretary of State") reads before a name. */
    static boolean isTitle(String role) {
        String[] words = role.split("\\s+");
        if (words.length > 5) return false;
        for (String w : words) {
            if (w.isEmpty()) return false;
            if (!Character.isUpperCase(w.charAt(0)) && !w.matches("of|for|and|the")) return false;
        }
        return Character.isUpperCase(role.charAt(0));
    }

    /** "on March 14", "in March 2016", "in 2016", "around March 14, 2016", "in an undated article", or "" when the article is dated but the quote is not. */
    static String datePhrase(SaidWhen when, boolean undatedArticle) {
        return switch (when.precision()) {
            case DAY -> "on " + when.display();
            case MONTH -> "in " + SaidWhen.monthName(when.month()) + (when.year() == null ? "" : " " + when.year());
            case YEAR -> "in " + when.year();
            case APPROXIMATE -> "around " + when.display().replaceFirst("^about ", "");
            case UNKNOWN -> undatedArticle ? "in an undated article" : "";
        };
    }

    static Citation citation(QuoteHit hit, String articleText, List<TextSpan> pieces, int n) {
        int start = hit.contextStart(), end = Math.min(hit.contextEnd(), articleText.length());
        return new Citation(n, hit.articleId(), hit.title(), hit.source(), hit.published(), hit.url(),
                articleText.substring(start, end), start, end, pieces.getFirst().start(), pieces.getLast().end());
    }

    /** The first letter upper-case, past any opening quotation mark. */
    private static String capitalise(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) return s.substring(0, i) + Character.toUpperCase(s.charAt(i)) + s.substring(i + 1);
        }
        return s;
    }
}
