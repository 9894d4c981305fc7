package dev.byline.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.nlp.text.Sentences.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private final Sentences sentences = new Sentences();

    @Test
    void splits_sentences_with_offsets_into_the_text() {
        String text = "Putin ordered the troops out. The U.N. envoy spoke.\n\nA new paragraph";
        List<Sentence> found = sentences.split(text);
        assertThat(found).extracting(Sentence::text)
                .containsExactly("Putin ordered the troops out.", "The U.N. envoy spoke.", "A new paragraph");
        for (Sentence s : found) assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    }

    @Test
    void never_joins_across_a_line_break() {
        assertThat(sentences.split("Headline without a stop\nBody starts here.")).hasSize(2);
    }

    @Test
    void a_title_or_initial_before_a_name_does_not_end_the_sentence() {
        assertThat(sentences.split("“It’s a dog whistle,” Rep. Gwen Moore said. John F. Kennedy spoke. Then he left."))
                .extracting(Sentence::text)
                .containsExactly("“It’s a dog whistle,” Rep. Gwen Moore said.", "John F. Kennedy spoke.", "Then he left.");
    }
}
