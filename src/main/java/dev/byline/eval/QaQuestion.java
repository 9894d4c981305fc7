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
     * Whether an answer span names a right choice: of all the choices (right and wrong), the one with the highest token
     * F1 against the span is a right one; a tie at the top, no overlap at all, or no span counts as wrong. Choices are
     * often worded unlike the articles ("UK Prime Minister Boris Johnson" for "Prime Minister Boris Johnson"), so the
     * closest choice, not an exact match, is what a reader would judge.
     */
    public boolean isNamedBy(String span) {
        if (span == null) return false;
        List<String> spanTokens = tokens(span);
        if (spanTokens.isEmpty()) return false;
        double best = 0;
        boolean bestIsRight = false, tie = false;
        for (int i = 0; i < answers.size() + wrong.size(); i++) {
            boolean right = i < answers.size();
            double f1 = f1(spanTokens, tokens(right ? answers.get(i) : wrong.get(i - answers.size())));
            if (f1 > best) { best = f1; bestIsRight = right; tie = false; }
            else if (f1 == best && f1 > 0 && right != bestIsRight) tie = true;
        }
        return best > 0 && bestIsRight && !tie;
    }

    /** Token F1 of two bags of words (SQuAD's answer overlap). */
    static double f1(List<String> a, List<String> b) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (String t : b) counts.merge(t, 1, Integer::sum);
        int common = 0;
        for (String t : a) if (counts.merge(t, -1, Integer::sum) >= 0) common++;
        if (common == 0) return 0;
        double precision = (double) common / a.size(), recall = (double) common / b.size();
        return 2 * precision * recall / (precision + recall);
    }

    private static final java.util.Set<String> ARTICLES = java.util.Set.of("a", "an", "the");

    private static List<String> tokens(String s) {
        List<String> out = new java.util.ArrayList<>();
        for (String t : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!t.isEmpty() && !ARTICLES.contains(t)) out.add(t);
        return out;
    }

    /** Correct when the response names an accepted answer (any case) and no distractor. */
    public boolean isAnsweredBy(String response) {
        String lower = response.toLowerCase();
        return answers.stream().anyMatch(a -> lower.contains(a.toLowerCase()))
                && wrong.stream().noneMatch(w -> lower.contains(w.toLowerCase()));
    }
}
