package dev.byline.attribution.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A date dates a statement only when it stands in the statement's own clause. */
class WhenResolverClauseTest {

    @ParameterizedTest(name = "{0} | {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            The order takes effect on March 15, as Putin informed leaders  | March 15 | informed | false
            Putin said on Monday that talks would resume                   | Monday   | said     | true
            On Monday, Putin said talks would resume                       | Monday   | said     | true
            Putin told reporters March 14                                  | March 14 | told     | true
            Talks began on March 13; the envoy said war was the plan B     | March 13 | said     | false
            """)
    void a_date_counts_only_in_the_cues_clause(String frame, String date, String cue, boolean counts) {
        int start = frame.indexOf(date);
        assertThat(WhenResolver.sameClause(frame, start, start + date.length(), frame.indexOf(cue))).isEqualTo(counts);
    }
}
