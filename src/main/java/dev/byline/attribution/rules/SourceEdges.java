package dev.byline.attribution.rules;

import dev.byline.nlp.lexicon.Cues;
import dev.byline.nlp.text.ArticleText;
import dev.byline.nlp.text.ArticleText.Unit;
import dev.byline.nlp.text.Phrases;
import dev.byline.nlp.text.Phrases.Range;
import dev.byline.nlp.text.Token;

/** Where a source's noun phrase begins and ends in a unit, as PolNeAR marks it: appositions, brackets and descriptions included. */
final class SourceEdges {

    private final ArticleText doc;
    private final Phrases np;
    private final Unit unit;
    private final Clauses clause;

    SourceEdges(ArticleText doc, Phrases np, Unit unit, Clauses clause) {
        this.doc = doc;
        this.np = np;
        this.unit = unit;
        this.clause = clause;
    }

    // `Staffan de Mistura, the United Nations special envoy for Syria, said`: name, comma, description, comma.
    // The description may be any phrase without a verb of its own before it: "a Verizon customer based in Boston".
    Range appositiveEndingAt(int comma) {
        for (int inner = comma - 2; inner > unit.first() && inner >= comma - 30; inner--) {
            Token t = doc.token(inner);
            if (t.quoted()) return null;
            if (!t.text().equals(",")) continue;
            Token lead = doc.token(inner + 1);
            boolean describes = lead.tag().equals("DET") || lead.tag().equals("ADJ") || lead.tag().equals("NUM")
                    || lead.tag().equals("NOUN") || lead.is("who") || lead.is("whose") || lead.tag().equals("PROPN")
                    || lead.tag().equals("VERB") && lead.lower().endsWith("ed"); // "The poll, released on Wednesday, showed"
            // `Sandy Phillips, who lost her daughter ... in July 2012, said`: a relative clause may hold commas of its own.
            int relative = describes ? -1 : relativeCommaBefore(inner);
            if (relative >= 0) {
                inner = relative + 1; // the loop steps back onto the comma before "who"
                continue;
            }
            Range name = nameEndingAt(inner - 1);
            if (!describes || name == null || !doc.token(name.first()).isCapitalised()) return null;
            // PolNeAR's source stops before a relative clause: "McCain, who has tangled ..."
            if (lead.is("who") || lead.is("whose")) return name;
            return new Range(name.first(), comma);
        }
        return null;
    }

    /**
     * `..., said Penny Nance, president and chief executive of Concerned Women for America.`: a speaker named after
     * the verb keeps the description that runs to the end of the sentence, as PolNeAR marks it.
     */
    Range withTrailingAppositive(Range name) {
        int comma = name.last() + 1;
        if (comma + 1 >= unit.last() || !doc.token(comma).text().equals(",") || doc.token(comma).quoted()
                || !doc.token(name.first()).isCapitalised()) return name;
        Token lead = doc.token(comma + 1);
        boolean describes = lead.tag().equals("DET") || lead.tag().equals("ADJ") || lead.tag().equals("NUM")
                || lead.tag().equals("NOUN") || lead.tag().equals("PROPN");
        if (!describes) return name;
        int end = unit.last() - 1;
        while (end > comma && clause.isPunct(end)) end--;
        if (end <= comma) return name;
        for (int k = comma + 1; k <= end; k++) {
            Token t = doc.token(k);
            if (t.quoted() || Cues.isCore(t.text()) || t.is("according")) return name;
        }
        return new Range(name.first(), end);
    }

    // The comma that opens a "who" or "whose" clause shortly before {@code comma}, or -1.
    private int relativeCommaBefore(int comma) {
        for (int k = comma - 1; k > unit.first() && k >= comma - 25; k--) {
            Token t = doc.token(k);
            if (t.quoted()) return -1;
            if (t.text().equals(",") && (doc.token(k + 1).is("who") || doc.token(k + 1).is("whose"))) return k;
        }
        return -1;
    }

    // `Sen. Rand Paul (R-Ky.)`: a name with its party and state in brackets, which PolNeAR keeps in the source.
    Range nameEndingAt(int last) {
        if (last > unit.first() && doc.token(last).text().equals(")") && !doc.token(last).quoted()) {
            for (int open = last - 1; open > unit.first() && open >= last - 8; open--) {
                if (!doc.token(open).text().equals("(")) continue;
                Range name = np.endingAt(open - 1, unit.first());
                return name == null ? null : new Range(name.first(), last);
            }
            return null;
        }
        return np.endingAt(last, unit.first());
    }
}
