package dev.byline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When an answer span names the accepted answer of a quiz question. */
class QaQuestionTest {

    private static QaQuestion question(List<String> answers, List<String> wrong) {
        return new QaQuestion("q", "Which?", answers, wrong, List.of(), "news_quiz_mc", null);
    }

    @Test
    void a_span_names_the_choice_closest_to_it_by_token_f1() {
        QaQuestion q = question(List.of("UK Prime Minister Boris Johnson"), List.of("French President Emmanuel Macron", "Prime Minister Justin Trudeau"));
        assertThat(q.isNamedBy("Prime Minister Boris Johnson")).isTrue();
        assertThat(q.isNamedBy("Boris Johnson")).isTrue();
        assertThat(q.isNamedBy("Emmanuel Macron")).isFalse();
        assertThat(q.isNamedBy("the Kremlin")).as("no overlap with any choice").isFalse();
        assertThat(q.isNamedBy(null)).isFalse();
        assertThat(question(List.of("“Full House”"), List.of("“Home Improvement”")).isNamedBy("Full House")).isTrue();
    }

    @Test
    void a_tie_between_a_right_and_a_wrong_choice_counts_as_wrong() {
        QaQuestion q = question(List.of("Spirit Airlines"), List.of("Frontier Airlines"));
        assertThat(q.isNamedBy("Airlines")).isFalse();
        assertThat(q.isNamedBy("Frontier Airlines and Spirit Airlines")).isFalse();
        assertThat(question(List.of("700"), List.of("70")).isNamedBy("700")).isTrue();
    }
}
