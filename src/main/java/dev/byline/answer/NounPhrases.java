package dev.byline.answer;

import dev.byline.nlp.text.Phrases;
import dev.byline.nlp.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Noun phrases of a tagged sentence read from a token outwards, for {@link AnswerSlot}: nouns, names, numbers and
 * their adjectives, with what joins them ("of", "and", a possessive). The part-of-speech tagger misreads some names
 * as adjectives and some modifiers as verbs ("ban diesel/VERB lorries"), so the reading forgives both where it can.
 */
final class NounPhrases {

    static final Set<String> POSSESSIVES = Set.of("its", "his", "her", "their", "our", "my", "your");
    static final Set<String> OPENING_QUOTES = Set.of("“", "\"");
    static final Set<String> CLOSING_QUOTES = Set.of("”", "\"");
    static final Set<String> DASHES = Set.of("-", "–", "—");
    static final int MAX_PHRASE = 8;

    private NounPhrases() {}

    // Steps over what may stand between an anchor and the answer: the question's own words there, articles,
    // adverbs, possessives and auxiliaries; at most a few.
    static int skip(List<Token> sentence, int i, int step, List<String> gap) {
        int limit = gap.size() + 2;
        while (i >= 0 && i < sentence.size() && limit-- > 0) {
            Token t = sentence.get(i);
            boolean filler = gap.contains(t.lower()) || t.tag().equals("DET") || t.tag().equals("ADV")
                    || POSSESSIVES.contains(t.lower()) || (step < 0 && (t.tag().equals("AUX") || t.tag().equals("PART")));
            if (!filler) break;
            i += step;
        }
        return i;
    }

    // A title or slogan in quotation marks at {@code first} (up to ten words), else the noun phrase there; not a verb,
    // which after the thing asked about is what it did ("the probe reached Jupiter").
    static int[] quotedOrForward(List<Token> s, int first) {
        if (first >= 0 && first < s.size() && (s.get(first).tag().equals("VERB") || s.get(first).tag().equals("AUX"))) return null;
        if (first >= 0 && first < s.size() && OPENING_QUOTES.contains(s.get(first).text())) {
            for (int i = first + 2; i < s.size() && i <= first + 11; i++) {
                if (CLOSING_QUOTES.contains(s.get(i).text())) return new int[] {first, i};
            }
        }
        return forward(s, first);
    }

    // The noun phrase that opens at token {@code first}, as {first, last} token indexes, or null.
    static int[] forward(List<Token> s, int first) {
        if (first < 0) return null;
        int last = first - 1;
        for (int i = first; i < s.size() && i - first < MAX_PHRASE; i++) {
            if (inPhrase(s, i, i == first)) last = i;
            else break;
        }
        while (last >= first && !nameLike(s, last)) last--;
        return last < first ? null : new int[] {first, last};
    }

    // The noun phrase that ends at token {@code last}, as {first, last} token indexes, or null.
    static int[] backward(List<Token> s, int last) {
        if (last >= s.size()) return null;
        int first = last + 1;
        for (int i = last; i >= 0 && last - i < MAX_PHRASE; i--) {
            if (inPhrase(s, i, false)) first = i;
            else break;
        }
        while (first <= last && !(head(s.get(first)) || s.get(first).tag().equals("ADJ"))) first++;
        if (first > last || !nameLike(s, last)) return null;
        return new int[] {first, last};
    }

    // A head, or a capitalised word inside the sentence that the tagger calls an adjective ("beat Arsenal/ADJ 2-1").
    static boolean nameLike(List<Token> s, int i) {
        return head(s.get(i)) || (i > 0 && s.get(i).isCapitalised() && s.get(i).tag().equals("ADJ"));
    }

    static boolean head(Token t) {
        return t.tag().equals("NOUN") || t.tag().equals("PROPN") || t.tag().equals("NUM");
    }

    // Nouns, names, numbers and adjectives, not days; a participle before a noun ("disputed territory"); "of", "and", "&" and
    // the possessive between nouns; a determiner right after "of".
    static boolean inPhrase(List<Token> s, int i, boolean opening) {
        Token t = s.get(i);
        if (Phrases.TIME_WORDS.contains(t.lower())) return false; // "the Denver Broncos Tuesday"
        if (t.tag().equals("NUM") && i + 1 < s.size() && DASHES.contains(s.get(i + 1).text())) return false; // a score: "2-1"
        if (head(t) || t.tag().equals("ADJ")) return true;
        boolean nounAfter = i + 1 < s.size() && (head(s.get(i + 1)) || s.get(i + 1).tag().equals("ADJ"));
        // A verb opening the phrase before a noun is a modifier the tagger misread ("ban diesel lorries").
        boolean commonNounAfter = i + 1 < s.size() && s.get(i + 1).tag().equals("NOUN") && !t.isCapitalised();
        if (t.tag().equals("VERB")) return (opening && commonNounAfter) || (nounAfter && (t.lower().endsWith("ed") || t.lower().endsWith("ing")));
        if (opening) return false;
        boolean nounBefore = i > 0 && head(s.get(i - 1));
        if (t.is("of") || t.is("&") || t.is("and") || t.lower().equals("'s") || t.lower().equals("’s")) return nounBefore && nounAfter;
        return t.tag().equals("DET") && i > 0 && s.get(i - 1).is("of") && nounAfter;
    }
}
