package dev.byline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.answer.CitationChecker.Checked;
import dev.byline.nlp.text.Sentences;
import dev.byline.search.PassageHit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationCheckerTest {

    static final Sentences SENTENCES = new Sentences();
    static final String PUTIN = "“I consider the mission set for the defense ministry and the armed forces on the whole has been accomplished,” Putin said at the Kremlin.";
    static final String MISTURA = "“As far as I know, the only plan B available is to return to war -- and to even worse war than we have had so far,” said de Mistura.";
    static final String WALID = "Walid Al Moallem described Assad’s removal during a political transition as a “red line.”";
    /** Three passages, at offsets 100, 400 and 700 of their articles. */
    static final List<PassageHit> SOURCES = List.of(
            new PassageHit("putin", "Putin orders troops out", "BBC", LocalDate.of(2016, 3, 14), null, PUTIN, 100, 100 + PUTIN.length(), 1f),
            new PassageHit("mistura", "Peace talks", "Daily Mail", LocalDate.of(2016, 3, 15), null, MISTURA, 400, 400 + MISTURA.length(), 1f),
            new PassageHit("walid", "Red lines", "The National", null, null, WALID, 700, 700 + WALID.length(), 1f));

    static Checked check(String answer) {
        return CitationChecker.check(answer, SOURCES, SENTENCES);
    }

    @Test
    void a_fully_cited_answer_is_kept_with_exactly_its_sources() {
        Checked checked = check("Putin said the mission had been accomplished [1]. De Mistura warned that the alternative was war [2].");
        assertThat(checked.text()).isEqualTo("Putin said the mission had been accomplished [1]. De Mistura warned that the alternative was war [2].");
        assertThat(checked.removed()).isEmpty();
        assertThat(checked.citations()).extracting(Citation::n, Citation::articleId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "putin"), org.assertj.core.groups.Tuple.tuple(2, "mistura"));
        Citation first = checked.citations().getFirst();
        assertThat(first.snippet()).isEqualTo(PUTIN);
        assertThat(first.source()).isEqualTo("BBC");
        assertThat(first.published()).isEqualTo(LocalDate.of(2016, 3, 14));
        assertThat(first.citedStart()).isEqualTo(first.start());
        assertThat(first.citedEnd()).isEqualTo(first.end());
    }

    @Test
    void citations_are_renumbered_in_order_of_first_use_and_unused_sources_dropped() {
        Checked checked = check("De Mistura warned of war [2]. Walid Al Moallem called it a red line [3][2].");
        assertThat(checked.text()).isEqualTo("De Mistura warned of war [1]. Walid Al Moallem called it a red line [2][1].");
        assertThat(checked.citations()).extracting(Citation::articleId).containsExactly("mistura", "walid");
    }

    @Test
    void a_sentence_without_a_citation_is_removed() {
        Checked checked = check("Putin ordered the withdrawal [1]. Russia also plans to send more troops next year.");
        assertThat(checked.text()).isEqualTo("Putin ordered the withdrawal [1].");
        assertThat(checked.removed()).singleElement().extracting(CitationChecker.Removed::reason).isEqualTo("cites no source");
    }

    @Test
    void a_citation_to_a_source_that_was_not_given_is_removed_and_so_is_a_sentence_left_without_one() {
        Checked checked = check("Putin ordered the withdrawal [1][7]. The United States welcomed the decision [9].");
        assertThat(checked.text()).isEqualTo("Putin ordered the withdrawal [1].");
        assertThat(checked.citations()).hasSize(1);
        assertThat(checked.removed()).singleElement().extracting(CitationChecker.Removed::reason).isEqualTo("cites no source it was given");
    }

    @Test
    void a_true_quote_is_kept_and_cites_exactly_the_quoted_words() {
        Checked checked = check("Putin said \"the mission set for the defense ministry and the armed forces on the whole has been accomplished\" [1].");
        assertThat(checked.kept()).isEqualTo(1);
        Citation c = checked.citations().getFirst();
        String article = " ".repeat(100) + PUTIN;
        assertThat(article.substring(c.citedStart(), c.citedEnd()))
                .isEqualTo("the mission set for the defense ministry and the armed forces on the whole has been accomplished");
    }

    @Test
    void a_fabricated_quote_removes_its_sentence() {
        Checked checked = check("Putin said “the mission set for the defense ministry” [1]. Putin said “Russia will never leave Syria” [1].");
        assertThat(checked.text()).isEqualTo("Putin said “the mission set for the defense ministry” [1].")
                .doesNotContain("never leave");
        assertThat(checked.removed()).singleElement().extracting(CitationChecker.Removed::reason).asString().contains("Russia will never leave Syria");
    }

    @Test
    void a_quote_must_be_in_the_source_the_sentence_cites_not_in_another() {
        Checked checked = check("De Mistura said “the only plan B available is to return to war” [1].");
        assertThat(checked.kept()).isZero();
        assertThat(checked.isTooLittleLeft()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            straight quotes for curly ones         | He called it a "red line" [3].
            single curly quotes                    | He called it a ‘red line’ [3].
            quote punctuation moved                | De Mistura said: “As far as I know, the only plan B available is to return to war.” [2]
            spaces and dashes normalised           | He said “return to war — and to even   worse war” [2].
            lower-cased start                      | He said “as far as I know” [2].
            ellipsis for omitted words             | He said “the only plan B … is to return to war” [2].
            apostrophe inside a single-quoted text | He spoke of ‘Assad’s removal during a political transition’ [3].
            a quote over two sentences             | Putin said: “I consider the mission accomplished. I am ordering a withdrawal.” [1].
            """)
    void quotes_are_compared_with_quote_marks_whitespace_and_case_normalised(String name, String answer) {
        Checked checked = check(answer);
        if (name.equals("a quote over two sentences")) {
            // not verbatim (words were changed inside the quote): the two sentences go together, as one
            assertThat(checked.kept()).isZero();
            assertThat(checked.removed()).hasSize(1);
            return;
        }
        assertThat(checked.removed()).as(name).isEmpty();
        assertThat(checked.kept()).isEqualTo(1);
    }

    @Test
    void an_ellipsis_cannot_join_words_out_of_order() {
        assertThat(check("He said “worse war … plan B” [2].").kept()).isZero();
    }

    @Test
    void markers_before_the_full_stop_and_grouped_numbers_are_understood() {
        Checked checked = check("Putin ordered the withdrawal [1, 3]. De Mistura warned of war [2].");
        assertThat(checked.text()).isEqualTo("Putin ordered the withdrawal [1][2]. De Mistura warned of war [3].");
    }

    @Test
    void streaming_in_any_pieces_gives_the_same_answer_as_checking_it_whole() {
        String answer = "Putin said “the mission set for the defense ministry” [1]. He added “we will stay forever” [1].\n\nDe Mistura warned: "
                + "“the only plan B available is to return to war” [2]. The U.N. envoy spoke in Geneva [2][3].";
        Checked whole = check(answer);
        for (int size : new int[] {1, 2, 5, 13}) {
            CheckedStream stream = new CheckedStream(new CitationChecker(SOURCES), SENTENCES);
            StringBuilder streamed = new StringBuilder();
            for (int i = 0; i < answer.length(); i += size) stream.accept(answer.substring(i, Math.min(answer.length(), i + size))).forEach(streamed::append);
            stream.finish().forEach(streamed::append);
            assertThat(streamed.toString()).as("pieces of " + size).isEqualTo(whole.text());
            assertThat(stream.checker().result()).isEqualTo(whole);
        }
        assertThat(whole.text()).isEqualTo("Putin said “the mission set for the defense ministry” [1].\n\nDe Mistura warned: "
                + "“the only plan B available is to return to war” [2]. The U.N. envoy spoke in Geneva [2][3].");
    }

    @Test
    void a_sentence_is_streamed_only_once_the_next_one_has_begun() {
        CheckedStream stream = new CheckedStream(new CitationChecker(SOURCES), SENTENCES);
        assertThat(stream.accept("Putin ordered the withdrawal.")).isEmpty();
        assertThat(stream.accept(" [1] De")).containsExactly("Putin ordered the withdrawal. [1]");
        assertThat(stream.accept(" Mistura warned of war [2].")).isEmpty();
        assertThat(stream.finish()).containsExactly(" De Mistura warned of war [2].");
    }
}
