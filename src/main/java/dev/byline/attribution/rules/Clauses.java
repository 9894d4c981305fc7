package dev.byline.attribution.rules;

import dev.byline.attribution.AttributionType;
import dev.byline.nlp.lexicon.Cues;
import dev.byline.nlp.text.ArticleText;
import dev.byline.nlp.text.ArticleText.Unit;
import dev.byline.nlp.text.Phrases;
import dev.byline.nlp.text.Phrases.Range;
import dev.byline.nlp.text.Quotations.Quotation;
import dev.byline.nlp.text.Token;

/**
 * Where content starts and stops inside one unit: the clause edges a frame's content runs to, the subject of the
 * unit, and whether what follows a verb is a clause of its own.
 */
final class Clauses {

    /**
     * Words after a comma that PolNeAR mostly leaves out of the content: a relative or contrasting clause the
     * reporter adds ("..., which begins Monday", "..., but he pressed Clinton"). Measured on the train split.
     */
    private static final java.util.Set<String> AFTERTHOUGHTS = java.util.Set.of("which", "but", "although", "while", "where", "even");

    private static final java.util.Set<String> DISCOURSE_MARKERS = java.util.Set.of("so", "still", "yet", "however",
            "meanwhile", "indeed", "instead", "now", "plus", "also", "but", "and", "then", "moreover", "nonetheless");

    private final ArticleText doc;
    private final Phrases np;
    private final Unit unit;

    Clauses(ArticleText doc, Phrases np, Unit unit) {
        this.doc = doc;
        this.np = np;
        this.unit = unit;
    }

    Range subjectOfUnit() {
        Range subject = np.startingAt(unit.first(), unit.last());
        if (subject == null || subject.last() + 1 >= unit.last()) return null;
        Token next = doc.token(np.skipLeft(subject.last() + 1, 0) == subject.last() + 1 ? subject.last() + 1 : subject.last() + 1);
        return next.tag().equals("VERB") || next.tag().equals("AUX") || next.tag().equals("ADV") || next.text().equals(",") ? subject : null;
    }

    /** The first token of content that starts the unit, past a leading conjunction. */
    int contentStart() {
        int s = unit.first();
        if (s < unit.last() - 1 && doc.token(s).tag().equals("CCONJ") && !doc.token(s).quoted()) s++;
        // `So, ...`, `In fact, ...`: a discourse marker belongs to the reporter, not to the content.
        int marker = s;
        if (marker + 1 < unit.last() && doc.token(marker).is("in") && doc.token(marker + 1).is("fact")) marker++;
        if (marker < unit.last() - 2 && !doc.token(marker).quoted() && (DISCOURSE_MARKERS.contains(doc.token(marker).lower())
                || marker > s)) {
            marker++;
            if (doc.token(marker).text().equals(",")) marker++;
            return marker;
        }
        return s;
    }

    /** The last token of content running from {@code from} to the end of the unit, final punctuation dropped. */
    int contentEndRight(int from) {
        int end = unit.last() - 1;
        for (int k = from + 1; k + 1 < unit.last(); k++) {
            Token t = doc.token(k);
            Token after = doc.token(k + 1);
            if (!t.quoted() && t.text().equals(",") && !after.quoted() && (after.is("according")
                    || Cues.form(after.text()) == Cues.Form.PARTICIPLE || Cues.isCore(after.text()) && after.tag().equals("VERB")
                    || AFTERTHOUGHTS.contains(after.lower()))) {
                end = k - 1;
                break;
            }
            // A second predicate of the speaker ("... and vowed to", "..., but declined to") is not the content.
            int verb = k + 1;
            while (verb + 1 < unit.last() && doc.token(verb).tag().equals("ADV") && !doc.token(verb).quoted()) verb++;
            if (!t.quoted() && (t.is("and") || t.is("but")) && isPredicate(doc.token(verb))) {
                end = k - 1;
                break;
            }
        }
        while (end >= from && isPunct(end)) end--;
        return end;
    }

    // `described Assad’s removal ... as a “red line.”`: a quotation later in the clause makes it a report.
    boolean quotesAhead(int from) {
        int end = contentEndRight(from);
        for (int k = from; k <= end; k++) if (doc.token(k).quoted()) return true;
        return false;
    }

    // `some officials think Wasserman Schultz is at risk`: a subject and its verb, the "that" left out.
    boolean clauseAhead(int from) {
        Range subject = np.startingAt(from, unit.last());
        if (subject == null || subject.last() + 1 >= unit.last()) return false;
        int v = subject.last() + 1;
        while (v + 1 < unit.last() && doc.token(v).tag().equals("ADV")) v++;
        Token verb = doc.token(v);
        return !verb.quoted() && (verb.tag().equals("AUX") || verb.tag().equals("VERB") && !verb.lower().endsWith("ing"));
    }

    static boolean isPredicate(Token t) {
        return (t.tag().equals("VERB") || t.tag().equals("AUX")) && !t.lower().endsWith("ing") || Cues.form(t.text()) != null;
    }

    boolean isPunct(int i) {
        Token t = doc.token(i);
        return !t.quoted() && !t.isWord() && !t.text().equals("%") && !t.text().equals(")")
                && !t.text().equals("'s") && !t.text().equals("’s");
    }

    AttributionType typeOf(int first, int last) {
        Quotation q = doc.quotationAt(doc.token(first).start());
        if (q != null && q.start() == doc.token(first).start() && q.end() == doc.token(last).end()) return AttributionType.DIRECT;
        for (int k = first; k <= last; k++) if (doc.token(k).quoted()) return AttributionType.MIXED;
        return AttributionType.INDIRECT;
    }
}
