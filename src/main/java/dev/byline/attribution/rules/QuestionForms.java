package dev.byline.attribution.rules;

import dev.byline.attribution.rules.AttributionFinder.Found;
import dev.byline.nlp.text.ArticleText;
import dev.byline.nlp.text.ArticleText.Unit;
import dev.byline.nlp.text.Phrases;
import dev.byline.nlp.text.Phrases.Range;
import dev.byline.nlp.text.Token;
import java.util.List;
import java.util.Set;

/**
 * QuestionForms put to someone, told in the passive: {@code Asked whether he would endorse Trump, Ryan said ...},
 * {@code when asked about Trump's temperament}, {@code Sanders was asked by host John Dickerson whether ...}.
 * PolNeAR makes the question the content and the asker, when named after "by", the source.
 */
final class QuestionForms {

    private static final Set<String> OPENERS = Set.of("when", "while", "after", "before", "if", "once", ",", "as");
    private static final Set<String> BE = Set.of("was", "were", "is", "are", "been", "being", "be");
    private static final Set<String> QUESTION_STARTS = Set.of("whether", "if", "what", "which", "who", "how", "why",
            "when", "where", "about", "to");

    private QuestionForms() {}

    /** The passive question at token {@code t} ("asked"), or null. */
    static Found find(ArticleText doc, Phrases np, Unit unit, int u, int t) {
        if (!doc.token(t).is("asked")) return null;
        int first = t;
        boolean opens = t == unit.first() || OPENERS.contains(doc.token(t - 1).lower());
        if (!opens && t > unit.first() && BE.contains(doc.token(t - 1).lower())) {
            first = t - 1;
            opens = true;
        }
        if (!opens) return null;
        int r = t + 1;
        Range asker = null;
        if (r < unit.last() && doc.token(r).is("by")) {
            asker = np.startingAt(r + 1, unit.last());
            if (asker == null) return null;
            r = asker.last() + 1;
        }
        if (r >= unit.last() || doc.token(r).quoted() && doc.quotationStartingAt(r) == null) return null;
        Token lead = doc.token(r);
        boolean question = QUESTION_STARTS.contains(lead.lower()) || doc.quotationStartingAt(r) != null
                || lead.tag().equals("DET") && lead.lower().startsWith("a");
        if (!question) return null;
        int end = r;
        while (end + 1 < unit.last() && (doc.token(end + 1).quoted() || !doc.token(end + 1).text().equals(","))) end++;
        Clauses clause = new Clauses(doc, np, unit);
        while (end > r && clause.isPunct(end)) end--;
        if (end <= r) return null;
        return new Found(asker, doc.tokenSpan(first, t), List.of(doc.tokenSpan(r, end)), clause.typeOf(r, end), u, null);
    }
}
