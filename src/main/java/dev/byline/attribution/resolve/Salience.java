package dev.byline.attribution.resolve;

import dev.byline.attribution.resolve.People.Mention;
import dev.byline.nlp.lexicon.Cues;
import dev.byline.nlp.lexicon.Genders.Gender;
import dev.byline.nlp.text.ArticleText;
import dev.byline.nlp.text.Token;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Whom each third-person pronoun outside quotations refers to, by salience rather than distance (after Lappin and
 * Leass, 1994): reading the article in order, every mention of a person or organisation adds to its salience by its
 * grammatical role, read from the part-of-speech tags around it (the subject of a main clause most, then objects,
 * then names inside a prepositional phrase, a possessive or a subordinate clause), with a bonus for the speaker of an
 * attribution; salience halves at every unit. A pronoun goes to the most salient candidate whose gender agrees ("he"
 * never to a woman, "she" never to a man, "it" and "they" to organisations) and itself counts as a mention, so chains
 * of "he said" keep their speaker. The confidence is the winner's share of the two best scores, lower when the
 * winner's gender is unknown.
 */
final class Salience {

    /** Whom a pronoun means and how sure that is. */
    record Resolution(String name, boolean organisation, double confidence) {}

    static final double DECAY = 0.5;
    /** The slow memory of who the article is about: a tenth of its weight, fading by a tenth per unit. */
    private static final double TOPIC = 0.1, TOPIC_DECAY = 0.9;
    private static final double SUBJECT = 1.0, SUBJECT_POSSESSOR = 0.7, OTHER = 0.6, OBJECT = 0.5, OBLIQUE = 0.3, POSSESSIVE = 0.3;
    private static final double EMBEDDED = 0.5, SPEAKER = 0.5, UNKNOWN_GENDER = 0.6, AGAINST_USUAL_GENDER = 0.05;
    /** How far a reading can be trusted when the winner's gender is unknown, against its first name's usual gender, or an organisation. */
    private static final double UNKNOWN_GENDER_TRUST = 0.8, AGAINST_USUAL_TRUST = 0.3, ORGANISATION_TRUST = 0.7;
    private static final double MOST = 0.95;
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "his", "her", "himself", "herself");
    private static final Set<String> OTHERS = Set.of("it", "its", "they", "their", "them");
    private static final Set<String> PLACE_OPENERS = Set.of("north", "south", "east", "west", "new", "san", "santa", "los",
            "las", "saint", "st.", "united", "great", "fort", "port", "lake", "mount", "el", "la", "le", "rhode", "puerto",
            "hong", "sri", "costa", "saudi", "middle", "latin", "central", "western", "eastern", "southern", "northern");
    private static final Set<String> THING_HEADS = Set.of("act", "bill", "law", "agreement", "treaty", "accord", "amendment",
            "plan", "program", "programme", "initiative", "day", "week", "war", "summit", "conference", "convention", "games",
            "cup", "river", "street", "avenue", "county", "island", "islands", "valley", "airport", "station", "hospital",
            "square", "park", "bridge", "hall", "center", "centre", "tower", "building", "coast", "sea", "ocean", "bay");
    private static final Set<String> EMBEDDING = Set.of("that", "which", "who", "whom", "whose", "because", "when", "while",
            "if", "although", "though", "after", "before", "since", "as", "where", "whether", "until", "unless");

    private final ArticleText doc;
    private final People people;
    private final BitSet sources;
    private final Map<Integer, Resolution> byToken = new HashMap<>();
    /** Salience carried from earlier units, and this unit's best mention, by name. */
    private final Map<String, Double> carried = new LinkedHashMap<>();
    private final Map<String, Double> unit = new LinkedHashMap<>();
    private final Map<String, Boolean> isOrganisation = new HashMap<>();
    /** How much the article has been about each name so far, fading slowly: the protagonist of a long stretch. */
    private final Map<String, Double> topic = new HashMap<>();

    /** @param sources the tokens that attributions name their source with, whose mentions get the speaker bonus */
    Salience(ArticleText doc, People people, BitSet sources) {
        this.doc = doc;
        this.people = people;
        this.sources = sources;
        Map<Integer, Mention> mentionAt = new HashMap<>();
        for (Mention m : people.mentions) mentionAt.put(m.first(), m);
        for (ArticleText.Unit u : doc.units) {
            topic.replaceAll((name, value) -> value * TOPIC_DECAY);
            carried.replaceAll((name, value) -> value * DECAY);
            unit.forEach((name, value) -> carried.merge(name, value * DECAY, Double::sum));
            unit.clear();
            boolean headline = isHeadline(u);
            for (int k = u.first(); k < u.last(); k++) {
                Mention m = mentionAt.get(k);
                if (m != null && headline) {
                    k = m.last();
                    continue;
                }
                if (m != null) {
                    String name = m.organisation() ? organisation(m) : people.resolve(m.name(), m.honorific()).name();
                    double weight = weight(u, m.first(), m.last());
                    if (m.organisation() || isPerson(m, name, weight)) {
                        isOrganisation.put(name, m.organisation());
                        mention(name, weight);
                    }
                    k = m.last();
                    continue;
                }
                Token t = doc.token(k);
                if (t.quoted()) continue;
                String word = t.lower();
                if (PERSONAL.contains(word) || OTHERS.contains(word)) {
                    Resolution r = resolve(word);
                    if (r == null) continue;
                    byToken.put(k, r);
                    mention(r.name(), weight(u, k, k) * r.confidence());
                }
            }
        }
    }

    /** Whom the pronoun at token {@code i} refers to, or null when no candidate fits. */
    Resolution at(int i) {
        return byToken.get(i);
    }

    private void mention(String name, double weight) {
        unit.merge(name, weight, Math::max);
        topic.merge(name, weight, Double::sum);
    }

    private Resolution resolve(String pronoun) {
        boolean personal = PERSONAL.contains(pronoun);
        Gender wanted = pronoun.equals("he") || pronoun.equals("him") || pronoun.equals("his") || pronoun.equals("himself")
                ? Gender.MALE : personal ? Gender.FEMALE : Gender.UNKNOWN;
        String best = null, second = null;
        double bestScore = 0, secondScore = 0;
        double bestTrust = 0;
        Map<String, Double> now = new HashMap<>(carried);
        unit.forEach((name, value) -> now.merge(name, value, Double::sum));
        topic.forEach((name, value) -> now.merge(name, TOPIC * value, Double::sum));
        for (Map.Entry<String, Double> e : now.entrySet()) {
            String name = e.getKey();
            boolean organisation = isOrganisation.getOrDefault(name, false);
            if (organisation == personal) continue;
            double score = e.getValue();
            double trust = ORGANISATION_TRUST;
            if (personal) {
                Gender g = people.genderOf(name);
                boolean usual = people.genderFromFirstName(name);
                if (g != Gender.UNKNOWN && g != wanted && !usual) continue;
                trust = g == wanted ? 1.0 : g == Gender.UNKNOWN ? UNKNOWN_GENDER_TRUST : AGAINST_USUAL_TRUST;
                if (g != wanted) score *= g == Gender.UNKNOWN ? UNKNOWN_GENDER : AGAINST_USUAL_GENDER;
            }
            if (score > bestScore) {
                second = best;
                secondScore = bestScore;
                best = name;
                bestScore = score;
                bestTrust = trust;
            } else if (score > secondScore) {
                second = name;
                secondScore = score;
            }
        }
        if (best == null || bestScore < 0.01) return null;
        // The winner's share of the two best scores, times how far its gender (or being an organisation for "it" and
        // "they", which as often mean a group the article never names) can be trusted; never certain, since a pronoun
        // is a reading, however clear, and stays below a name spelled out.
        double share = bestScore / (bestScore + secondScore);
        return new Resolution(best, !personal, Math.min(MOST, share * bestTrust));
    }

    // "the Justice Department": the organisation as the article names it, without its article.
    private String organisation(Mention m) {
        return doc.tokenSpan(m.first(), m.last()).text().replaceFirst("^(the|The)\\s+", "").replaceAll("\\s+", " ");
    }

    // A name with no known gender, role or speech of its own is as often a place or a thing ("North Carolina", "the
    // Voter Registration Act", "Syria") as a person: two words count when they neither open like a place nor end like
    // a thing, one word only as the subject of a clause ("Blumenthal was asked").
    private boolean isPerson(Mention m, String fullName, double weight) {
        if (m.role() != null || m.honorific() != Gender.UNKNOWN || people.genderOf(fullName) != Gender.UNKNOWN
                || people.roleOf(fullName) != null) return true;
        for (int k = m.first(); k <= m.last(); k++) if (sources.get(k)) return true;
        String[] words = fullName.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        if (words.length == 1) return weight == SUBJECT || weight == SUBJECT + SPEAKER;
        return !PLACE_OPENERS.contains(words[0]) && !THING_HEADS.contains(words[words.length - 1]);
    }

    // `Pastor Wants Girl Scout Leaders To Be Executed`: in a headline's title case every word looks like a name.
    private boolean isHeadline(ArticleText.Unit u) {
        int words = 0, capitalised = 0;
        for (int k = u.first(); k < u.last(); k++) {
            Token t = doc.token(k);
            if (!t.isWord() || t.quoted()) continue;
            words++;
            if (t.isCapitalised()) capitalised++;
        }
        return words >= 4 && capitalised >= 0.85 * words;
    }

    /** How much a mention at tokens first..last of unit u adds to its salience, by its role in the clause. */
    private double weight(ArticleText.Unit u, int first, int last) {
        double role;
        Token before = first > u.first() ? doc.token(first - 1) : null;
        Token after = last + 1 < u.last() ? doc.token(last + 1) : null;
        if (after != null && (after.text().equals("'s") || after.text().equals("’s") || after.text().equals("'") || after.text().equals("’"))
                || doc.token(first).lower().matches("his|her|its|their")) role = possessorOfSubject(u, first, last) ? SUBJECT_POSSESSOR : POSSESSIVE;
        else if (before != null && before.tag().equals("CCONJ")) role = conjunctRole(u, first, last);
        else if (before != null && before.tag().equals("ADP")) role = OBLIQUE;
        else if (before != null && before.tag().equals("VERB") && Cues.isCore(before.text()) && (after == null || !after.isWord())) role = SUBJECT;
        else if (before != null && before.tag().equals("VERB")) role = OBJECT;
        else if (verbFollows(last, u)) role = SUBJECT;
        else role = OTHER;
        for (int k = u.first(); k < first; k++) {
            Token t = doc.token(k);
            if (!t.quoted() && EMBEDDING.contains(t.lower()) && !t.tag().equals("DET") && !t.tag().equals("PRON")
                    || !t.quoted() && (t.lower().equals("who") || t.lower().equals("which"))) {
                role *= EMBEDDED;
                break;
            }
        }
        for (int k = first; k <= last; k++) if (sources.get(k)) return role + SPEAKER;
        return role;
    }

    // `Oz’s dubious advice earned him …`: the possessor of a clause's subject is nearly as salient as the subject.
    private boolean possessorOfSubject(ArticleText.Unit u, int first, int last) {
        int k = doc.token(first).tag().equals("PRON") ? first + 1 : last + 2;
        int head = k;
        while (head < u.last() && head < k + 5 && (doc.token(head).tag().equals("ADJ") || doc.token(head).tag().equals("NOUN")
                || doc.token(head).tag().equals("PROPN"))) head++;
        return head > k && verbFollows(head - 1, u);
    }

    // `rivals Marco Rubio and Ted Cruz`: a later conjunct has the role of the first, read from what stands before it.
    private double conjunctRole(ArticleText.Unit u, int first, int last) {
        for (int k = first - 2; k >= u.first() && k >= first - 10; k--) {
            Token t = doc.token(k);
            if (t.tag().equals("ADP")) return OBLIQUE;
            if (t.tag().equals("VERB")) return OBJECT;
            if (!(t.tag().equals("PROPN") || t.tag().equals("NOUN") || t.tag().equals("ADJ") || t.tag().equals("DET")
                    || t.tag().equals("CCONJ") || t.text().equals(",") || t.text().equals("."))) break;
        }
        return verbFollows(last, u) ? SUBJECT : OTHER;
    }

    // `Calderon intimated`, `Calderon, the former president, said`, `he also noted`: a verb before any other noun.
    private boolean verbFollows(int last, ArticleText.Unit u) {
        int k = last + 1;
        if (k + 1 < u.last() && doc.token(k).text().equals(",") && !doc.token(k + 1).tag().equals("PRON")
                && !doc.token(k + 1).tag().equals("VERB") && !doc.token(k + 1).lower().matches("who|which|whose|where|when")) {
            int close = k + 1;
            while (close < u.last() && close <= k + 15 && !doc.token(close).text().equals(",")) close++;
            if (close < u.last() && doc.token(close).text().equals(",")) k = close + 1;
        }
        // `Bill Clinton and Hillary Clinton arrived`: the first of coordinated names is as much the subject as the last.
        if (k + 1 < u.last() && doc.token(k).tag().equals("CCONJ") && doc.token(k + 1).tag().equals("PROPN")) {
            k++;
            while (k < u.last() && k <= last + 10 && doc.token(k).tag().equals("PROPN")) k++;
        }
        for (; k < u.last() && k <= last + 20; k++) {
            Token t = doc.token(k);
            if (t.tag().equals("ADV") || t.tag().equals("PART") && !t.text().endsWith("s")) continue;
            return t.tag().equals("VERB") || t.tag().equals("AUX");
        }
        return false;
    }
}
