package dev.byline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonArticleReaderTest {

    private static final String PUTIN = """
            {"id": "putin-1", "title": "Putin Orders Troops Out", "source": "BBC", "published": "2016-03-14", \
            "url": "https://bbc.example/putin", "author": "A. Writer, B. Writer", "text": "Putin said it."}""";

    @TempDir
    Path dir;

    @Test
    void reads_every_format_a_field_from_a_jsonl_line() throws IOException {
        CollectingSink sink = CollectingSink.read(write("news.jsonl", PUTIN + "\n"));

        assertThat(sink.problems).isEmpty();
        assertThat(sink.only()).isEqualTo(new Article("putin-1", "Putin Orders Troops Out", "BBC",
                LocalDate.of(2016, 3, 14), "https://bbc.example/putin", "A. Writer, B. Writer", "Putin said it."));
        assertThat(sink.sourced.getFirst().line()).isEqualTo(1);
        assertThat(sink.sourced.getFirst().root()).isEqualTo(dir.resolve("news.jsonl"));
    }

    @Test
    void skips_a_malformed_line_and_reads_the_good_ones_around_it() throws IOException {
        Path file = write("news.jsonl", record("a", "One.") + "\n\n{\"id\": \"b\", \"text\": \n" + record("c", "Three.") + "\n");

        CollectingSink sink = CollectingSink.read(file);

        assertThat(sink.articles()).extracting(Article::id).containsExactly("a", "c");
        assertThat(sink.sourced).extracting(SourcedArticle::line).containsExactly(1, 4);
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("malformed JSON: ").contains("end-of-input");
        });
    }

    @Test
    void reports_empty_text_and_wrong_types_and_goes_on() throws IOException {
        Path file = write("news.jsonl", String.join("\n",
                "{\"id\": \"a\", \"text\": \"  \"}",
                "{\"id\": \"b\"}",
                "{\"id\": \"c\", \"title\": 42, \"text\": \"Body.\"}",
                "[1, 2]",
                "{\"id\": \"d\", \"text\": \"Body.\"} trailing",
                record("e", "Body.")));

        CollectingSink sink = CollectingSink.read(file);

        assertThat(sink.articles()).extracting(Article::id).containsExactly("e");
        assertThat(sink.problems).extracting(ReadProblem::line).containsExactly(1, 2, 3, 4, 5);
        assertThat(sink.problems).extracting(ReadProblem::message).startsWith(
                "empty text", "empty text", "field 'title' should be a string, found NUMBER", "expected a JSON object, found ARRAY");
    }

    @Test
    void keeps_an_article_with_an_unparseable_date_without_the_date() throws IOException {
        Path file = write("news.jsonl", "{\"id\": \"a\", \"published\": \"last Tuesday\", \"text\": \"Body.\"}\n");

        CollectingSink sink = CollectingSink.read(file);

        assertThat(sink.only().published()).isNull();
        assertThat(sink.problems).containsExactly(new ReadProblem(file, 1, "unparseable date 'last Tuesday'", false));
    }

    @Test
    void gives_records_without_id_the_file_id_and_line() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("Feeds"));
        Files.writeString(sub.resolve("Wire.jsonl"), "{\"text\": \"One.\"}\n{\"id\": \"\", \"text\": \"Two.\"}\n");

        CollectingSink sink = CollectingSink.read(dir);

        assertThat(sink.articles()).extracting(Article::id).containsExactly("feeds__wire-L1", "feeds__wire-L2");
        assertThat(sink.sourced.getFirst().root()).isEqualTo(dir);
    }

    @Test
    void reads_gzipped_jsonl() throws IOException {
        Path file = dir.resolve("news.JSONL.GZ");
        Files.write(file, gzip(record("a", "One.") + "\n" + record("b", "Two.") + "\n"));

        CollectingSink sink = CollectingSink.read(file);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.articles()).extracting(Article::id).containsExactly("a", "b");
    }

    @Test
    void keeps_what_came_before_a_truncation_in_gzip_and_reports_where_it_stopped() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 2000; i++) lines.append(record("r" + i, "Article number " + i + " " + "x".repeat(i % 97))).append('\n');
        byte[] whole = gzip(lines.toString());
        Path file = dir.resolve("cut.jsonl.gz");
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        CollectingSink sink = CollectingSink.read(file);

        assertThat(sink.sourced).isNotEmpty().hasSizeLessThan(2000);
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isGreaterThan(sink.sourced.getLast().line());
            assertThat(p.message()).startsWith("stopped reading: truncated file");
        });
    }

    @Test
    void reports_a_file_that_is_not_gzip_at_all() throws IOException {
        Path file = write("plain.jsonl.gz", record("a", "One.") + "\n");

        CollectingSink sink = CollectingSink.read(file);

        assertThat(sink.sourced).isEmpty();
        assertThat(sink.problems).singleElement().satisfies(p -> assertThat(p.message()).contains("corrupt gzip"));
    }

    @Test
    void reads_a_json_file_holding_one_article() throws IOException {
        CollectingSink sink = CollectingSink.read(write("one.json", "{\"title\": \"T\", \"text\": \"Body.\"}"));

        assertThat(sink.only().id()).isEqualTo("one");
        assertThat(sink.sourced.getFirst().line()).isZero();
    }

    @Test
    void reads_a_json_array_numbering_elements_from_one() throws IOException {
        Path file = write("many.json", "[\n  " + record("a", "One.") + ",\n  {\"text\": \"Two.\"},\n  {\"id\": \"c\"}\n]");

        CollectingSink sink = CollectingSink.read(file);

        assertThat(sink.articles()).extracting(Article::id).containsExactly("a", "many-E2");
        assertThat(sink.sourced).extracting(SourcedArticle::line).containsExactly(1, 2);
        assertThat(sink.problems).containsExactly(new ReadProblem(file, 3, "empty text"));
    }

    @Test
    void keeps_the_elements_before_a_json_array_breaks() throws IOException {
        Path file = write("broken.json", "[" + record("a", "One.") + ",\n {\"id\": \"b\", \"text\" \"x\"}]");

        CollectingSink sink = CollectingSink.read(file);

        assertThat(sink.articles()).extracting(Article::id).containsExactly("a");
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).startsWith("malformed JSON at line 2 column");
        });
    }

    private static String record(String id, String text) {
        return "{\"id\": \"" + id + "\", \"title\": \"\", \"source\": null, \"published\": null, \"url\": null, "
                + "\"author\": null, \"text\": \"" + text + "\"}";
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static byte[] gzip(String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
