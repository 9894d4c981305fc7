package dev.byline.answer;

import java.util.Objects;

/**
 * What a question asks, as far as its form tells: who said some words, what a speaker said (about a topic), when a
 * speaker said or did something, who a person is, or anything else (answered from passages).
 *
 * @param speaker the person asked about (what/when/who-is), null for who-said and other questions
 * @param words   the words or topic to match in quotes; null when the question gives none
 * @param exact   a fragment the question quotes verbatim ("Who said “…”?"), null when it quotes none
 */
public record AnalyzedQuestion(Intent intent, String speaker, String words, String exact) {

    public enum Intent { WHO_SAID, WHAT_SAID, WHEN_SAID, WHO_IS, OTHER }

    public static final AnalyzedQuestion OTHER = new AnalyzedQuestion(Intent.OTHER, null, null, null);

    public AnalyzedQuestion {
        Objects.requireNonNull(intent, "intent");
        speaker = blankToNull(speaker);
        words = blankToNull(words);
        exact = blankToNull(exact);
        if ((intent == Intent.WHAT_SAID || intent == Intent.WHEN_SAID || intent == Intent.WHO_IS) && speaker == null) {
            throw new IllegalArgumentException(intent + " needs a speaker");
        }
        if (intent == Intent.WHO_SAID && words == null) throw new IllegalArgumentException("who-said needs words");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
