package dev.byline.attribution.resolve;

import dev.byline.attribution.Speaker;
import dev.byline.attribution.resolve.People.Mention;
import dev.byline.attribution.resolve.People.Named;
import dev.byline.nlp.text.ArticleText;
import dev.byline.nlp.text.Phrases;
import dev.byline.nlp.text.Phrases.Range;
import dev.byline.nlp.text.TextSpan;
import dev.byline.nlp.text.Token;
import java.util.BitSet;
import java.util.Set;

/**
 * Turns the noun phrase an attribution names its source with into a {@link Speaker}: the fullest name the
 * article uses, the role apart, pronouns and descriptions ("the foreign minister") traced back to a person, each
 * with a confidence: 1 for a name spelled out, less for a shared family name, a description or a pronoun (resolved
 * by {@link Salience}). "I", "we" and "you" are never speakers: in news they are the writer, the reader or a quoted voice.
 */
public final class SpeakerResolver {

    private static final Set<String> NEVER = Set.of("i", "we", "you", "me", "us");
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "at", "from", "with", "in", "on", "to");

    /** How sure a description ("the foreign minister") is of the person whose role it matches. */
    private static final double DESCRIBED = 0.8;

    private final ArticleText doc;
    private final People people;
    private final BitSet sources;
    private Salience salience; // built at the first pronoun

    /** @param sources the tokens the article's attributions name their sources with */
    public SpeakerResolver(ArticleText doc, People people, BitSet sources) {
        this.doc = doc;
        this.people = people;
        this.sources = sources;
    }

    public Speaker resolve(Range source) {
        if (source == null) return null;
        int a = source.first();
        int b = source.last();
        // `Sen. Rand Paul (R-Ky.)`: the bracketed party and state stay in the mention but not in the name.
        for (int k = a + 1; k <= b; k++) if (doc.token(k).text().equals("(") && !doc.token(k).quoted()) { b = k - 1; break; }
        while (b > a && !doc.token(b).isWord()) b--;
        TextSpan mention = doc.tokenSpan(source.first(), source.last());
        Token first = doc.token(a);
        if (a == b && Phrases.isPronoun(first)) return pronoun(first, a, mention);
        int comma = -1;
        for (int k = a; k <= b; k++) if (doc.token(k).text().equals(",")) { comma = k; break; }
        if (comma > a && comma < b) {
            Mention head = properName(a, comma - 1);
            Mention appositive = properName(comma + 1, b);
            if (head != null && !head.organisation()) {
                Named named = people.resolve(head.name(), head.honorific());
                String role = head.role() != null ? head.role() : withoutDeterminer(doc.tokenSpan(comma + 1, b).text());
                return new Speaker(named.name(), role, mention, named.confidence());
            }
            if (appositive != null && !isDescription(comma + 1, b)) {
                Named named = people.resolve(appositive.name(), appositive.honorific());
                return new Speaker(named.name(), withoutDeterminer(doc.tokenSpan(a, comma - 1).text()), mention, named.confidence());
            }
            b = comma - 1;
        }
        Mention titled = properName(a, b);
        if (titled != null && !titled.organisation() && titled.role() != null && titled.role().matches(".*\\b(of|for)\\b.*")) {
            Named named = people.resolve(titled.name(), titled.honorific());
            return new Speaker(named.name(), titled.role(), mention, named.confidence()); // "Secretary of State John Kerry"
        }
        int headEnd = b;
        for (int k = a + 1; k <= b; k++) {
            if (PREPOSITIONS.contains(doc.token(k).lower()) && !doc.token(k).quoted()) { headEnd = k - 1; break; }
        }
        if (isDescription(a, headEnd)) {
            String description = withoutDeterminer(doc.tokenSpan(a, headEnd).text());
            String person = people.personWithRole(description);
            if (person != null) return new Speaker(person, people.roleOf(person), mention, DESCRIBED);
            return new Speaker(doc.tokenSpan(a, b).text(), null, mention);
        }
        Mention m = properName(a, headEnd);
        if (m == null) return new Speaker(doc.tokenSpan(a, b).text(), null, mention);
        if (m.organisation()) return new Speaker(withoutDeterminer(doc.tokenSpan(a, b).text()), null, mention);
        Named named = people.resolve(m.name(), m.honorific());
        String role = m.role() != null ? m.role() : people.roleOf(named.name());
        return new Speaker(named.name(), role, mention, named.confidence());
    }

    private Speaker pronoun(Token pronoun, int at, TextSpan mention) {
        String word = pronoun.lower();
        if (NEVER.contains(word)) return null;
        if (word.equals("who") || word.equals("which") || word.equals("that")) {
            int before = at - 1;
            if (before >= 0 && doc.token(before).text().equals(",")) before--;
            Range antecedent = before >= 0 ? new Phrases(doc).endingAt(before, 0) : null;
            Speaker resolved = antecedent == null ? null : resolve(antecedent);
            return resolved == null ? new Speaker(pronoun.text(), null, mention, 0.0)
                    : new Speaker(resolved.name(), resolved.role(), mention, resolved.confidence());
        }
        if (salience == null) salience = new Salience(doc, people, sources);
        Salience.Resolution r = salience.at(at);
        if (r == null) return new Speaker(pronoun.text(), null, mention, 0.0);
        if (r.organisation()) return new Speaker(r.name(), null, mention, r.confidence());
        return new Speaker(r.name(), people.roleOf(r.name()), mention, r.confidence());
    }

    private Mention properName(int a, int b) {
        return people.nameIn(a, b);
    }

    // "the foreign minister", "a spokesman": a lower-case head noun, whatever capitalised words precede it.
    private boolean isDescription(int a, int b) {
        Token head = doc.token(b);
        return head.isWord() && !head.isCapitalised() && !head.tag().equals("PROPN");
    }

    private static String withoutDeterminer(String s) {
        return s.replaceFirst("^(the|a|an|The|A|An)\\s+", "").replaceAll("\\s+", " ").replaceAll(",$", "").strip();
    }
}
