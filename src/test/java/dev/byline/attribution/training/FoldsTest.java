package dev.byline.attribution.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FoldsTest {

    /** Ids sorted by outlet, as PolNeAR's files are: ten of each of three outlets. */
    private static final List<String> IDS = ids("breitbart", "nyt", "west-journal");

    @Test
    void holds_out_articles_from_every_outlet_not_just_the_last() {
        Set<String> held = Folds.spread(IDS, 6, 0);
        assertThat(held).hasSize(6);
        assertThat(held).anyMatch(id -> id.startsWith("breitbart"))
                .anyMatch(id -> id.startsWith("nyt"))
                .anyMatch(id -> id.startsWith("west-journal"));
        assertThat(held.stream().filter(id -> id.startsWith("nyt"))).hasSize(2);
    }

    @Test
    void holds_out_exactly_as_many_distinct_articles_as_asked() {
        assertThat(Folds.spread(IDS, 0, 0)).isEmpty();
        assertThat(Folds.spread(IDS, 1, 0)).containsExactly("nyt_5");
        assertThat(Folds.spread(IDS, 29, 0)).hasSize(29);
        assertThat(Folds.spread(IDS, 30, 0)).containsExactlyInAnyOrderElementsOf(IDS);
    }

    @Test
    void three_folds_are_disjoint_and_each_mixes_outlets() {
        Set<String> seen = new java.util.HashSet<>();
        for (int fold = 0; fold < 3; fold++) {
            Set<String> held = Folds.spread(IDS, 6, fold);
            assertThat(held).hasSize(6);
            assertThat(held.stream().filter(id -> id.startsWith("nyt"))).hasSize(2);
            for (String id : held) assertThat(seen.add(id)).as(id + " held out by two folds").isTrue();
        }
    }

    @Test
    void latest_fold_holds_out_the_articles_published_last_whatever_their_place_in_the_file() {
        // Days run backwards through each outlet's ten, so the latest articles are each outlet's first.
        java.util.function.Function<String, java.time.LocalDate> published = id -> id.equals("nyt_9") ? null
                : java.time.LocalDate.of(2016, 9, 30).minusDays(Integer.parseInt(id.substring(id.indexOf('_') + 1)));
        assertThat(Folds.latest(IDS, 3, published))
                .containsExactlyInAnyOrder("breitbart_0", "nyt_0", "west-journal_0");
        // Ties on a day go to the later in the file; an undated article counts as earliest.
        assertThat(Folds.latest(IDS, 2, published)).containsExactlyInAnyOrder("nyt_0", "west-journal_0");
        assertThat(Folds.latest(IDS, 30, published)).containsExactlyInAnyOrderElementsOf(IDS);
        assertThat(Folds.latest(IDS, 29, published)).doesNotContain("nyt_9");
        assertThat(Folds.latest(IDS, 0, published)).isEmpty();
    }

    private static List<String> ids(String... outlets) {
        List<String> out = new ArrayList<>();
        for (String outlet : outlets) for (int i = 0; i < 10; i++) out.add(outlet + "_" + i);
        return out;
    }
}
