package dev.byline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.eval.AttributionScores.Prf;
import dev.byline.eval.AttributionScores.SpanScores;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EffectivenessPageTest {

    private static final EffectivenessPage.Run RUN = new EffectivenessPage.Run("2026-12-04 19:00 UTC", "abc1234", "2 cores", "Java 25");

    private static SpanScores span(double exactF1Base) {
        return new SpanScores(new Prf(0.8, 0.6, exactF1Base), new Prf(0.9, 0.7, 0.75));
    }

    @Test
    void the_page_carries_date_commit_machine_and_every_score_of_the_run() {
        AttributionScores scores = new AttributionScores(84, 31.0, span(0.706), span(0.684), span(0.5903), 0.92);
        QaReport qa = new QaReport(233, 0.914, 5, 1.0, 0.99, 0.875, new QaReport.Latency(5.2, 9.8),
                Map.of("who_said", new QaReport.TypeScores(233, 0.914, 1.0, 0.99)));
        String page = EffectivenessPage.render(RUN, scores, "./byline eval attributions ...",
                List.of(new EffectivenessPage.Qa("who said what", "the who-said questions", qa, "./byline eval qa ...")),
                List.of("RealTime QA dev: not asked for"));
        assertThat(page).contains("2026-12-04 19:00 UTC").contains("`abc1234`").contains("2 cores").contains("Java 25");
        assertThat(page).contains("| source | 80.0 | 60.0 | **70.6** | 90.0 | 70.0 | 75.0 |")
                .contains("| content | 80.0 | 60.0 | **59.0** |")
                .contains("Speaker accuracy on matched contents: 92.0%");
        assertThat(page).contains("| 233 | 0.914 | – | 1.000 | 0.875 | 0.990 | 5.2 ms | 9.8 ms |");
        assertThat(page).contains("./byline eval qa ...").contains("RealTime QA dev: not asked for");
    }

    @Test
    void the_speaker_split_shows_each_source_form_and_the_hedged_share() {
        Map<SourceForm, AttributionScores.Tally> byForm = Map.of(SourceForm.NAME, new AttributionScores.Tally(93, 100),
                SourceForm.PRONOUN, new AttributionScores.Tally(30, 40));
        AttributionScores.SpeakerScores speakers = new AttributionScores.SpeakerScores(byForm,
                new AttributionScores.Tally(118, 120), new AttributionScores.Tally(5, 20), 3);
        AttributionScores scores = new AttributionScores(84, 31.0, span(0.706), span(0.684), span(0.5903), 0.88, speakers);
        String page = EffectivenessPage.render(RUN, scores, "./byline eval attributions ...", List.of(), List.of());
        assertThat(page).contains("| 93.0% (100) | 0.0% (0) | 75.0% (40) | 0.0% (0) | 0.0% (0) | 98.3% (120) | 25.0% (20) | 14.3% |");
    }

    @Test
    void a_qa_run_is_split_by_question_form() {
        QaReport qa = new QaReport(10, 0.5, 5, 0.8, 0.6, 0.7, new QaReport.Latency(5.0, 9.0), Map.of(),
                Map.of("number", new QaReport.TypeScores(4, 0.25, 0.75, 0.5, 0.25), "which", new QaReport.TypeScores(6, 0.6667, 0.8333, 0.6667, 0.5)),
                0.3);
        String page = EffectivenessPage.render(RUN, null, "", List.of(new EffectivenessPage.Qa("news", "the quiz", qa, "./byline eval qa ...")), List.of());
        assertThat(page).contains("| question form | questions | accuracy | span accuracy |").contains("| number | 4 | 0.250 | 0.250 | 0.750 | 0.500 |")
                .contains("| which | 6 | 0.667 | 0.500 | 0.833 | 0.667 |").contains("| 10 | 0.500 | 0.300 | 0.800 |");
        QaReport compared = qa.withRetrieval(new java.util.LinkedHashMap<>(Map.of("bm25", new QaEvaluation.RetrievalScores(0.95, 0.9))));
        assertThat(EffectivenessPage.render(RUN, null, "", List.of(new EffectivenessPage.Qa("news", "the quiz", compared, "...")), List.of()))
                .contains("| search | evidence recall@5 | evidence MRR@10 |").contains("| bm25 | 0.950 | 0.900 |");
        assertThat(page).doesNotContain("| search |");
    }

    @Test
    void a_run_without_attribution_scores_has_no_attribution_table() {
        String page = EffectivenessPage.render(RUN, null, "", List.of(), List.of());
        assertThat(page).doesNotContain("PolNeAR dev split").contains("abc1234");
    }
}
