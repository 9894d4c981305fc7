package dev.byline.attribution.rules;

import dev.byline.attribution.AttributionType;
import dev.byline.attribution.rules.AttributionFinder.Found;
import dev.byline.nlp.text.ArticleText;
import dev.byline.nlp.text.ArticleText.Unit;
import dev.byline.nlp.text.Phrases.Range;
import dev.byline.nlp.text.Quotations;
import dev.byline.nlp.text.TextSpan;
import dev.byline.nlp.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Headline-style attributions at the start of a paragraph, {@code Bernie Sanders: ‘Of Course’ Hillary Clinton Is
 * Qualified}: PolNeAR takes the name as the source, the colon as the cue and the rest of the line as the content.
 * A transcript's lines ({@code PENCE: Well, look, …}) are read the same way, their content running to the end of
 * the paragraph.
 * Labels that are not speakers ("The Latest:", "Editor's Note:", "UPDATE:") are told apart by a stoplist and by
 * asking that the name recur elsewhere in the article, as a speaker's name does.
 */
final class Headlines {

    private static final int LONGEST_NAME = 4;
    private static final Set<String> NOT_SPEAKERS = Set.of("latest", "contributing", "twitter", "breaking", "revealed",
            "byline", "wow", "note", "update", "correction", "exclusive", "email", "watch", "read", "related", "photos",
            "photo", "video", "source", "sources", "look", "so", "name", "paid", "notice", "boom", "busted", "bombshell",
            "leaked", "editor", "editor’s", "editor's", "advertisement", "q", "a", "warning", "live", "analysis");

    private Headlines() {}

    /** The headline or transcript attribution that unit {@code u} makes, or null. */
    static Found find(ArticleText doc, int u) {
        Unit unit = doc.units.get(u);
        if (unit.first() >= unit.last()) return null;
        int lineStart = doc.text.lastIndexOf('\n', Math.max(unit.start() - 1, 0)) + 1;
        if (unit.start() != lineStart && !doc.text.substring(lineStart, unit.start()).isBlank()) return null;
        // A transcript quoted whole opens each speaker's paragraph with a mark it never closes: "PENCE: Well, …
        int first = unit.first();
        boolean opened = isMark(doc.token(first)) && first + 1 < unit.last() && isLabel(doc.token(first + 1));
        if (opened) first++;
        int colon = -1;
        for (int t = first; t < unit.last() && t <= first + LONGEST_NAME; t++) {
            Token token = doc.token(t);
            if (token.quoted() && !opened) return null;
            if (token.text().equals(":")) {
                colon = t;
                break;
            }
            if (!token.isCapitalised() || !token.isWord() || NOT_SPEAKERS.contains(token.lower())) return null;
        }
        if (colon <= first || colon + 3 >= unit.last()) return null;
        String last = doc.token(colon - 1).text().toLowerCase(Locale.ROOT);
        String elsewhere = (doc.text.substring(0, unit.start()) + " " + doc.text.substring(unit.end())).toLowerCase(Locale.ROOT);
        if (last.length() < 3 || !elsewhere.contains(last)) return null;
        boolean transcript = true;
        for (int t = first; t < colon; t++) transcript &= isLabel(doc.token(t));
        if (opened && !transcript) return null;
        // A transcript's speaker goes on to the end of the paragraph; a headline ends with its sentence.
        int end = transcript ? paragraphEnd(doc, colon) : unit.last() - 1;
        while (end > colon + 1 && (opened ? isMark(doc.token(end)) : !transcript && !doc.token(end).quoted()
                && !doc.token(end).isWord() && !doc.token(end).text().equals(")"))) end--;
        List<TextSpan> content = List.of(doc.tokenSpan(colon + 1, end));
        AttributionType type = transcript || doc.token(colon + 1).quoted() && doc.token(end).quoted()
                ? AttributionType.DIRECT : AttributionType.INDIRECT;
        return new Found(new Range(first, colon - 1), doc.tokenSpan(colon, colon), content, type, u, null);
    }

    /** A transcript's speaker label: a name in capitals, "WALLACE", "O'REILLY". */
    private static boolean isLabel(Token t) {
        return t.text().length() >= 2 && Character.isLetter(t.text().charAt(0)) && t.text().equals(t.text().toUpperCase(Locale.ROOT))
                && !NOT_SPEAKERS.contains(t.lower());
    }

    private static boolean isMark(Token t) {
        return Quotations.isMarkOrSpace(t.text().charAt(0)) && !t.isWord();
    }

    /** The last token of the paragraph that token {@code t} is in. */
    private static int paragraphEnd(ArticleText doc, int t) {
        int lineEnd = doc.text.indexOf('\n', doc.token(t).end());
        return (lineEnd < 0 ? doc.tokens.size() : doc.tokenAtOrAfter(lineEnd)) - 1;
    }
}
