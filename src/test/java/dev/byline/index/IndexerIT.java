package dev.byline.index;

import static dev.byline.testing.Corpora.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Byline;
import dev.byline.corpus.ReadProblem;
import dev.byline.testing.Corpora;
import dev.byline.testing.Models;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerIT {

    @TempDir Path dir;

    private IngestReport ingest(Byline byline, boolean prune, Path... roots) {
        return byline.indexer().ingest(List.of(roots), prune, IngestListener.SILENT);
    }

    @Test
    void reingesting_the_same_files_indexes_nothing_and_duplicates_nothing() throws Exception {
        Path corpus = dir.resolve("corpus");
        Corpora.jsonl(corpus, "a.jsonl", List.of(
                article("a1", "Troops leave", "BBC", "2016-03-14", "Putin ordered the troops out of Syria."),
                article("a2", "Talks resume", "CNN", "2016-03-15", "Peace talks resumed in Geneva on Monday.")));
        Files.writeString(corpus.resolve("note.txt"), "A headline\n\nSome body text about Geneva.");
        try (Byline byline = new Byline(Models.TEXT, dir.resolve("index"))) {
            IngestReport first = ingest(byline, false, corpus);
            assertThat(first.added()).isEqualTo(3);
            IngestReport second = ingest(byline, false, corpus);
            assertThat(second.added()).isZero();
            assertThat(second.updated()).isZero();
            assertThat(second.unchanged()).isEqualTo(3);
            assertThat(byline.search().articleCount()).isEqualTo(3);
        }
    }

    @Test
    void a_changed_article_replaces_the_old_one_with_its_passages() throws Exception {
        Path corpus = dir.resolve("corpus");
        Corpora.jsonl(corpus, "a.jsonl", List.of(article("a1", "Old", "BBC", "2016-03-14", "The old text mentions zebras.")));
        try (Byline byline = new Byline(Models.TEXT, dir.resolve("index"))) {
            ingest(byline, false, corpus);
            Corpora.jsonl(corpus, "a.jsonl", List.of(article("a1", "New", "BBC", "2016-03-14", "The new text mentions giraffes.")));
            IngestReport report = ingest(byline, false, corpus);
            assertThat(report.updated()).isEqualTo(1);
            assertThat(byline.search().article("a1").orElseThrow().title()).isEqualTo("New");
            assertThat(byline.search().passages("zebras", dev.byline.search.SearchFilter.NONE, 10).hits()).isEmpty();
            assertThat(byline.search().passages("giraffes", dev.byline.search.SearchFilter.NONE, 10).hits()).hasSize(1);
        }
    }

    @Test
    void prune_removes_articles_whose_file_left_the_folder_and_nothing_else() throws Exception {
        Path corpus = dir.resolve("corpus");
        Corpora.jsonl(corpus, "keep.jsonl", List.of(article("k", "Keep", null, null, "Kept article text.")));
        Corpora.jsonl(corpus, "gone.jsonl", List.of(article("g", "Gone", null, null, "Removed article text.")));
        try (Byline byline = new Byline(Models.TEXT, dir.resolve("index"))) {
            ingest(byline, false, corpus);
            Files.delete(corpus.resolve("gone.jsonl"));
            IngestReport withoutPrune = ingest(byline, false, corpus);
            assertThat(withoutPrune.pruned()).isZero();
            assertThat(byline.search().articleCount()).isEqualTo(2);
            IngestReport report = ingest(byline, true, corpus);
            assertThat(report.pruned()).isEqualTo(1);
            assertThat(byline.search().article("g")).isEmpty();
            assertThat(byline.search().article("k")).isPresent();
        }
    }

    @Test
    void bad_records_are_reported_with_file_and_line_and_the_rest_goes_in() throws Exception {
        Path file = dir.resolve("mixed.jsonl");
        Files.writeString(file, """
                {"id":"ok1","title":"T","source":"S","published":"2016-01-01","url":null,"author":null,"text":"Good text one."}
                {"id":"broken", "title":\s
                {"id":"empty","title":"T","source":"S","published":null,"url":null,"author":null,"text":""}
                {"id":"ok2","title":"T","source":"S","published":"not a date","url":null,"author":null,"text":"Good text two."}
                """);
        List<ReadProblem> problems = new ArrayList<>();
        try (Byline byline = new Byline(Models.TEXT, dir.resolve("index"))) {
            IngestReport report = byline.indexer().ingest(List.of(file), false, new IngestListener() {
                @Override
                public void problem(ReadProblem problem) {
                    problems.add(problem);
                }
            });
            assertThat(report.added()).isEqualTo(2);
            assertThat(report.skipped()).isEqualTo(2);
            assertThat(problems).extracting(ReadProblem::line).containsExactlyInAnyOrder(2, 3, 4);
            assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo(file));
            assertThat(byline.search().article("ok2").orElseThrow().published()).isNull();
        }
    }

    @Test
    void an_ingest_with_nothing_valid_reports_that_it_found_nothing() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "not json\n");
        try (Byline byline = new Byline(Models.TEXT, dir.resolve("index"))) {
            assertThat(ingest(byline, false, file).foundNothing()).isTrue();
        }
    }

    @Test
    void what_an_ingest_adds_while_serving_becomes_visible_after_refresh() throws Exception {
        Path index = dir.resolve("index");
        try (Byline serving = new Byline(Models.TEXT, index)) {
            assertThat(serving.search().articleCount()).isZero();
            try (Byline ingesting = new Byline(Models.TEXT, index)) {
                ingest(ingesting, false, Corpora.jsonl(dir, "a.jsonl", List.of(article("x", "X", null, null, "Some text."))));
            }
            assertThat(serving.search().articleCount()).isZero();
            serving.store().refresh();
            assertThat(serving.search().articleCount()).isEqualTo(1);
        }
    }
}
