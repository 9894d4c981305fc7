package dev.byline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QaEvaluationTest {

    private static QaEvaluation.Outcome ranked(int rank) {
        return new QaEvaluation.Outcome(null, null, false, rank > 0 && rank <= 5, false, 1.0, rank);
    }

    @Test
    void mrr_at_10_averages_one_over_the_first_evidence_rank_and_counts_a_miss_as_zero() {
        assertThat(QaEvaluation.meanReciprocalRank(List.of(ranked(1), ranked(2), ranked(0), ranked(4)))).isEqualTo(0.4375);
        assertThat(QaEvaluation.meanReciprocalRank(List.of(ranked(0)))).isEqualTo(0.0);
        assertThat(QaEvaluation.meanReciprocalRank(List.of())).isEqualTo(0.0);
    }
}
