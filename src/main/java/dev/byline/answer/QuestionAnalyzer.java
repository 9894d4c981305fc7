package dev.byline.answer;

import dev.byline.answer.AnalyzedQuestion.Intent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the question forms quotes answer, by their grammar alone: "Who said / called / described …?",
 * "What did X say (about Y)?", "When did X say or do Y?", "Who is X?". Anything else is {@link Intent#OTHER}.
 */
public final class QuestionAnalyzer {

    /** Verbs of saying a "who …" question can ask about; "who ordered …" is about a deed, not words, and stays a passage question. */
    static final String SAYING = "said|says|say|has said|had said|told|tells|stated|claimed|claims|warned|warns|argued|argues|added"
            + "|insisted|declared|announced|wrote|tweeted|posted|called|calls|described|describes|dubbed|labell?ed|branded"
            + "|characteri[sz]ed|referred to|accused|critici[sz]ed|praised|suggested|predicted|vowed|promised|denied|admitted"
            + "|acknowledged|noted|explained|asserted|maintained|contended|urged|blamed|complained|reported|believes|believed|thinks|thought";

    /** Verbs that describe rather than only report: kept in the words, since the article's sentence uses them too. */
    private static final Pattern DESCRIBING = Pattern.compile("(?i)^(called|calls|described|describes|dubbed|labell?ed|branded|characteri[sz]ed|referred to|accused|critici[sz]ed|praised|blamed)$");

    private static final Pattern WHO_SAID = Pattern.compile("(?i)^\\s*who\\s+(?:(?:first|also|else|ever|once|publicly|reportedly)\\s+)?(" + SAYING + ")\\s+(?:that\\s+)?(.+?)[\\s?.!]*$");
    private static final Pattern WHAT_SAID = Pattern.compile(
            "(?i)^\\s*what\\s+(?:else\\s+)?(?:did|does|has|had|have|do|is|was|are)\\s+(.+?)\\s+(?:(?:recently|previously|publicly|ever|also|actually|first)\\s+)?"
                    + "(?:say|said|saying|tell|told|telling|think|thought|claim|claimed|argue|argued|write|written|wrote|tweet|tweeted|announce|announced|state|stated|warn|warned)"
                    + "(?:\\s+(?:else))?(?:\\s+(?:about|on|regarding|of|concerning)\\s+(.+?))?[\\s?.!]*$");
    private static final Pattern WHEN = Pattern.compile("(?i)^\\s*when\\s+(?:did|does|has|had|was|were|is)\\s+(.+?)[\\s?.!]*$");
    private static final Pattern WHO_IS = Pattern.compile("(?i)^\\s*who\\s+(?:is|was|'s)\\s+(.+?)[\\s?.!]*$");
    private static final Pattern QUOTED = Pattern.compile("[\"“”„«»]([^\"“”„«»]{3,})[\"“”„«»]");
    /** A name: capitalised words, allowing the particles names carry ("Staffan de Mistura", "Walid Al Moallem", "bin Salman"). */
    private static final Pattern NAME = Pattern.compile("^((?:the\\s+)?(?:[A-Z][\\p{L}’'.-]*|de|da|del|van|von|der|al|bin|le|la)(?:\\s+(?:[A-Z][\\p{L}’'.-]*|de|da|del|van|von|der|al|bin|le|la))*)(?:’s|'s)?\\s+(.+)$");

    public AnalyzedQuestion analyze(String question) {
        String q = question.strip();
        Matcher m = WHO_SAID.matcher(q);
        if (m.matches()) {
            String verb = m.group(1), rest = m.group(2);
            String exact = quoted(rest);
            String words = DESCRIBING.matcher(verb).matches() ? verb + " " + rest : rest;
            return new AnalyzedQuestion(Intent.WHO_SAID, null, words, exact);
        }
        m = WHAT_SAID.matcher(q);
        if (m.matches() && !isPronounOnly(m.group(1))) {
            return new AnalyzedQuestion(Intent.WHAT_SAID, m.group(1), m.group(2), null);
        }
        m = WHEN.matcher(q);
        if (m.matches()) {
            Matcher name = NAME.matcher(m.group(1));
            if (name.matches() && startsCapitalised(name.group(1))) {
                return new AnalyzedQuestion(Intent.WHEN_SAID, name.group(1), name.group(2), quoted(name.group(2)));
            }
        }
        m = WHO_IS.matcher(q);
        if (m.matches() && isName(m.group(1))) return new AnalyzedQuestion(Intent.WHO_IS, m.group(1), null, null);
        return AnalyzedQuestion.OTHER;
    }

    private static String quoted(String text) {
        Matcher m = QUOTED.matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }

    /** "he", "she", "they" left unresolved: a follow-up the chat has not rewritten, so there is nobody to look up. */
    private static boolean isPronounOnly(String speaker) {
        return speaker.strip().toLowerCase(java.util.Locale.ROOT).matches("he|she|they|it|you|i|we");
    }

    private static boolean startsCapitalised(String name) {
        String s = name.startsWith("the ") ? name.substring(4) : name;
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
    }

    /** A proper name only: every word capitalised or a name particle ("Who is Staffan de Mistura?", not "Who is leading?"). */
    private static boolean isName(String text) {
        return text.matches("(?:[A-Z][\\p{L}’'.-]*|de|da|del|van|von|der|al|bin|le|la)(?:\\s+(?:[A-Z][\\p{L}’'.-]*|de|da|del|van|von|der|al|bin|le|la))*")
                && Character.isUpperCase(text.charAt(0));
    }
}
