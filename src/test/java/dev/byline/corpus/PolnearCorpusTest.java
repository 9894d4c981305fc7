package dev.byline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Reads the real PolNeAR evaluation corpus when this checkout sits next to the shared data. */
class PolnearCorpusTest {

    private static final List<Path> CANDIDATES = List.of(
            Path.of("../shared/data/polnear/articles.jsonl"),
            Path.of("/work/shared/data/polnear/articles.jsonl"));

    @Test
    void reads_all_924_polnear_articles_without_a_problem() {
        Path file = CANDIDATES.stream().filter(Files::exists).findFirst().orElse(null);
        Assumptions.assumeTrue(file != null, "PolNeAR articles not found at " + CANDIDATES);

        CollectingSink sink = CollectingSink.read(file);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.sourced).hasSize(924);
        assertThat(new CorpusReader().estimate(List.of(file))).isEqualTo(924);
        assertThat(sink.articles()).extracting(Article::id).doesNotHaveDuplicates();
        assertThat(sink.articles()).allSatisfy(a -> assertThat(a.published()).isNotNull());
        assertThat(Stream.of("Breitbart", "New York Times"))
                .allMatch(outlet -> sink.articles().stream().anyMatch(a -> outlet.equals(a.source())));
    }
}
