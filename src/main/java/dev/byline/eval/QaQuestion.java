package dev.byline.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/** One gold question ("Format C" in shared/data/README.md). */
public record QaQuestion(String id, String question, List<String> answers, List<String> wrong, List<String> evidence,
                         String type, @JsonProperty("as_of") LocalDate asOf) {
    public QaQuestion {
        if (question == null || question.isBlank()) throw new IllegalArgumentException("question " + id + " has no text");
        answers = answers == null ? List.of() : List.copyOf(answers);
        wrong = wrong == null ? List.of() : List.copyOf(wrong);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        type = type == null ? "unknown" : type;
    }

    /**
     * Whether an answer span names an accepted answer: the one holds the other as whole words, letters and digits
     * alone compared in lower case ("Full House" names "“Full House”", "Biden" names "Joe Biden"), and it names no
     * distractor the same way.
     */
    public boolean isNamedBy(String span) {
        if (span == null || words(span).isBlank()) return false;
        return answers.stream().anyMatch(a -> sameWords(span, a)) && wrong.stream().noneMatch(w -> sameWords(span, w));
    }

    private static boolean sameWords(String a, String b) {
        String x = " " + words(a) + " ", y = " " + words(b) + " ";
        return !y.isBlank() && (x.contains(y) || y.contains(x));
    }

    private static String words(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Correct when the response names an accepted answer (any case) and no distractor. */
    public boolean isAnsweredBy(String response) {
        String lower = response.toLowerCase();
        return answers.stream().anyMatch(a -> lower.contains(a.toLowerCase()))
                && wrong.stream().noneMatch(w -> lower.contains(w.toLowerCase()));
    }
}
