package dev.byline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.answer.QuoteComposer.Shown;
import dev.byline.attribution.AttributionType;
import dev.byline.attribution.DatePrecision;
import dev.byline.attribution.SaidWhen;
import dev.byline.nlp.text.TextSpan;
import dev.byline.search.QuoteHit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteComposerTest {

    static final String TEXT = "Russian President Vladimir Putin spoke. “I consider the mission accomplished,” Putin said at the Kremlin. "
            + "Walid Al Moallem, foreign minister for the Assad regime, described Assad’s removal as a “red line.”";
    static final Searched SEARCHED = new Searched("q", List.of(), null, null, null, List.of());

    static QuoteHit putin(LocalDate published, SaidWhen when) {
        int s = TEXT.indexOf("“I consider"), e = TEXT.indexOf("Putin said") - 1;
        return new QuoteHit("a1", "Troops out", "BBC", published, null, "Vladimir Putin", "vladimir putin", "Russian President", "Putin", 1.0,
                "said", List.of(TextSpan.of(TEXT, s, e)), AttributionType.DIRECT, when, s, e + 11, 0, TEXT.indexOf("Walid"), 1f);
    }

    /** The same words said by "he", whom the extractor reads as Putin with the given confidence. */
    static QuoteHit he(String likely, double confidence) {
        int s = TEXT.indexOf("“I consider"), e = TEXT.indexOf("Putin said") - 1;
        return new QuoteHit("a1", "Troops out", "BBC", LocalDate.of(2016, 3, 15), null, likely, likely.toLowerCase(java.util.Locale.ROOT),
                null, "he", confidence, "said", List.of(TextSpan.of(TEXT, s, e)), AttributionType.DIRECT,
                new SaidWhen(2016, 3, 14, DatePrecision.DAY), s, e + 11, 0, TEXT.indexOf("Walid"), 1f);
    }

    static QuoteHit moallem() {
        int s = TEXT.indexOf("Assad’s removal"), w = TEXT.indexOf("Walid");
        return new QuoteHit("a1", "Troops out", null, null, null, "Walid Al Moallem", "walid al moallem", "foreign minister for the Assad regime",
                "Walid Al Moallem", 1.0, "described", List.of(TextSpan.of(TEXT, s, TEXT.length())), AttributionType.MIXED, SaidWhen.UNKNOWN, w, TEXT.length(), w, TEXT.length(), 1f);
    }

    @Test
    void a_hedged_speaker_is_named_by_the_articles_word_and_whom_it_most_likely_means() {
        AnswerResult result = QuoteComposer.compose(List.of(new Shown(he("Felipe Calderon", 0.4), TEXT)), AnswerKind.QUOTE, SEARCHED);

        assertThat(result.answer().text())
                .isEqualTo("“He,” the article says, most likely Felipe Calderon, said on March 14, 2016 [1]: “I consider the mission accomplished,”");
        assertThat(result.quotes().getFirst().hedged()).isTrue();
        assertThat(result.quotes().getFirst().speakerConfidence()).isEqualTo(0.4);
        assertThat(result.quotes().getFirst().speakerMention()).isEqualTo("he");
    }

    @Test
    void a_pronoun_nobody_fits_is_someone_the_article_calls_so() {
        AnswerResult result = QuoteComposer.compose(List.of(new Shown(he("he", 0.0), TEXT)), AnswerKind.QUOTE, SEARCHED);

        assertThat(result.answer().text()).startsWith("Someone the article calls “he” said on March 14, 2016 [1]:");
    }

    @Test
    void a_confident_pronoun_reading_names_the_person() {
        AnswerResult result = QuoteComposer.compose(List.of(new Shown(he("Vladimir Putin", 0.9), TEXT)), AnswerKind.QUOTE, SEARCHED);

        assertThat(result.answer().text()).startsWith("Vladimir Putin said on March 14, 2016 [1]:");
        assertThat(result.quotes().getFirst().hedged()).isFalse();
    }

    @Test
    void names_the_speaker_with_role_quotes_verbatim_gives_the_day_and_cites() {
        QuoteHit hit = putin(LocalDate.of(2016, 3, 15), new SaidWhen(2016, 3, 14, DatePrecision.DAY));
        AnswerResult result = QuoteComposer.compose(List.of(new Shown(hit, TEXT)), AnswerKind.QUOTE, SEARCHED);

        assertThat(result.answer().text()).isEqualTo("Russian President Vladimir Putin said on March 14, 2016 [1]: “I consider the mission accomplished,”");
        assertThat(result.answer().kind()).isEqualTo(AnswerKind.QUOTE);
        Citation c = result.citations().getFirst();
        assertThat(TEXT.substring(c.citedStart(), c.citedEnd())).isEqualTo("“I consider the mission accomplished,”");
        assertThat(TEXT.substring(c.start(), c.end())).isEqualTo(c.snippet());
        AnsweredQuote q = result.quotes().getFirst();
        assertThat(q.n()).isEqualTo(1);
        assertThat(q.date()).isEqualTo("2016-03-14");
        assertThat(q.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(q.role()).isEqualTo("Russian President");
    }

    @Test
    void says_undated_article_rather_than_invent_a_date() {
        AnswerResult result = QuoteComposer.compose(List.of(new Shown(putin(null, SaidWhen.UNKNOWN), TEXT)), AnswerKind.QUOTE, SEARCHED);
        assertThat(result.answer().text()).isEqualTo("Russian President Vladimir Putin said in an undated article [1]: “I consider the mission accomplished,”");
        assertThat(result.quotes().getFirst().date()).isNull();
    }

    @Test
    void reports_a_mixed_quote_with_its_cue_and_the_role_after_the_name() {
        AnswerResult result = QuoteComposer.compose(List.of(new Shown(moallem(), TEXT)), AnswerKind.SPEAKER, SEARCHED);
        assertThat(result.answer().text()).isEqualTo("In an undated article, Walid Al Moallem, foreign minister for the Assad regime, described "
                + "Assad’s removal as a “red line.” [1]");
    }

    @Test
    void several_quotes_make_a_list_each_with_its_own_citation() {
        QuoteHit dated = putin(LocalDate.of(2016, 3, 15), SaidWhen.approximately(LocalDate.of(2016, 3, 15)));
        AnswerResult result = QuoteComposer.compose(List.of(new Shown(dated, TEXT), new Shown(moallem(), TEXT)), AnswerKind.SPEAKER, SEARCHED);
        assertThat(result.answer().text()).isEqualTo("""
                - Russian President Vladimir Putin said around March 15, 2016 [1]: “I consider the mission accomplished,”
                - In an undated article, Walid Al Moallem, foreign minister for the Assad regime, described Assad’s removal as a “red line.” [2]""");
        assertThat(result.citations()).extracting(Citation::n).containsExactly(1, 2);
        assertThat(result.quotes()).extracting(AnsweredQuote::n).containsExactly(1, 2);
    }

    @Test
    void shortens_a_long_quote_at_a_sentence_end_and_marks_the_cut() {
        String sentence = "This sentence is one of many in a very long statement. ";
        String text = "“" + sentence.repeat(10) + "The end.”";
        TextSpan part = TextSpan.of(text, 0, text.length());
        TextSpan shown = QuoteComposer.shorten(part);
        assertThat(shown.length()).isLessThanOrEqualTo(QuoteComposer.MAX_PART_CHARS);
        assertThat(shown.text()).endsWith("statement.");
        assertThat(text.substring(shown.start(), shown.end())).isEqualTo(shown.text());
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Vladimir Putin     | Russian President                      | Russian President Vladimir Putin
            Mike Pompeo        | Secretary of State                     | Secretary of State Mike Pompeo
            Staffan de Mistura | United Nations special envoy for Syria | Staffan de Mistura, United Nations special envoy for Syria,
            Scott Whiffen      | -                                      | Scott Whiffen
            """)
    void puts_a_title_before_the_name_and_a_description_after_it(String name, String role, String who) {
        assertThat(QuoteComposer.who(name, role)).isEqualTo(who);
    }
}
