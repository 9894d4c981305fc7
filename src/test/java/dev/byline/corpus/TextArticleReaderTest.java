package dev.byline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextArticleReaderTest {

    @TempDir
    Path dir;

    @Test
    void takes_the_first_line_as_title_and_keeps_the_body_as_written() throws IOException {
        Article article = read("story.txt", "\n  Troops Leave  \r\n\r\n\r\n  Putin spoke.\r\nHe left.  \n\nEnd.\n");

        assertThat(article.title()).isEqualTo("Troops Leave");
        assertThat(article.text()).isEqualTo("  Putin spoke.\nHe left.  \n\nEnd.\n");
        assertThat(article.id()).isEqualTo("story");
        assertThat(article.published()).isNull();
    }

    @Test
    void strips_markdown_heading_marks_from_the_title_only() throws IOException {
        Article article = read("story.md", "# Troops Leave #\n\n## Background\n\nPutin *spoke*.\n");

        assertThat(article.title()).isEqualTo("Troops Leave");
        assertThat(article.text()).isEqualTo("## Background\n\nPutin *spoke*.\n");
    }

    @Test
    void drops_a_setext_underline_under_a_markdown_title() throws IOException {
        Article article = read("story.md", "Troops Leave\n============\n\nPutin spoke.\n");

        assertThat(article.title()).isEqualTo("Troops Leave");
        assertThat(article.text()).isEqualTo("Putin spoke.\n");
    }

    @Test
    void takes_metadata_from_front_matter_and_the_text_after_it() throws IOException {
        Article article = read("story.md", """
                ---
                id: custom-id
                title: "Putin: Troops Leave"
                source: BBC
                published: 2016-03-14T10:00:00+00:00
                url: https://bbc.example/putin
                author: [A. Writer, B. Writer]
                ---

                # Not the title

                Putin spoke.
                """);

        assertThat(article).isEqualTo(new Article("custom-id", "Putin: Troops Leave", "BBC", LocalDate.of(2016, 3, 14),
                "https://bbc.example/putin", "A. Writer, B. Writer", "# Not the title\n\nPutin spoke.\n"));
    }

    @Test
    void takes_the_title_from_the_first_line_when_front_matter_has_none() throws IOException {
        Article article = read("story.txt", "---\nsource: BBC\npublished: 2016-03-14\n---\nTroops Leave\n\nPutin spoke.");

        assertThat(article.title()).isEqualTo("Troops Leave");
        assertThat(article.source()).isEqualTo("BBC");
        assertThat(article.published()).isEqualTo(LocalDate.of(2016, 3, 14));
        assertThat(article.text()).isEqualTo("Putin spoke.");
        assertThat(article.id()).isEqualTo("story");
    }

    @Test
    void keeps_the_article_without_a_date_it_cannot_read() throws IOException {
        Path file = Files.writeString(dir.resolve("story.txt"), "---\npublished: soon\n---\nTitle\nBody.");

        CollectingSink sink = CollectingSink.read(file);

        assertThat(sink.only().published()).isNull();
        assertThat(sink.problems).containsExactly(new ReadProblem(file, 0, "unparseable date 'soon'", false));
    }

    @Test
    void reports_broken_front_matter_with_its_line() throws IOException {
        Path unclosed = Files.writeString(dir.resolve("a.md"), "---\ntitle: T\n\nBody.\n");
        Path malformed = Files.writeString(dir.resolve("b.md"), "---\ntitle: T\nsource: [BBC\n---\nBody.\n");
        Path nested = Files.writeString(dir.resolve("c.md"), "---\ntitle: {main: T}\n---\nBody.\n");

        CollectingSink sink = CollectingSink.read(dir);

        assertThat(sink.sourced).isEmpty();
        assertThat(sink.problems).extracting(ReadProblem::file).containsExactly(unclosed, malformed, nested);
        assertThat(sink.problems.get(1).line()).isGreaterThan(1);
        assertThat(sink.problems.get(1).message()).startsWith("malformed front matter");
        assertThat(sink.problems.get(2).message()).isEqualTo("front matter field 'title' should be a single value");
    }

    @Test
    void reports_a_file_with_a_title_and_no_body_as_empty() throws IOException {
        Path file = Files.writeString(dir.resolve("story.txt"), "Just a headline\n\n  \n");

        CollectingSink sink = CollectingSink.read(file);

        assertThat(sink.sourced).isEmpty();
        assertThat(sink.problems).containsExactly(new ReadProblem(file, 0, "empty text"));
    }

    private Article read(String name, String content) throws IOException {
        CollectingSink sink = CollectingSink.read(Files.writeString(dir.resolve(name), content));
        assertThat(sink.problems).isEmpty();
        return sink.only();
    }
}
