package dev.byline.attribution.rules;

import static dev.byline.nlp.lexicon.CueWords.ADJUNCT_PREPOSITIONS;
import static dev.byline.nlp.lexicon.CueWords.CLAUSE_STARTS;
import static dev.byline.nlp.lexicon.CueWords.RELATIVE_TIME;

import dev.byline.nlp.text.ArticleText;
import dev.byline.nlp.text.ArticleText.Unit;
import dev.byline.nlp.text.Phrases;
import dev.byline.nlp.text.Phrases.Range;
import dev.byline.nlp.text.Token;

/** What may stand between a reporting verb and its content, so the content starts after it. */
final class Adjuncts {

    private final ArticleText doc;
    private final Phrases np;
    private final Unit unit;
    private final int cue;

    Adjuncts(ArticleText doc, Phrases np, Unit unit, int cue) {
        this.doc = doc;
        this.np = np;
        this.unit = unit;
        this.cue = cue;
    }

    /**
     * The first token after {@code r} that is not an adjunct of the cue: a hearer ("told reporters"), an adverb, a
     * time ("on Tuesday", "this week") or a place ("in a statement") before the content.
     */
    int skip(int r, boolean objectTaking) {
        int limit = unit.last();
        if (objectTaking && r < limit && !CLAUSE_STARTS.contains(doc.token(r).lower()) && doc.quotationStartingAt(r) == null) {
            Range object = np.startingAt(r, limit);
            boolean tell = doc.token(cue).lower().startsWith("tel") || doc.token(cue).is("told");
            // `told reporters that ...` leaves the hearer out; `urged conservatives to obey ...` keeps it in the content.
            if (object != null && (tell || object.last() + 1 < limit && (CLAUSE_STARTS.contains(doc.token(object.last() + 1).lower())
                    || doc.token(object.last() + 1).text().equals(",")))) {
                r = object.last() + 1;
            }
        }
        for (int round = 0; round < 4 && r < limit; round++) {
            Token t = doc.token(r);
            if (t.quoted()) break;
            boolean possessed = r + 1 < limit && (doc.token(r + 1).text().equals("'s") || doc.token(r + 1).text().equals("’s"));
            if (possessed) break; // "called Friday's decision a ...": the day belongs to the object
            if (Phrases.TIME_WORDS.contains(t.lower()) || (t.tag().equals("ADV") && !CLAUSE_STARTS.contains(t.lower()))) {
                r++;
            } else if (RELATIVE_TIME.contains(t.lower()) && r + 1 < limit && Phrases.TIME_WORDS.contains(doc.token(r + 1).lower())) {
                r += 2; // "this week", "last month"
            } else if (ADJUNCT_PREPOSITIONS.contains(t.lower())) {
                Range object = np.startingAt(r + 1, limit);
                if (object == null && r + 1 < limit && Phrases.TIME_WORDS.contains(doc.token(r + 1).lower())) {
                    object = new Range(r + 1, r + 1); // "on Tuesday"
                }
                if (object == null) break;
                int landing = object.last() + 1;
                // "on March 1, 2015": the year belongs to the date.
                if (landing + 1 < limit && doc.token(landing).text().equals(",") && doc.token(landing + 1).text().matches("(19|20)\\d\\d")) {
                    landing += 2;
                }
                if (landing >= limit) break;
                Token land = doc.token(landing);
                boolean clauseFollows = land.is("that") || land.text().equals(",") || land.text().equals(":")
                        || doc.quotationStartingAt(landing) != null || ADJUNCT_PREPOSITIONS.contains(land.lower())
                        || Phrases.TIME_WORDS.contains(land.lower());
                if (!clauseFollows) break;
                r = landing;
            } else break;
        }
        return r;
    }
}
