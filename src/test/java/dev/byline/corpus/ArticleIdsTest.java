package dev.byline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    private final Path root = Path.of("corpus");

    @Test
    void names_a_file_by_its_path_under_the_root_without_the_suffix() {
        assertThat(ArticleIds.forFile(root, root.resolve("seed-putin-syria.txt"), FileFormat.TEXT))
                .isEqualTo("seed-putin-syria");
    }

    @Test
    void joins_folders_with_double_underscores_and_makes_names_safe() {
        Path file = root.resolve("BBC").resolve("2016 March").resolve("Putin's Café!.HTML");
        assertThat(ArticleIds.forFile(root, file, FileFormat.HTML)).isEqualTo("bbc__2016-march__putin-s-cafe-");
    }

    @Test
    void names_a_file_given_as_root_by_its_file_name() {
        Path file = Path.of("/data/dumps/News.JSONL.gz");
        assertThat(ArticleIds.forFile(file, file, FileFormat.JSONL_GZ)).isEqualTo("news");
    }

    @Test
    void keeps_names_without_an_ascii_form_apart() {
        String putin = ArticleIds.forFile(root, root.resolve("Путин.txt"), FileFormat.TEXT);
        String syria = ArticleIds.forFile(root, root.resolve("Сирия.txt"), FileFormat.TEXT);
        assertThat(putin).isNotEqualTo(syria).matches("[a-z0-9._-]+");
    }

    @Test
    void suffixes_records_by_line_or_element_in_upper_case_so_they_never_meet_a_path_id() {
        assertThat(ArticleIds.forLine("news", 7)).isEqualTo("news-L7");
        assertThat(ArticleIds.forElement("news", 2)).isEqualTo("news-E2");
    }
}
