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
    void a_span_names_an_answer_it_holds_or_that_holds_it_as_whole_words() {
        QaQuestion q = question(List.of("“Full House”"), List.of("“Home Improvement”"));
        assertThat(q.isNamedBy("Full House")).isTrue();
        assertThat(q.isNamedBy("House")).isTrue();
        assertThat(q.isNamedBy("Hou")).isFalse();
        assertThat(q.isNamedBy("Home Improvement")).isFalse();
        assertThat(q.isNamedBy(null)).isFalse();
    }

    @Test
    void a_span_that_also_names_a_distractor_is_wrong() {
        QaQuestion q = question(List.of("700"), List.of("70"));
        assertThat(q.isNamedBy("700")).isTrue();
        assertThat(q.isNamedBy("more than 700")).isTrue();
        assertThat(q.isNamedBy("70")).isFalse();
        assertThat(question(List.of("Joe Biden"), List.of("Biden Jr")).isNamedBy("Biden")).isFalse();
    }
}
