package dev.byline.index;

import static dev.byline.testing.Corpora.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Byline;
import dev.byline.corpus.Article;
import dev.byline.testing.Corpora;
import dev.byline.testing.Models;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of an ingest: the index stays readable at its last commit, and a second run completes it. */
class InterruptedIngestIT {

    static final int ARTICLES = 40_000;

    @TempDir Path dir;

    @Test
    void a_killed_ingest_leaves_a_readable_index_that_a_rerun_completes() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            articles.add(article("a" + i, "Headline " + i, "Outlet " + (i % 7), "2016-03-" + String.format("%02d", 1 + i % 28),
                    "The minister said on Monday that talks number " + i + " would resume. Officials disagreed.\n\nA second paragraph follows here."));
        }
        Path corpus = Corpora.jsonl(dir, "big.jsonl", articles);
        Path index = dir.resolve("index");

        Process ingest = dev.byline.testing.Processes.withoutVectors(new ProcessBuilder(javaBinary(), "-Dbyline.commit.millis=300", "-cp", System.getProperty("java.class.path"),
                "dev.byline.App", "ingest", corpus.toString(), "--index", index.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("ingest.log").toFile()).start();
        waitForFirstCommit(index, ingest);
        ingest.destroyForcibly(); // SIGKILL: no shutdown hooks, no final commit
        assertThat(ingest.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (Byline byline = new Byline(Models.TEXT, index)) {
            int partial = byline.search().articleCount();
            assertThat(partial).as("the last commit before the kill is readable, and the kill came before the end").isPositive().isLessThan(ARTICLES);
            IngestReport rerun = byline.indexer().ingest(List.of(corpus), false, IngestListener.SILENT);
            assertThat(rerun.unchanged()).isEqualTo(partial);
            assertThat(rerun.added()).isEqualTo(ARTICLES - partial);
            assertThat(byline.search().articleCount()).isEqualTo(ARTICLES);
        }
    }

    /** Waits until the child has committed something beyond the empty index, so the kill lands mid-ingest. */
    private static void waitForFirstCommit(Path index, Process ingest) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && ingest.isAlive()) {
            if (Files.isDirectory(index)) {
                try (var files = Files.list(index)) {
                    if (files.filter(f -> f.getFileName().toString().startsWith("segments_")).anyMatch(f -> !f.getFileName().toString().equals("segments_1"))) return;
                }
            }
            Thread.sleep(50);
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
