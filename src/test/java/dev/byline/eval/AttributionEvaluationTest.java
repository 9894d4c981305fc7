package dev.byline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.byline.attribution.Attribution;
import dev.byline.attribution.AttributionType;
import dev.byline.attribution.SaidWhen;
import dev.byline.attribution.Speaker;
import dev.byline.nlp.text.TextSpan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributionEvaluationTest {

    //                                      0         1         2         3         4         5         6
    //                                      0123456789012345678901234567890123456789012345678901234567890123
    private static final String TEXT = "“Go home,” Putin said, “now.” The ministry said the war was over.";

    private static TextSpan span(int start, int end) {
        return TextSpan.of(TEXT, start, end);
    }

    @Test
    void scores_exact_and_overlap_matches_on_a_hand_made_gold() {
        // Gold: a split quote (content with two pieces) and an indirect report.
        GoldAttribution split = new GoldAttribution(span(11, 16), span(17, 21), span(0, 29), List.of(span(0, 10), span(23, 29)));
        GoldAttribution indirect = new GoldAttribution(span(30, 42), span(43, 47), span(48, 64));
        // Predicted: the split quote exactly (two parts), the indirect source only partly ("ministry"), its cue
        // exactly, its content too long by the final period, plus one false attribution.
        Attribution p1 = new Attribution(new Speaker("Vladimir Putin", null, span(11, 16)), span(17, 21),
                List.of(span(0, 10), span(23, 29)), AttributionType.DIRECT, SaidWhen.UNKNOWN);
        Attribution p2 = new Attribution(new Speaker("ministry", null, span(34, 42)), span(43, 47),
                List.of(span(48, 65)), AttributionType.INDIRECT, SaidWhen.UNKNOWN);
        Attribution p3 = new Attribution(null, span(5, 9), List.of(span(2, 4)), AttributionType.INDIRECT, SaidWhen.UNKNOWN);

        AttributionScores s = AttributionEvaluation.score(Map.of("a", List.of(split, indirect)), Map.of("a", List.of(p1, p2, p3)), 1.0);

        assertThat(s.articles()).isEqualTo(1);
        // Source: 2 predicted (p3 has none), 1 exact; both overlap.
        assertThat(s.source().exact().p()).isCloseTo(0.5, within(1e-9));
        assertThat(s.source().exact().r()).isCloseTo(0.5, within(1e-9));
        assertThat(s.source().overlap().f1()).isCloseTo(1.0, within(1e-9));
        // Cue: 3 predicted, 2 exact.
        assertThat(s.cue().exact().p()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.cue().exact().r()).isCloseTo(1.0, within(1e-9));
        assertThat(s.cue().exact().f1()).isCloseTo(0.8, within(1e-9));
        // Content: the split quote matches exactly by its covering span; p3 overlaps the split quote's first
        // piece but that gold is already taken by p1 (larger overlap), so it stays unmatched.
        assertThat(s.content().exact().p()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(s.content().exact().r()).isCloseTo(0.5, within(1e-9));
        assertThat(s.content().overlap().p()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.content().overlap().r()).isCloseTo(1.0, within(1e-9));
        // Speaker: both gold attributions have a matched content and an overlapping mention.
        assertThat(s.speakerAccuracy()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void counts_a_speaker_right_by_name_when_the_mention_differs() {
        GoldAttribution gold = new GoldAttribution(span(11, 16), span(17, 21), span(0, 10));
        Attribution elsewhere = new Attribution(new Speaker("Vladimir Putin", null, span(30, 42)), span(17, 21),
                List.of(span(0, 10)), AttributionType.DIRECT, SaidWhen.UNKNOWN);
        Attribution wrong = new Attribution(new Speaker("the ministry", null, span(30, 42)), span(17, 21),
                List.of(span(0, 10)), AttributionType.DIRECT, SaidWhen.UNKNOWN);

        assertThat(AttributionEvaluation.score(Map.of("a", List.of(gold)), Map.of("a", List.of(elsewhere)), 0).speakerAccuracy()).isEqualTo(1.0);
        assertThat(AttributionEvaluation.score(Map.of("a", List.of(gold)), Map.of("a", List.of(wrong)), 0).speakerAccuracy()).isEqualTo(0.0);
    }

    @Test
    void a_labelled_pronoun_counts_by_whom_it_is_resolved_to_and_hedged_speakers_apart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        String text = "Calderon spoke. “No,” he said."; // "he" at 22..24, "said" at 25..29, the quote at 16..21
        TextSpan he = TextSpan.of(text, 22, 24);
        GoldAttribution gold = new GoldAttribution(he, TextSpan.of(text, 25, 29), TextSpan.of(text, 16, 21));
        java.nio.file.Path labels = java.nio.file.Files.writeString(dir.resolve("referents.tsv"),
                "# a comment line\na\t22\t24\the\tCalderon\n");
        Referents referents = Referents.load(labels);
        Attribution right = new Attribution(new Speaker("Felipe Calderon", null, he, 0.9), TextSpan.of(text, 25, 29),
                List.of(TextSpan.of(text, 16, 21)), AttributionType.DIRECT, SaidWhen.UNKNOWN);
        Attribution wrongButHedged = new Attribution(new Speaker("Barack Obama", null, he, 0.4), TextSpan.of(text, 25, 29),
                List.of(TextSpan.of(text, 16, 21)), AttributionType.DIRECT, SaidWhen.UNKNOWN);

        AttributionScores good = AttributionEvaluation.score(Map.of("a", List.of(gold)), Map.of("a", List.of(right)), 0, referents);
        AttributionScores bad = AttributionEvaluation.score(Map.of("a", List.of(gold)), Map.of("a", List.of(wrongButHedged)), 0, referents);

        assertThat(good.speakerAccuracy()).isEqualTo(1.0);
        assertThat(good.speakers().form(SourceForm.PRONOUN)).isEqualTo(new AttributionScores.Tally(1, 1));
        assertThat(good.speakers().confident()).isEqualTo(new AttributionScores.Tally(1, 1));
        // The mention overlaps the gold "he", which the span rule alone would count as right.
        assertThat(AttributionEvaluation.score(Map.of("a", List.of(gold)), Map.of("a", List.of(wrongButHedged)), 0).speakerAccuracy()).isEqualTo(1.0);
        assertThat(bad.speakerAccuracy()).isEqualTo(0.0);
        assertThat(bad.speakers().hedged()).isEqualTo(new AttributionScores.Tally(0, 1));
        assertThat(bad.speakers().hedgeRate()).isEqualTo(1.0);
    }
}
