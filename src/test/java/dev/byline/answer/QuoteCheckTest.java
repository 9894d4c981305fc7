package dev.byline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.nlp.text.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteCheckTest {

    private static final String ARTICLE = "“The mission has been accomplished,” Putin said at the Kremlin.";
    private final QuoteCheck check = new QuoteCheck();

    @Test
    void accepts_words_that_are_the_article_text_at_their_offsets() {
        assertThat(check.holds(ARTICLE, List.of(TextSpan.of(ARTICLE, 0, 36)))).isTrue();
    }

    @Test
    void rejects_a_tampered_quote() {
        assertThat(check.holds(ARTICLE, List.of(new TextSpan(0, 36, "“The mission has been abandoned!!!,”")))).isFalse();
    }

    @Test
    void rejects_words_at_the_wrong_offsets_or_past_the_end() {
        assertThat(check.holds(ARTICLE, List.of(new TextSpan(1, 37, ARTICLE.substring(0, 36))))).isFalse();
        assertThat(check.holds(ARTICLE, List.of(new TextSpan(60, 70, "0123456789")))).isFalse();
    }

    @Test
    void rejects_a_split_quote_when_any_part_fails() {
        assertThat(check.holds(ARTICLE, List.of(TextSpan.of(ARTICLE, 0, 13), new TextSpan(14, 17, "was")))).isFalse();
    }

    @Test
    void rejects_nothing_to_check_and_a_missing_article() {
        assertThat(check.holds(ARTICLE, List.of())).isFalse();
        assertThat(check.holds(null, List.of(TextSpan.of(ARTICLE, 0, 5)))).isFalse();
    }
}
