package dev.byline.attribution.rules;

import dev.byline.attribution.AttributionType;
import dev.byline.attribution.rules.AttributionFinder.Found;
import dev.byline.nlp.text.ArticleText;
import dev.byline.nlp.text.Phrases.Range;
import dev.byline.nlp.text.Quotations;
import dev.byline.nlp.text.Quotations.Quotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotations signed with a dash, as pull quotes, readers' reactions and quoted posts are:
 * {@code “He represents our greatest shame.” ― Sonya Herridge}, or the name on a line of its own, {@code - Bernie
 * Sanders.} PolNeAR takes the dash as the cue, the name as the source and the quotation, marks included, as the
 * content.
 */
final class Signatures {

    /**
     * After the closing mark: spaces, at most two line breaks, a dash, then one to five capitalised words or
     * initials, and nothing more on the line than a full stop or comma.
     */
    private static final Pattern SIGNED = Pattern.compile(
            "\\h*(?:\\R\\h*){0,2}(―|—|–|--|-)\\h*((?:\\p{Lu}(?:[\\p{L}’'-]*|\\.)\\h+){0,4}\\p{Lu}[\\p{L}’'-]*)[.,]?\\h*(?:\\R|\\z)");
    /** How far after a quotation its signature may end, in characters. */
    private static final int REACH = 120;

    private Signatures() {}

    /** The signed quotations of {@code doc} that no other frame has claimed. */
    static List<Found> find(ArticleText doc, Set<Quotation> used) {
        List<Found> out = new ArrayList<>();
        for (Quotation q : doc.quotations) {
            if (used.contains(q) || q.inner(doc.text).split("\\s+").length < 3) continue;
            int to = Math.min(doc.text.length(), q.end() + REACH);
            Matcher m = SIGNED.matcher(doc.text).region(q.end(), to);
            if (!m.lookingAt() || m.end() == to && to < doc.text.length()) continue;
            int dash = doc.tokenAtOrAfter(m.start(1));
            int first = doc.tokenAtOrAfter(m.start(2));
            int last = doc.tokenAtOrAfter(m.end(2)) - 1;
            if (dash >= doc.tokens.size() || doc.token(dash).start() != m.start(1) || last < first
                    || doc.token(first).start() != m.start(2) || doc.token(last).end() != m.end(2)) continue;
            int unit = doc.unitOf(dash);
            if (unit < 0) continue;
            out.add(new Found(new Range(first, last), doc.span(m.start(1), m.end(1)), List.of(doc.span(q.start(), q.end())),
                    AttributionType.DIRECT, unit, null));
        }
        return out;
    }
}
