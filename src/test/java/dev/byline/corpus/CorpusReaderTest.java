package dev.byline.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

    private static final Path SEED = Path.of("corpus", "seed-putin-syria.txt");

    @TempDir
    Path dir;

    @Test
    void reads_every_supported_type_under_a_folder_in_name_order_and_skips_the_rest() throws IOException {
        // "b-folder" sorts before "b.html": '-' comes before '.'; folders are entered where their name sorts
        Files.createDirectories(dir.resolve("b-folder"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("a.txt"), "Title A\nText A.");
        Files.writeString(dir.resolve("b-folder/c.MD"), "# Title C\nText C.");
        Files.writeString(dir.resolve("b-folder/d.jsonl"), "{\"id\": \"d\", \"text\": \"Text D.\"}\n");
        Files.writeString(dir.resolve("b.html"), "<p>Text B.</p>");
        Files.writeString(dir.resolve("e.json"), "{\"id\": \"e\", \"text\": \"Text E.\"}");
        Files.writeString(dir.resolve("notes.csv"), "not,an,article");
        Files.writeString(dir.resolve(".hidden.txt"), "Hidden\nText.");
        Files.writeString(dir.resolve(".git/x.txt"), "Hidden\nText.");

        CollectingSink sink = CollectingSink.read(dir);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.articles()).extracting(Article::id).containsExactly("a", "b-folder__c", "d", "b", "e");
        assertThat(sink.sourced).allSatisfy(a -> assertThat(a.root()).isEqualTo(dir));
    }

    @Test
    void passes_over_a_folder_readme_but_reads_one_named_as_a_root() throws IOException {
        Files.writeString(dir.resolve("README.md"), "# What this folder holds\nFormats and examples.");
        Files.writeString(dir.resolve("story.md"), "# A story\nText.");

        assertThat(CollectingSink.read(dir).articles()).extracting(Article::id).containsExactly("story");
        assertThat(CollectingSink.read(dir.resolve("README.md")).articles()).extracting(Article::id).containsExactly("readme");
    }

    @Test
    void gives_the_same_ids_every_time_a_file_is_read() throws IOException {
        Files.createDirectories(dir.resolve("World News"));
        Files.writeString(dir.resolve("World News/Putin Syria.txt"), "Title\nText.");
        Files.writeString(dir.resolve("wire.jsonl"), "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");

        List<String> first = CollectingSink.read(dir).articles().stream().map(Article::id).toList();
        List<String> second = CollectingSink.read(dir).articles().stream().map(Article::id).toList();

        assertThat(first).containsExactly("world-news__putin-syria", "wire-L1", "wire-L2").isEqualTo(second);
    }

    @Test
    void reports_a_missing_root_and_an_unsupported_file_named_as_root_then_reads_the_others() throws IOException {
        Path missing = dir.resolve("nowhere");
        Path csv = Files.writeString(dir.resolve("notes.csv"), "a,b");
        Path good = Files.writeString(dir.resolve("good.txt"), "Title\nText.");

        CollectingSink sink = CollectingSink.read(missing, csv, good);

        assertThat(sink.articles()).extracting(Article::id).containsExactly("good");
        assertThat(sink.problems).extracting(ReadProblem::file).containsExactly(missing, csv);
        assertThat(sink.problems.get(0).message()).isEqualTo("no such file or folder");
        assertThat(sink.problems.get(1).message()).startsWith("unsupported file type");
    }

    @Test
    void reports_an_unreadable_file_and_reads_the_others() throws IOException {
        Path locked = Files.writeString(dir.resolve("a.txt"), "Title\nText.");
        Files.writeString(dir.resolve("b.txt"), "Title\nText.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(locked), "running as root: permissions do not lock the file");

        CollectingSink sink = CollectingSink.read(dir);

        assertThat(sink.articles()).extracting(Article::id).containsExactly("b");
        assertThat(sink.problems).containsExactly(new ReadProblem(locked, 0, "cannot read: permission denied"));
    }

    @Test
    void lets_a_failing_sink_stop_the_read() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Title\nText.");
        CorpusSink failing = new CorpusSink() {
            @Override
            public void article(SourcedArticle article) {
                throw new IllegalStateException("index is full");
            }

            @Override
            public void problem(ReadProblem problem) {}
        };

        assertThatThrownBy(() -> new CorpusReader().read(List.of(dir), failing)).hasMessage("index is full");
    }

    @Test
    void reads_the_seed_article_with_its_title_and_no_metadata() throws IOException {
        CollectingSink sink = CollectingSink.read(SEED);

        assertThat(sink.problems).isEmpty();
        Article seed = sink.only();
        assertThat(seed.id()).isEqualTo("seed-putin-syria");
        assertThat(seed.title()).isEqualTo("Putin Orders Most Troops Out Of Syria");
        assertThat(seed.published()).isNull();
        assertThat(seed.source()).isNull();
        String file = Files.readString(SEED);
        assertThat(seed.text()).startsWith("Russian President Vladimir Putin ordered")
                .isEqualTo(file.substring(file.indexOf("Russian President")));
    }

    @Test
    void estimates_one_per_record_or_file() throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), "{}\n\n{}\n  \n{}");
        Files.writeString(dir.resolve("b.json"), "[{\"text\": \"x\", \"tags\": [1, 2]}, {}]");
        Files.writeString(dir.resolve("c.json"), "{\"text\": \"x\"}");
        Files.writeString(dir.resolve("d.txt"), "T\nx");
        Files.writeString(dir.resolve("e.md"), "T\nx");
        Files.writeString(dir.resolve("f.html"), "<p>x</p>");
        Files.writeString(dir.resolve("g.csv"), "x");

        assertThat(new CorpusReader().estimate(List.of(dir, dir.resolve("missing")))).isEqualTo(3 + 2 + 1 + 3);
    }
}
