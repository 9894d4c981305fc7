package dev.byline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.corpus.Article;
import dev.byline.index.AnalyzedArticle;
import dev.byline.index.IndexBackend;
import dev.byline.index.lucene.IndexStore;
import dev.byline.nlp.text.Passages;
import dev.byline.search.SearchFilter;
import dev.byline.search.lucene.LuceneSearch;
import dev.byline.testing.Models;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Questions that name a time are answered within it, and widened (saying so) when nothing in it matches. */
class TimedAnswererTest {

    @TempDir static Path dir;
    static IndexStore store;
    static Answerer answerer;
    static final LocalDate AS_OF = LocalDate.of(2024, 3, 8);

    @BeforeAll
    static void index() {
        store = IndexStore.open(dir.resolve("index"));
        Passages passages = new Passages(Models.TEXT.sentences());
        try (IndexBackend.Writer writer = store.open()) {
            for (Article a : List.of(
                    new Article("rotterdam", "Dock strike in Rotterdam", "Harbour Times", LocalDate.of(2024, 3, 5), null, null,
                            "Dock workers in Rotterdam went on strike this week over pay."),
                    new Article("antwerp", "Dock strike in Antwerp", "Harbour Times", LocalDate.of(2023, 6, 1), null, null,
                            "Dock workers in Antwerp went on strike last month over pay."))) {
                writer.replace(new AnalyzedArticle(a, null, "h-" + a.id(), passages.cut(a.text()), List.of()));
            }
            writer.commit();
        }
        store.refresh();
        LuceneSearch search = new LuceneSearch(store);
        Clock today = Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        answerer = new TimedAnswerer(new ExtractiveAnswerer(search, Models.TEXT.sentences(), Models.TEXT.tagger()), today);
    }

    @AfterAll
    static void close() throws Exception {
        store.close();
    }

    @Test
    void a_question_about_this_week_is_answered_from_this_weeks_news() {
        AnswerResult result = answerer.answer(new Question("Which dock workers went on strike this week?", new SearchFilter(null, null, AS_OF, List.of())));
        assertThat(result.citations()).extracting(Citation::articleId).containsExactly("rotterdam");
        assertThat(result.answer().text()).contains("Rotterdam").doesNotContain("Nothing from");
        assertThat(result.searched().window()).isEqualTo("this week (2024-03-02 to 2024-03-08)");
        assertThat(result.searched().widened()).isFalse();
        assertThat(result.searched().from()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(result.searched().question()).isEqualTo("Which dock workers went on strike?");
    }

    @Test
    void without_an_as_of_day_the_window_is_read_against_today() {
        AnswerResult result = answerer.answer(new Question("Which dock workers went on strike this week?", SearchFilter.NONE));
        assertThat(result.citations()).extracting(Citation::articleId).containsExactly("rotterdam");
    }

    @Test
    void a_window_with_nothing_in_it_widens_and_says_so() {
        AnswerResult result = answerer.answer(new Question("Which dock workers went on strike last month?", new SearchFilter(null, null, AS_OF, List.of())));
        assertThat(result.searched().widened()).isTrue();
        assertThat(result.searched().window()).isEqualTo("last month (2024-02-01 to 2024-02-29)");
        assertThat(result.answer().text()).startsWith("Nothing from last month (2024-02-01 to 2024-02-29) answers this, so all dates were searched.");
        assertThat(result.citations()).isNotEmpty();
        assertThat(result.searched().from()).isNull();
    }

    @Test
    void a_question_that_names_no_time_is_answered_as_before() {
        AnswerResult result = answerer.answer(new Question("Which dock workers went on strike?", SearchFilter.NONE));
        assertThat(result.searched().window()).isNull();
        assertThat(result.citations()).hasSize(2);
    }

    @Test
    void a_window_outside_the_asked_dates_widens_rather_than_failing() {
        SearchFilter only2023 = new SearchFilter(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), AS_OF, List.of());
        AnswerResult result = answerer.answer(new Question("Which dock workers went on strike last month?", only2023));
        assertThat(result.searched().widened()).isTrue();
        assertThat(result.citations()).extracting(Citation::articleId).containsExactly("antwerp");
    }
}
