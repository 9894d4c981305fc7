package dev.byline.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.corpus.Article;
import dev.byline.testing.Models;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article (corpus/seed-putin-syria.txt): undated, title on the first line. */
class SeedArticleIT {

    private static List<Attribution> found;

    @BeforeAll
    static void extract() throws IOException {
        String file = Files.readString(Path.of("corpus/seed-putin-syria.txt"));
        int newline = file.indexOf('\n');
        Article seed = new Article("seed-putin-syria", file.substring(0, newline), null, null, null, null, file.substring(newline + 1));
        found = AttributionExtractor.shipped(Models.TEXT).extract(seed);
    }

    @Test
    void attributes_the_kremlin_quote_to_putin_with_his_role() {
        Attribution a = containing("I consider the mission");
        assertThat(a.quoteText()).startsWith("“I consider the mission").endsWith("from tomorrow,”");
        assertThat(a.speaker().name()).isEqualTo("Vladimir Putin");
        assertThat(a.speaker().role()).isEqualTo("Russian President");
        assertThat(a.speaker().mention().text()).isEqualTo("Putin");
        assertThat(a.type()).isEqualTo(AttributionType.DIRECT);
        assertThat(a.cue().text()).isEqualTo("said");
    }

    @Test
    void dates_putins_quote_from_the_march_14_announcement_as_approximate() {
        Attribution a = containing("I consider the mission");
        assertThat(a.when().precision()).isEqualTo(DatePrecision.APPROXIMATE);
        assertThat(a.when().month()).isEqualTo(3);
        assertThat(a.when().day()).isEqualTo(14);
        assertThat(a.when().display()).isEqualTo("about March 14");
    }

    @Test
    void attributes_plan_b_to_de_mistura_with_his_role() {
        Attribution a = containing("the only plan B available");
        assertThat(a.speaker().name()).isEqualTo("Staffan de Mistura");
        assertThat(a.speaker().role()).isEqualTo("United Nations special envoy for Syria");
        assertThat(a.type()).isEqualTo(AttributionType.DIRECT);
    }

    @Test
    void attributes_red_line_to_al_moallem_as_a_mixed_quote() {
        Attribution a = containing("red line");
        assertThat(a.speaker().name()).isEqualTo("Walid Al Moallem");
        assertThat(a.speaker().role()).isEqualTo("foreign minister for the Assad regime");
        assertThat(a.type()).isEqualTo(AttributionType.MIXED);
        assertThat(a.cue().text()).isEqualTo("described");
    }

    @Test
    void reports_assad_rejecting_the_un_demands() {
        Attribution a = containing("U.N. demands");
        assertThat(a.speaker().name()).isEqualTo("Bashar Assad");
        assertThat(a.speaker().role()).isEqualTo("Syrian President");
        assertThat(a.cue().text()).isEqualTo("also rejects");
        assertThat(a.type()).isEqualTo(AttributionType.INDIRECT);
    }

    @Test
    void never_invents_a_year_for_an_undated_article() {
        assertThat(found).allSatisfy(a -> assertThat(a.when().year()).isNull());
    }

    private static Attribution containing(String words) {
        return found.stream().filter(a -> a.quoteText().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution with \"" + words + "\" in " + found));
    }
}
