package dev.byline.answer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of answer a question wants, read from its question word wherever it stands ("Covid-19 vaccines have saved
 * approximately how many lives?" wants a number as much as "How many lives …?"): a person or organisation (who), an
 * entity of a named kind (which/what + noun: "Which company …", with that noun), a date (when, what year), a place
 * (where), a number or amount (how many, how much, what percentage), a reason or manner (why, how), yes or no, or an
 * open "what happened". Anything else is {@link Kind#OTHER}. The grammar alone decides; nothing is looked up.
 *
 * @param kind the kind of answer wanted
 * @param noun for {@link Kind#WHICH}, the kind of entity asked for ("company", "airline"); for {@link Kind#WHERE}, the
 *             kind of place when the question names one ("country"); for {@link Kind#NUMBER}, {@link #MONEY} or
 *             {@link #PERCENT} when the question asks for one; otherwise null
 */
public record QuestionType(Kind kind, String noun) {

    /** The noun of a {@link Kind#NUMBER} question that asks for an amount of money ("How much did it cost?"). */
    public static final String MONEY = "money";
    /** The noun of a {@link Kind#NUMBER} question that asks for a share ("What percentage of …?"). */
    public static final String PERCENT = "percent";

    public enum Kind { WHO, WHICH, WHEN, WHERE, NUMBER, REASON, YES_NO, HAPPENED, OTHER }

    private static final Pattern LEADING = Pattern.compile("(?i)^\\s*(?:and|so|but|also|ok(?:ay)?)[\\s,]+");
    private static final Pattern YES_NO = Pattern.compile(
            "(?i)^\\s*(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|may|might|must|isn't|aren't|wasn't|didn't|doesn't|hasn't|haven't|won't)\\b");
    /** Words that end the noun of "which + noun": auxiliaries and common verbs, regular and irregular pasts. */
    private static final String VERBS = "did|does|do|has|have|had|is|was|are|were|will|would|can|could|announced|said|says|became|won"
            + "|agreed|plans|filed|reported|wants|faces|leads|owns|makes|holds|hopes|expects|intends|claims|seeks|remains|becomes"
            + "|gets|takes|gives|runs|uses|brought|took|made|began|told|found|gave|got|went|came|left|led|lost|held|kept|paid|sold"
            + "|sent|spent|stood|struck|hit|set|put|cut|ran|saw|chose|drew|grew|knew|rose|fell|broke|wrote|spoke|stole|threw|wore"
            + "|beat|bought|caught|fought|built|met|shut|quit|shot|split|sank|sang|swam|slipped|[a-z]+ed";

    /** Question words and the phrases that open a typed question, earliest in the question wins. */
    private static final Pattern ASKING = Pattern.compile("(?i)\\b(?:"
            + "(?<number>(?<money>how\\s+much(?=\\s+(?:did|does|do|is|was|are|were|has|have|had|will|would|could|money)\\b))"
            + "|(?<percent>what\\s+(?:percentage|percent|share|fraction|proportion))"
            + "|how\\s+(?:many|much|long|old|far|often)|what\\s+(?:amount|number)(?:\\s+of)?)"
            + "|(?<when>when|what\\s+(?:year|month|day|date|time)|which\\s+(?:year|month|day|date))"
            + "|(?<where>where|(?:in\\s+)?(?:what|which)\\s+(?<place>city|country|state|town|place|region|county|island))"
            + "|(?<happened>what\\s+(?:happened|(?:is|was)\\s+happening|has\\s+happened|(?:is|was)\\s+going\\s+on))"
            + "|(?<who>who(?:m|se)?)"
            + "|(?<which>(?:which|what)\\s+(?:(?:(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could)\\b)[a-z0-9’'-]+\\s+){0,4}?)(?<noun>(?!(?!family|ally|assembly|rally|supply)[a-z]+ly\\b)(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could)\\b)[a-z-]+)(?=\\s+(?:[a-z]+ly\\s+)?(?:" + VERBS + ")\\b|\\s+(?:on|in|at|for|to|from|with|by|over|after|before|during|this|last)\\b|\\s*[?,.]|\\s*$))"
            + "|(?<why>why|how\\s+(?:did|does|do|is|was|are|were|can|could|will|would|has|have))"
            + ")\\b");

    /** The type of {@code question}. */
    public static QuestionType of(String question) {
        String q = LEADING.matcher(question.strip()).replaceFirst("");
        Matcher m = ASKING.matcher(q);
        if (m.find()) {
            if (m.group("number") != null) {
                return new QuestionType(Kind.NUMBER, m.group("money") != null ? MONEY : m.group("percent") != null ? PERCENT : null);
            }
            if (m.group("when") != null) return new QuestionType(Kind.WHEN, null);
            if (m.group("where") != null) return new QuestionType(Kind.WHERE, m.group("place") == null ? null : m.group("place").toLowerCase(Locale.ROOT));
            if (m.group("happened") != null) return new QuestionType(Kind.HAPPENED, null);
            if (m.group("who") != null) return new QuestionType(Kind.WHO, null);
            if (m.group("which") != null) return new QuestionType(Kind.WHICH, m.group("noun").toLowerCase(Locale.ROOT));
            if (m.group("why") != null) return new QuestionType(Kind.REASON, null);
        }
        if (YES_NO.matcher(q).find()) return new QuestionType(Kind.YES_NO, null);
        return new QuestionType(Kind.OTHER, null);
    }

    /** The kind in lower case, as reports write it ("which", "yes_no"). */
    public String label() {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
