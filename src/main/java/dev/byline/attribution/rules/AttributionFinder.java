package dev.byline.attribution.rules;

import dev.byline.attribution.AttributionType;
import dev.byline.nlp.lexicon.CueWords;
import dev.byline.nlp.lexicon.Cues;
import dev.byline.nlp.text.ArticleText;
import dev.byline.nlp.text.ArticleText.Unit;
import dev.byline.nlp.text.Phrases;
import dev.byline.nlp.text.Phrases.Range;
import dev.byline.nlp.text.Quotations;
import dev.byline.nlp.text.Quotations.Quotation;
import dev.byline.nlp.text.TextSpan;
import dev.byline.nlp.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds attribution frames in an analysed article: the cue, the noun phrase of its source, and its content.
 * Works unit by unit (see {@link ArticleText}); cues and sources are only looked for outside quotations, so a
 * speech verb inside someone's words never starts an attribution. Quotations no frame claims (scare quotes,
 * titles) are left alone, except a paragraph that is nothing but a quotation, which continues the previous speaker.
 */
public final class AttributionFinder {

    /** An attribution before speaker and date resolution; {@code follows} is set for floating quotes. */
    public record Found(Range source, TextSpan cue, List<TextSpan> content, AttributionType type, int unit, Found follows) {}

    public List<Found> find(ArticleText doc) {
        Phrases np = new Phrases(doc);
        List<Found> out = new ArrayList<>();
        Set<Quotation> used = new HashSet<>();
        for (int u = 0; u < doc.units.size(); u++) {
            Unit unit = doc.units.get(u);
            Found previousInUnit = Headlines.find(doc, u);
            if (previousInUnit != null) out.add(previousInUnit);
            for (int t = unit.first(); t < unit.last(); t++) {
                Token token = doc.token(t);
                if (token.quoted()) continue;
                Found found = frameAt(doc, np, u, t, used, previousInUnit);
                if (found != null) {
                    out.add(found);
                    previousInUnit = found;
                    for (TextSpan part : found.content()) {
                        Quotation q = doc.quotationAt(part.start());
                        if (q != null) used.add(q);
                    }
                }
            }
        }
        for (Found signed : Signatures.find(doc, used)) {
            out.add(signed);
            used.add(doc.quotationAt(signed.content().getFirst().start()));
        }
        addFloatingQuotes(doc, out, used);
        out.sort(java.util.Comparator.comparingInt(f -> f.content().getFirst().start()));
        return out;
    }

    /** The attribution whose cue is token {@code t}, or null. */
    private static Found frameAt(ArticleText doc, Phrases np, int u, int t, Set<Quotation> used, Found previousInUnit) {
        Unit unit = doc.units.get(u);
        Token token = doc.token(t);
        // `<tweet author="JebBush">`: embedded markup names its element, nobody says anything.
        if (t > unit.first() && (doc.token(t - 1).text().endsWith("<") || doc.token(t - 1).text().endsWith("</"))) return null;
        if (token.is("asked")) {
            Found question = QuestionForms.find(doc, np, unit, u, t);
            if (question != null) return question;
        }
        if (token.is("according") && t + 1 < unit.last() && doc.token(t + 1).is("to")) {
            return new CueFrame(doc, np, unit, u, t, used).accordingTo();
        }
        if (CueWords.IMPRESSIONS.contains(token.lower())) return new CueFrame(doc, np, unit, u, t, used).impression();
        return isCandidate(doc, t, unit) ? new CueFrame(doc, np, unit, u, t, used).verb(previousInUnit) : null;
    }

    /**
     * A reporting verb from the lexicon, or any verb that takes a "that" clause ("found that", "knows that"),
     * or a verb of intention before "to" ("declined to", "plans to"): PolNeAR counts stances as attributions too.
     */
    private static boolean isCandidate(ArticleText doc, int t, Unit unit) {
        Token token = doc.token(t);
        if (Cues.needsParticle(token.text())) {
            return t + 1 < unit.last() && !doc.token(t + 1).quoted() && Cues.takesParticle(token.text(), doc.token(t + 1).text());
        }
        if (Cues.form(token.text()) != null) return true;
        if (!token.tag().equals("VERB") || t + 1 >= unit.last() || doc.token(t + 1).quoted()) return false;
        Token next = doc.token(t + 1);
        return next.is("that") && next.tag().equals("SCONJ") || next.is("to") && Cues.isIntention(token.text());
    }

    // A paragraph that is only a quotation continues the speaker of the quotation just before it.
    private static void addFloatingQuotes(ArticleText doc, List<Found> found, Set<Quotation> used) {
        List<Found> added = new ArrayList<>();
        for (Quotation q : doc.quotations) {
            if (used.contains(q) || !isWholeParagraph(doc, q)) continue;
            Found previous = null;
            for (Found f : found) {
                if (f.content().getLast().end() <= q.start() && f.source() != null && f.type() == AttributionType.DIRECT) previous = f;
            }
            if (previous == null) continue;
            String between = doc.text.substring(previous.content().getLast().end(), q.start());
            if (between.chars().filter(c -> c == '\n').count() > 4 || between.strip().length() > 80) continue;
            added.add(new Found(previous.source(), null, List.of(doc.span(q.start(), q.end())), AttributionType.DIRECT,
                    -1, previous));
        }
        found.addAll(added);
    }

    private static boolean isWholeParagraph(ArticleText doc, Quotation q) {
        int lineStart = doc.text.lastIndexOf('\n', q.start() - 1) + 1;
        int lineEnd = doc.text.indexOf('\n', q.end());
        if (lineEnd < 0) lineEnd = doc.text.length();
        return doc.text.substring(lineStart, q.start()).isBlank()
                && doc.text.substring(q.end(), lineEnd).replaceAll("[\\s.,]", "").isEmpty()
                && q.inner(doc.text).split("\\s+").length >= 4;
    }

}
