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

    /** Correct when the response names an accepted answer (any case) and no distractor. */
    public boolean isAnsweredBy(String response) {
        String lower = response.toLowerCase();
        return answers.stream().anyMatch(a -> lower.contains(a.toLowerCase()))
                && wrong.stream().noneMatch(w -> lower.contains(w.toLowerCase()));
    }
}
