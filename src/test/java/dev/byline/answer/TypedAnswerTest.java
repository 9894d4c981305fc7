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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question that asks for a name, number or place is answered by the words that name it, stated first, with the
 * sentence that holds them and their offsets in the cited article; a sentence that only restates the question loses
 * to one that holds an answer.
 */
class TypedAnswerTest {

    @TempDir static Path dir;
    static IndexStore store;
    static Answerer answerer;
    static final Map<String, Article> ARTICLES = List.of(
            new Article("deal", "A deal for games", "Wire", LocalDate.of(2022, 1, 18), null, null,
                    "A company agreed to buy Activision Blizzard, the maker of Call of Duty, in the largest deal in gaming.\n\n"
                    + "Microsoft agreed to buy Activision Blizzard for $68.7 billion, the company said on Tuesday."),
            new Article("riot", "A year after the riot", "Wire", LocalDate.of(2022, 1, 6), null, null,
                    "A year after the attack on the Capitol, people are still being arrested for their roles in the attack.\n\n"
                    + "More than 700 people have been arrested for their roles in the attack, the Justice Department said."),
            new Article("volcano", "Ash and waves", "Wire", LocalDate.of(2022, 1, 16), null, null,
                    "An underwater volcano erupted on Saturday, sending tsunami waves across the Pacific.\n\n"
                    + "The underwater volcano erupted near Tonga, and ash fell on the islands for hours."),
            new Article("evacuation-a", "Island evacuated", "Wire", LocalDate.of(2022, 2, 1), null, null,
                    "Officials said 1,200 residents were evacuated from the island of Kelso before the storm."),
            new Article("evacuation-b", "Storm nears", "Other Wire", LocalDate.of(2022, 2, 1), null, null,
                    "About 900 residents were evacuated from the island of Kelso, the Red Cross said."),
            new Article("quiz", "News quiz", "Wire", LocalDate.of(2023, 7, 7), null, null,
                    "1. Talks over the status of Gibraltar have stalled over what?\n\n"
                    + "Talks over the status of Gibraltar stalled over the future of its airport, officials said."),
            new Article("aid", "Aid arrives", "Wire", LocalDate.of(2022, 1, 20), null, null,
                    "The first aid flights landed in Tonga on Thursday, days after the eruption cut the islands off."),
            new Article("volcano-again", "Ash and waves, again", "Other Wire", LocalDate.of(2022, 1, 16), null, null,
                    "The underwater volcano erupted near Tonga, and ash fell on the islands for many hours.")
    ).stream().collect(Collectors.toMap(Article::id, a -> a));

    @BeforeAll
    static void index() {
        store = IndexStore.open(dir.resolve("index"));
        Passages passages = new Passages(Models.TEXT.sentences());
        try (IndexBackend.Writer writer = store.open()) {
            for (Article a : ARTICLES.values()) writer.replace(new AnalyzedArticle(a, null, "h-" + a.id(), passages.cut(a.text()), List.of()));
            writer.commit();
        }
        store.refresh();
        answerer = new ExtractiveAnswerer(new LuceneSearch(store), Models.TEXT.sentences(), Models.TEXT.tagger());
    }

    @AfterAll
    static void close() throws Exception {
        store.close();
    }

    private static AnswerResult ask(String question) {
        return answerer.answer(new Question(question, SearchFilter.NONE));
    }

    private static void assertSpanIsVerbatim(AnswerResult result) {
        AnswerSpan span = result.answer().span();
        assertThat(result.citations()).anySatisfy(c -> assertThat(c.n()).isEqualTo(span.n()));
        assertThat(ARTICLES.get(span.articleId()).text().substring(span.start(), span.end())).isEqualTo(span.text());
    }

    @Test
    void which_company_is_answered_by_the_company_the_question_does_not_name() {
        AnswerResult result = ask("Which company agreed to buy Activision Blizzard?");
        assertThat(result.answer().span().text()).isEqualTo("Microsoft");
        assertThat(result.answer().text()).startsWith("**Microsoft** [1]: \"Microsoft agreed to buy Activision Blizzard for $68.7 billion");
        assertSpanIsVerbatim(result);
    }

    @Test
    void how_many_is_answered_by_a_number_not_by_the_sentence_that_restates_the_question() {
        AnswerResult result = ask("How many people have been arrested for their roles in the attack on the Capitol?");
        assertThat(result.answer().span().text()).isEqualTo("700");
        assertThat(result.answer().text()).startsWith("**700** [");
        assertSpanIsVerbatim(result);
    }

    @Test
    void where_is_answered_by_a_place() {
        AnswerResult result = ask("Where did the underwater volcano erupt?");
        assertThat(result.answer().span().text()).isEqualTo("Tonga");
        assertSpanIsVerbatim(result);
    }

    @Test
    void an_articles_own_question_is_never_the_answer() {
        AnswerResult result = ask("Talks over the status of Gibraltar have stalled over what?");
        assertThat(result.answer().text()).contains("airport").doesNotContain("stalled over what?");
    }

    @Test
    void numbers_the_sources_disagree_on_are_both_given_and_cited() {
        AnswerResult result = ask("How many residents were evacuated from the island of Kelso?");
        assertThat(result.answer().text()).startsWith("Sources differ: **").contains("**1,200** [").contains("**900** [");
        assertThat(result.citations()).extracting(Citation::articleId).containsExactlyInAnyOrder("evacuation-a", "evacuation-b");
        assertThat(result.answer().span().text()).isIn("1,200", "900");
        assertSpanIsVerbatim(result);
    }

    @Test
    void what_happened_gets_sentences_from_different_articles_newest_first_without_near_duplicates() {
        AnswerResult result = ask("What happened in Tonga?");
        assertThat(result.answer().span()).isNull();
        List<String> cited = result.citations().stream().map(Citation::articleId).toList();
        assertThat(cited).doesNotHaveDuplicates().startsWith("aid").hasSizeBetween(2, 3);
        assertThat(cited.contains("volcano") && cited.contains("volcano-again")).as("two near-identical sentences cited").isFalse();
    }

    @Test
    void a_question_that_asks_for_no_name_or_number_gets_sentences_and_no_span() {
        AnswerResult result = ask("Why did ash fall on the islands?");
        assertThat(result.answer().span()).isNull();
        assertThat(result.answer().text()).doesNotStartWith("**");
    }
}
