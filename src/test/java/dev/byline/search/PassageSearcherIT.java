package dev.byline.search;

import static dev.byline.testing.Corpora.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.Byline;
import dev.byline.index.IngestListener;
import dev.byline.testing.Corpora;
import dev.byline.testing.Models;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassageSearcherIT {

    @TempDir static Path dir;
    static Byline byline;

    @BeforeAll
    static void index() {
        byline = new Byline(Models.TEXT, dir.resolve("index"));
        byline.indexer().ingest(List.of(Corpora.jsonl(dir, "news.jsonl", List.of(
                article("march", "Withdrawal from Syria", "BBC", "2016-03-14", "Russia announced the withdrawal of troops from Syria."),
                article("april", "Syria talks", "CNN", "2016-04-20", "Troops remained in Syria while talks went on in Geneva."),
                article("may", "Weather", "CNN", "2016-05-01", "Rain is expected across the region this week."),
                article("undated", "Undated troops story", null, null, "Troops were seen near the border.")))), false, IngestListener.SILENT);
    }

    @AfterAll
    static void close() throws Exception {
        byline.close();
    }

    private List<String> ids(String q, SearchFilter filter) {
        return byline.search().passages(q, filter, 10).hits().stream().map(PassageHit::articleId).toList();
    }

    @Test
    void finds_passages_by_stemmed_words_with_offsets_into_the_article() {
        List<PassageHit> hits = byline.search().passages("withdrawing troop", SearchFilter.NONE, 10).hits();
        assertThat(hits).extracting(PassageHit::articleId).contains("march", "april", "undated");
        PassageHit march = hits.stream().filter(h -> h.articleId().equals("march")).findFirst().orElseThrow();
        String text = byline.search().article("march").orElseThrow().text();
        assertThat(text.substring(march.start(), march.end())).isEqualTo(march.text());
        assertThat(march.source()).isEqualTo("BBC");
        assertThat(march.published()).isEqualTo(LocalDate.of(2016, 3, 14));
    }

    @Test
    void a_title_match_ranks_above_a_body_only_match() {
        assertThat(ids("withdrawal", SearchFilter.NONE)).first().isEqualTo("march");
        assertThat(ids("undated troops", SearchFilter.NONE)).first().isEqualTo("undated");
    }

    @Test
    void date_range_keeps_only_dated_articles_inside_it() {
        SearchFilter april = new SearchFilter(LocalDate.of(2016, 4, 1), LocalDate.of(2016, 4, 30), null, List.of());
        assertThat(ids("troops syria", april)).containsExactly("april");
    }

    @Test
    void as_of_ignores_later_articles_but_keeps_undated_ones() {
        SearchFilter asOf = new SearchFilter(null, null, LocalDate.of(2016, 3, 31), List.of());
        assertThat(ids("troops", asOf)).containsExactlyInAnyOrder("march", "undated");
    }

    @Test
    void outlet_filter_is_exact_but_case_insensitive() {
        assertThat(ids("troops", new SearchFilter(null, null, null, List.of("cnn")))).containsExactly("april");
        assertThat(ids("troops", new SearchFilter(null, null, null, List.of("CN")))).isEmpty();
    }

    @Test
    void a_reversed_date_range_is_refused() {
        assertThatThrownBy(() -> new SearchFilter(LocalDate.of(2016, 5, 1), LocalDate.of(2016, 4, 1), null, List.of()))
                .hasMessageContaining("after");
    }

    @Test
    void a_question_of_only_stop_words_finds_nothing() {
        assertThat(byline.search().passages("who is the", SearchFilter.NONE, 10).hits()).isEmpty();
    }
}
