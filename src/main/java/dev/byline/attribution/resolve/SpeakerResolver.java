package dev.byline.attribution.resolve;

import dev.byline.attribution.Speaker;
import dev.byline.attribution.resolve.People.Gender;
import dev.byline.attribution.resolve.People.Mention;
import dev.byline.nlp.text.ArticleText;
import dev.byline.nlp.text.Phrases;
import dev.byline.nlp.text.Phrases.Range;
import dev.byline.nlp.text.TextSpan;
import dev.byline.nlp.text.Token;
import java.util.Set;

/**
 * Turns the noun phrase an attribution names its source with into a {@link Speaker}: the fullest name the
 * article uses, the role apart, pronouns and descriptions ("the foreign minister") traced back to a person.
 * "I", "we" and "you" are never speakers: in news they are the writer, the reader or a quoted voice.
 */
public final class SpeakerResolver {

    private static final Set<String> NEVER = Set.of("i", "we", "you", "me", "us");
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "at", "from", "with", "in", "on", "to");

    private final ArticleText doc;
    private final People people;

    public SpeakerResolver(ArticleText doc, People people) {
        this.doc = doc;
        this.people = people;
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
                String name = people.fullestName(head.name());
                String role = head.role() != null ? head.role() : withoutDeterminer(doc.tokenSpan(comma + 1, b).text());
                return new Speaker(name, role, mention);
            }
            if (appositive != null && !isDescription(comma + 1, b)) {
                return new Speaker(people.fullestName(appositive.name()), withoutDeterminer(doc.tokenSpan(a, comma - 1).text()), mention);
            }
            b = comma - 1;
        }
        Mention titled = properName(a, b);
        if (titled != null && !titled.organisation() && titled.role() != null && titled.role().matches(".*\\b(of|for)\\b.*")) {
            String name = people.fullestName(titled.name());
            return new Speaker(name, titled.role(), mention); // "Secretary of State John Kerry"
        }
        int headEnd = b;
        for (int k = a + 1; k <= b; k++) {
            if (PREPOSITIONS.contains(doc.token(k).lower()) && !doc.token(k).quoted()) { headEnd = k - 1; break; }
        }
        if (isDescription(a, headEnd)) {
            String description = withoutDeterminer(doc.tokenSpan(a, headEnd).text());
            String person = people.personWithRole(description);
            if (person != null) return new Speaker(person, people.roleOf(person), mention);
            return new Speaker(doc.tokenSpan(a, b).text(), null, mention);
        }
        Mention m = properName(a, headEnd);
        if (m == null) return new Speaker(doc.tokenSpan(a, b).text(), null, mention);
        if (m.organisation()) return new Speaker(withoutDeterminer(doc.tokenSpan(a, b).text()), null, mention);
        String name = people.fullestName(m.name());
        String role = m.role() != null ? m.role() : people.roleOf(name);
        return new Speaker(name, role, mention);
    }

    private Speaker pronoun(Token pronoun, int at, TextSpan mention) {
        String word = pronoun.lower();
        if (NEVER.contains(word)) return null;
        if (word.equals("who") || word.equals("which") || word.equals("that")) {
            int before = at - 1;
            if (before >= 0 && doc.token(before).text().equals(",")) before--;
            Range antecedent = before >= 0 ? new Phrases(doc).endingAt(before, 0) : null;
            Speaker resolved = antecedent == null ? null : resolve(antecedent);
            return resolved == null ? new Speaker(pronoun.text(), null, mention)
                    : new Speaker(resolved.name(), resolved.role(), mention);
        }
        boolean organisation = word.equals("it") || word.equals("they");
        Gender wanted = word.equals("he") ? Gender.MALE : word.equals("she") ? Gender.FEMALE : Gender.UNKNOWN;
        for (int i = people.mentions.size() - 1; i >= 0; i--) {
            Mention m = people.mentions.get(i);
            if (m.first() >= at) continue;
            if (organisation) {
                if (m.organisation()) return new Speaker(withoutDeterminer(doc.tokenSpan(m.first(), m.last()).text()), null, mention);
                continue;
            }
            String name = people.fullestName(m.name());
            if (m.organisation() || !isPerson(m, name)) continue;
            Gender known = people.genderOf(name);
            if (known != Gender.UNKNOWN && known != wanted) continue;
            people.learnGender(name, wanted);
            return new Speaker(name, people.roleOf(name), mention);
        }
        return new Speaker(pronoun.text(), null, mention);
    }

    // A one-word name with no longer form, honorific or role is more often a place ("Syria") than a person.
    private boolean isPerson(Mention m, String fullName) {
        return fullName.contains(" ") || m.role() != null || people.genderOf(fullName) != Gender.UNKNOWN
                || people.roleOf(fullName) != null;
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
