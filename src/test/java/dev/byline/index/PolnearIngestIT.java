package dev.byline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.byline.Byline;
import dev.byline.search.PassageHit;
import dev.byline.search.SearchFilter;
import dev.byline.testing.Corpora;
import dev.byline.testing.Models;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingests the 924 PolNeAR articles when ../shared/data has them; skipped, with a message, where it does not. */
class PolnearIngestIT {

    @Test
    void ingests_all_924_articles_and_a_second_run_finds_them_unchanged(@TempDir Path dir) throws Exception {
        Path articles = Corpora.sharedData("polnear/articles.jsonl");
        assumeTrue(articles != null, "../shared/data/polnear/articles.jsonl is absent; PolNeAR ingest test skipped");
        try (Byline byline = new Byline(Models.TEXT, dir.resolve("index"))) {
            IngestReport first = byline.indexer().ingest(List.of(articles), false, IngestListener.SILENT);
            assertThat(first.added()).isEqualTo(924);
            assertThat(first.skipped()).isZero();
            assertThat(byline.search().articleCount()).isEqualTo(924);

            List<PassageHit> brazile = byline.search().passages("Donna Brazile interim chairwoman", SearchFilter.NONE, 5).hits();
            assertThat(brazile).isNotEmpty();
            assertThat(brazile.getFirst().text()).containsIgnoringCase("Brazile");

            SearchFilter breitbartOnly = new SearchFilter(null, null, null, List.of("Breitbart"));
            assertThat(byline.search().passages("Hillary Clinton emails", breitbartOnly, 10).hits())
                    .isNotEmpty().allSatisfy(h -> assertThat(h.source()).isEqualTo("Breitbart"));

            SearchFilter beforeMarch = new SearchFilter(null, null, LocalDate.of(2016, 2, 29), List.of());
            assertThat(byline.search().passages("Trump rally", beforeMarch, 20).hits())
                    .isNotEmpty().allSatisfy(h -> assertThat(h.published()).isBeforeOrEqualTo(LocalDate.of(2016, 2, 29)));

            IngestReport second = byline.indexer().ingest(List.of(articles), false, IngestListener.SILENT);
            assertThat(second.unchanged()).isEqualTo(924);
            assertThat(second.added() + second.updated()).isZero();
        }
    }
}
