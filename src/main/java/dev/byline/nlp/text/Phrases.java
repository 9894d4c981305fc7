package dev.byline.nlp.text;

import dev.byline.nlp.lexicon.Cues;
import java.util.Set;

/**
 * Finds the noun phrase that names a speaker next to a cue: "Russian President Vladimir Putin said",
 * "said a spokesman, Scott Whiffen", "Staffan de Mistura, the United Nations special envoy for Syria, said".
 * PolNeAR marks the full noun phrase, appositive included, so that is what is returned; the name and the role
 * are told apart later by {@code attribution.resolve.SpeakerResolver}.
 */
public final class Phrases {

    /** Tokens {@code first..last}, both inclusive. */
    public record Range(int first, int last) {}

    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "who", "which", "i", "we", "you");
    /** Quantifiers that stand for people on their own: "Some argue that ...", "Many said ...". */
    private static final Set<String> QUANTIFIERS = Set.of("some", "many", "most", "others", "both", "all", "few", "several");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our", "my", "your");
    /** Pronouns proper; a capitalised word the tagger calls a pronoun but not listed here is a name ("HuffPost"). */
    private static final Set<String> COMMON_PRONOUNS = Set.of("i", "he", "she", "it", "we", "they", "you", "me", "him",
            "her", "us", "them", "this", "that", "these", "those", "who", "whom", "whose", "which", "what", "everyone",
            "everybody", "nobody", "anyone", "anybody", "someone", "somebody", "something", "nothing", "everything",
            "anything", "all", "some", "many", "most", "each", "both", "one", "none", "another", "others", "such",
            "there", "here", "myself", "himself", "herself", "themselves", "itself", "yourself", "ourselves", "mine",
            "ours", "theirs", "hers", "his", "its", "few", "several", "any", "either", "neither", "whoever", "whatever");
    private static final Set<String> LINKS = Set.of("of", "for", "at", "from", "in", "with", "to", "on");
    private static final Set<String> SKIPPABLE = Set.of("also", "later", "then", "reportedly", "recently", "previously",
            "has", "have", "had", "will", "would", "could", "did", "does", "do", "may", "might", "should", "once", "often",
            "again", "repeatedly", "publicly", "privately", "flatly", "simply", "further", "still", "even", "just",
            "separately", "first", "earlier", "already", "never", "not", "bluntly", "subsequently", "finally");
    public static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week", "month", "year");

    private final ArticleText doc;

    public Phrases(ArticleText doc) {
        this.doc = doc;
    }

    /** Skips adverbs, auxiliaries and "on Monday" leftwards from {@code i}; returns the first token not skipped. */
    public int skipLeft(int i, int floor) {
        while (i >= floor && frame(i)) {
            Token t = doc.token(i);
            if (SKIPPABLE.contains(t.text()) || (t.tag().equals("ADV") && t.lower().endsWith("ly"))) i--;
            else if (TIME_WORDS.contains(t.lower())) {
                i--;
                if (i >= floor && (doc.token(i).is("on") || doc.token(i).is("last") || doc.token(i).is("this"))) i--;
            } else break;
        }
        return i;
    }

    /** The noun phrase ending at token {@code last} (nothing to its right is considered), or null. */
    public Range endingAt(int last, int floor) {
        if (last < floor || !frame(last)) return null;
        Token head = doc.token(last);
        if (isPronoun(head) || QUANTIFIERS.contains(head.lower()) && !head.quoted()) return new Range(last, last);
        if (!isNominal(head) && !isMistaggedNoun(last, floor)) return null;
        int k = last;
        while (k - 1 >= floor && frame(k - 1)) {
            Token p = doc.token(k - 1);
            if (p.tag().equals("DET") || POSSESSIVES.contains(p.lower())) {
                k--;
                // `dozens of members of his party`, `an official familiar with the investigation`: go on past "of".
                if (k - 2 >= floor && frame(k - 1) && frame(k - 2) && LINKS.contains(doc.token(k - 1).lower())
                        && (isNominal(doc.token(k - 2)) || doc.token(k - 2).tag().equals("ADJ"))) {
                    k--;
                    continue;
                }
                break;
            }
            // `current and former officials`: adjectives joined by a conjunction.
            if ((p.is("and") || p.is("or")) && k - 2 >= floor && frame(k - 2) && doc.token(k - 2).tag().equals("ADJ")
                    && doc.token(k).tag().equals("ADJ")) {
                k--;
                continue;
            }
            if (isNominal(p) || p.tag().equals("ADJ") || isPossessiveMark(p) || p.text().equals("-") || p.text().equals("&")) {
                k--;
            } else if (LINKS.contains(p.lower()) && k - 2 >= floor && frame(k - 2) && isNominal(doc.token(k - 2))
                    && !TIME_WORDS.contains(doc.token(k).lower())) {
                k--;
            } else break;
        }
        while (k < last && (isPossessiveMark(doc.token(k)) || doc.token(k).text().equals("-"))) k++;
        return new Range(k, last);
    }

    /** The noun phrase starting at token {@code first}, with an appositive after a comma, or null. */
    public Range startingAt(int first, int ceiling) {
        Range core = coreStartingAt(first, ceiling);
        if (core == null || isPronoun(doc.token(core.first()))) return core;
        int comma = core.last() + 1;
        // `Arianna Gil, 22, who helped found the group`: a relative clause closing the sentence describes the speaker.
        if (comma + 1 < ceiling && doc.token(comma).text().equals(",") && frame(comma) && doc.token(comma + 1).is("who")) {
            int end = toSentenceEnd(comma + 1, ceiling);
            if (end > 0) return new Range(core.first(), end);
        }
        if (comma < ceiling && doc.token(comma).text().equals(",") && frame(comma)) {
            Range appositive = coreStartingAt(comma + 1, ceiling);
            if (appositive != null) {
                int after = appositive.last() + 1;
                boolean closes = after >= ceiling || doc.token(after).text().equals(".") || doc.token(after).text().equals(",");
                if (closes) return new Range(core.first(), appositive.last());
                // A longer description ("an entrepreneur and one of the founders of ...") runs to the clause end.
                Token lead = doc.token(comma + 1);
                if (lead.tag().equals("DET") || lead.tag().equals("ADJ") || POSSESSIVES.contains(lead.lower())) {
                    int end = comma + 1;
                    while (end + 1 < ceiling && frame(end + 1) && !doc.token(end + 1).text().equals(".")
                            && !doc.token(end + 1).text().equals(",") && !doc.token(end + 1).text().equals(";")) {
                        if (doc.token(end + 1).tag().equals("AUX")) return core;
                        end++;
                    }
                    if (end + 1 >= ceiling || doc.token(end + 1).text().equals(".")) return new Range(core.first(), end);
                }
            }
        }
        return core;
    }

    // The last token before the full stop that ends the unit, or -1 when another clause or quotation intervenes.
    private int toSentenceEnd(int from, int ceiling) {
        int end = from;
        while (end + 1 < ceiling && frame(end + 1) && !doc.token(end + 1).text().equals(".")) end++;
        return end + 1 >= ceiling || doc.token(end + 1).text().equals(".") ? end : -1;
    }

    private Range coreStartingAt(int first, int ceiling) {
        if (first >= ceiling || !frame(first)) return null;
        Token t = doc.token(first);
        if (isPronoun(t)) return new Range(first, first);
        int k = first;
        boolean noun = false;
        while (k < ceiling && frame(k)) {
            Token p = doc.token(k);
            if (k == first && (p.tag().equals("DET") || POSSESSIVES.contains(p.lower()))) k++;
            else if (isNominal(p)) {
                noun = true;
                k++;
            } else if (p.tag().equals("ADJ") || isPossessiveMark(p) || p.text().equals("-") || p.text().equals("&")) k++;
            else if (noun && LINKS.contains(p.lower()) && k + 1 < ceiling && frame(k + 1)
                    && (isNominal(doc.token(k + 1)) || doc.token(k + 1).tag().equals("DET"))
                    && !TIME_WORDS.contains(doc.token(k + 1).lower())) k++;
            else break;
        }
        while (k - 1 > first && !isNominal(doc.token(k - 1))) k--;
        return noun ? new Range(first, k - 1) : null;
    }

    // `one P&G employee told`: the tagger sometimes calls the noun before a verb a verb; a plain form after a
    // noun, adjective or determiner is taken for the noun it is.
    private boolean isMistaggedNoun(int i, int floor) {
        Token t = doc.token(i);
        if (!t.tag().equals("VERB") || i - 1 < floor || t.lower().endsWith("ing") || t.lower().endsWith("ed")
                || Cues.form(t.text()) != null) return false;
        Token before = doc.token(i - 1);
        return !before.quoted() && (isNominal(before) || before.tag().equals("ADJ") || before.tag().equals("DET"));
    }

    private boolean frame(int i) {
        return !doc.token(i).quoted();
    }

    public static boolean isPronoun(Token t) {
        return t.tag().equals("PRON") && PRONOUNS.contains(t.lower());
    }

    private static boolean isNominal(Token t) {
        String tag = t.tag();
        return (tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("NUM")
                || (t.isCapitalised() && t.isWord() && !(tag.equals("PRON") && COMMON_PRONOUNS.contains(t.lower()))
                    && !tag.equals("DET") && !tag.equals("ADP") && !tag.equals("CCONJ") && !tag.equals("SCONJ")))
                && !TIME_WORDS.contains(t.lower());
    }

    private static boolean isPossessiveMark(Token t) {
        return t.text().equals("'s") || t.text().equals("’s") || t.tag().equals("PART") && t.text().startsWith("'");
    }
}
