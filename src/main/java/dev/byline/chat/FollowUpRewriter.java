package dev.byline.chat;

import dev.byline.chat.Conversations.Person;
import dev.byline.nlp.lexicon.Genders.Gender;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rewrites follow-ups by rule. "He", "she" and "they" become the most recent person the conversation was about whose
 * gender agrees ("she" never a man; someone whose gender nothing tells fits either); "What else did he say?" asks for
 * that person's quotes; "about it", "about that" and "about this" carry the subject last asked about ("What did she
 * say about it?" after "What did Susan Collins say about the Supreme Court?"); "And when was that?" asks when the
 * person said the last quote. When "he" or "she" fits nobody talked about, {@link #clarification} asks back instead.
 */
public final class FollowUpRewriter implements QuestionRewriter {

    private static final Pattern LEADING = Pattern.compile("(?i)^\\s*(?:and|so|but|ok(?:ay)?|also)[\\s,]+");
    private static final Pattern WHEN_WAS_THAT = Pattern.compile("(?i)^when\\s+(?:was|did)\\s+(?:that|this|it)(?:\\s+(?:said|happen|say))?\\s*\\??$"
            + "|^when\\s+did\\s+(?:he|she|they)\\s+say\\s+(?:that|this|it)\\s*\\??$");
    private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(he|she|they|him|them)\\b");
    private static final Pattern THING = Pattern.compile("(?i)\\b(about|on|regarding|concerning)\\s+(it|that|this)\\b");
    private static final Pattern ELSE = Pattern.compile("(?i)^what\\s+else\\s+(did|has|had|does)\\s+");
    /** Words of the last quote carried into "when was that?"; enough to find it again, short enough to read. */
    static final int TOPIC_WORDS = 14;

    @Override
    public String standalone(String message, String conversationId, List<Conversations.Turn> turns) {
        return standalone(message, Conversations.context(turns));
    }

    @Override
    public Optional<String> clarification(String message, List<Conversations.Turn> turns) {
        return clarification(message, Conversations.context(turns));
    }

    /**
     * "I can't tell whom “she” means": asked when the message says "he" or "she" and nobody the conversation was about
     * has that gender, naming the people it was about so the user can ask again by name.
     */
    public Optional<String> clarification(String message, Conversations.Context context) {
        if (context.people().isEmpty()) return Optional.empty();
        Matcher pronoun = PRONOUN.matcher(message);
        if (!pronoun.find()) return Optional.empty();
        String word = pronoun.group(1).toLowerCase(Locale.ROOT);
        if (person(word, context).isPresent()) return Optional.empty();
        String names = context.people().stream().map(Person::name).collect(Collectors.joining(", "));
        return Optional.of("I can't tell whom “" + word + "” means: this conversation has been about " + names
                + ", and the articles do not make " + (context.people().size() == 1 ? "that person " : "any of them ")
                + "a " + (wanted(word) == Gender.FEMALE ? "woman" : "man") + ". Ask again with the name, for example “What did "
                + context.people().getFirst().name() + " say" + (context.about() == null ? "" : " about " + context.about()) + "?”");
    }

    /** The standalone question for {@code message}, given what the conversation was last about. */
    public String standalone(String message, Conversations.Context context) {
        String q = LEADING.matcher(message.strip()).replaceFirst("");
        String rewritten = q;
        if (context.about() != null) rewritten = THING.matcher(rewritten).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " " + context.about()));
        if (context.speaker() == null) return rewritten.equals(q) ? message : capitalise(rewritten);
        Matcher pronoun = PRONOUN.matcher(q);
        Optional<Person> who = pronoun.find() ? person(pronoun.group(1).toLowerCase(Locale.ROOT), context) : Optional.empty();
        if (WHEN_WAS_THAT.matcher(q).matches()) {
            String speaker = who.map(Person::name).orElse(context.speaker());
            return context.topic() == null ? "When did " + speaker + " say that?"
                    : "When did " + speaker + " say " + words(context.topic()) + "?";
        }
        if (who.isEmpty()) return rewritten.equals(message.strip()) ? message : capitalise(rewritten);
        rewritten = PRONOUN.matcher(rewritten).replaceAll(Matcher.quoteReplacement(who.get().name()));
        rewritten = ELSE.matcher(rewritten).replaceFirst("What $1 ");
        return capitalise(rewritten);
    }

    /** The most recent person the pronoun can mean: "he" a man, "she" a woman, either one whose gender is unknown; "they" anyone. */
    private static Optional<Person> person(String pronoun, Conversations.Context context) {
        Gender wanted = wanted(pronoun);
        return context.people().stream()
                .filter(p -> wanted == Gender.UNKNOWN || p.gender() == Gender.UNKNOWN || p.gender() == wanted)
                .findFirst();
    }

    private static Gender wanted(String pronoun) {
        return switch (pronoun) {
            case "he", "him" -> Gender.MALE;
            case "she" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
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
