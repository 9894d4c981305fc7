package dev.byline.chat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites follow-ups by rule: "he"/"she"/"they" become the last speaker ("What did she say about X?"), "What else did
 * he say?" asks for that speaker's quotes, and "And when was that?" asks when the speaker said the last quote.
 */
public final class FollowUpRewriter implements QuestionRewriter {

    private static final Pattern LEADING = Pattern.compile("(?i)^\\s*(?:and|so|but|ok(?:ay)?|also)[\\s,]+");
    private static final Pattern WHEN_WAS_THAT = Pattern.compile("(?i)^when\\s+(?:was|did)\\s+(?:that|this|it)(?:\\s+(?:said|happen|say))?\\s*\\??$"
            + "|^when\\s+did\\s+(?:he|she|they)\\s+say\\s+(?:that|this|it)\\s*\\??$");
    private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(he|she|they|him|them)\\b");
    private static final Pattern ELSE = Pattern.compile("(?i)^what\\s+else\\s+(did|has|had|does)\\s+");
    /** Words of the last quote carried into "when was that?"; enough to find it again, short enough to read. */
    static final int TOPIC_WORDS = 14;

    @Override
    public String standalone(String message, String conversationId, List<Conversations.Turn> turns) {
        return standalone(message, Conversations.context(turns));
    }

    /** The standalone question for {@code message}, given what the conversation was last about. */
    public String standalone(String message, Conversations.Context context) {
        if (context.speaker() == null) return message;
        String q = LEADING.matcher(message.strip()).replaceFirst("");
        if (WHEN_WAS_THAT.matcher(q).matches()) {
            return context.topic() == null ? "When did " + context.speaker() + " say that?"
                    : "When did " + context.speaker() + " say " + words(context.topic()) + "?";
        }
        Matcher pronoun = PRONOUN.matcher(q);
        if (!pronoun.find()) return q.equals(message.strip()) ? message : capitalise(q);
        String rewritten = PRONOUN.matcher(q).replaceAll(Matcher.quoteReplacement(context.speaker()));
        rewritten = ELSE.matcher(rewritten).replaceFirst("What $1 ");
        return capitalise(rewritten);
    }

    /** The first words of a quote, its marks dropped. */
    static String words(String topic) {
        String[] words = topic.replaceAll("[“”\"‘’«»]", " ").replaceAll("[\\s,.;:!?…]+$", "").strip().split("\\s+");
        if (words.length <= TOPIC_WORDS) return String.join(" ", words);
        return String.join(" ", java.util.Arrays.copyOf(words, TOPIC_WORDS));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
