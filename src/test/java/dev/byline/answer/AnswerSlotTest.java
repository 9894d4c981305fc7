package dev.byline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.index.Fields;
import dev.byline.nlp.text.Token;
import dev.byline.search.lucene.QueryTerms;
import dev.byline.testing.Models;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a question's answer stands, and the phrase of a sentence its words point at. */
class AnswerSlotTest {

    private static final QueryTerms TERMS = QueryTerms.english(Fields.TEXT);

    private static AnswerSlot slot(String question) {
        return AnswerSlot.of(Models.TEXT.tagger().tagSentence(question), TERMS::of);
    }

    private static String answer(String question, String sentence) {
        AnswerSlot slot = slot(question);
        assertThat(slot).as("slot of %s", question).isNotNull();
        List<Token> tokens = Models.TEXT.tagger().tagSentence(sentence);
        AnswerSlot.Phrase p = slot.in(tokens, tokens.stream().map(t -> TERMS.of(t.text())).toList());
        return p == null ? null : sentence.substring(p.start(), p.end());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The dog keeps chewing what, its owners say? | The owners say the puppy likes to chew shoes left by the door. | shoes",
            "Pollution was measured by an analysis of what? | Officials measured it through analysis of river water taken upstream. | river water",
            "Which carmaker agreed to buy the battery startup? | Last week Renault has agreed to buy the startup for $2 billion. | Renault",
            "Which port city is flooding after the storm? | Officials said Venice is flooding again after the storm. | Venice",
            "The museum returned a statue to which country? | The museum said it returned the bronze statue to Nigeria on Friday. | Nigeria",
            "Researchers found what in the cave? | Researchers found ancient paintings in the cave last spring. | ancient paintings",
            "A piece of what was found on the beach? | A piece of a rocket engine was found on the beach. | rocket engine",
            "The council voted to ban which vehicles from the centre? | The council voted to ban diesel lorries from the centre by 2030. | diesel lorries",
            "A storm damaged which historic bridge this week? | The storm badly damaged the medieval Stone Bridge on Tuesday. | medieval Stone Bridge"})
    void the_phrase_the_question_words_point_at(String question, String sentence, String expected) {
        assertThat(answer(question, sentence)).isEqualTo(expected);
    }

    @Test
    void a_verb_in_the_passive_does_not_match_one_in_the_active() {
        assertThat(answer("Which singer is featured on the new stamp?", "The series includes stamps featuring famous singers."))
                .isNull();
        assertThat(answer("Which singer is featured on the new stamp?", "Dolly Parton is featured on the new stamp."))
                .isEqualTo("Dolly Parton");
    }

    @Test
    void words_between_the_anchor_and_the_question_word_have_their_own_phrase_first() {
        assertThat(answer("The investor agreed to buy a team in which league?",
                "She is buying an expansion franchise in Major League Pickleball this year.")).isEqualTo("Major League Pickleball");
    }

    @Test
    void a_phrase_that_only_restates_what_is_asked_is_no_answer() {
        assertThat(answer("Which late judge will be honoured on a new stamp?", "Other judges have been honoured on stamps before."))
                .isNull();
        assertThat(answer("The hikers may camp in which national park?", "Hikers may camp in Dartmoor National Park again."))
                .isEqualTo("Dartmoor National Park");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "What was the magnitude of the quake? | A magnitude 6.1 earthquake struck the coast on Monday. | 6.1 earthquake",
            "What is the name of the probe? | The Juno probe reached Jupiter in 2016. | Juno",
            "What is the biggest threat to the region, the minister said? | Officials said climate change posed the biggest threat to the region. | climate change",
            "What is the club's new motto? | The club's new motto is “Never walk alone” this season. | “Never walk alone”"})
    void what_something_is_stands_beside_it(String question, String sentence, String expected) {
        assertThat(answer(question, sentence)).isEqualTo(expected);
    }

    @Test
    void a_fronted_object_stands_after_its_verb() {
        assertThat(answer("Which rival did the champions beat on Sunday?", "The champions beat Arsenal 2-1 on Sunday."))
                .isEqualTo("Arsenal");
        assertThat(answer("Which snack did the chain launch this week?", "The chain launched spicy nuggets in Ohio."))
                .isEqualTo("spicy nuggets");
    }

    @Test
    void the_answer_stands_beside_the_words_or_not_at_all() {
        assertThat(answer("The dog keeps chewing what?", "Shoes were left by the door.")).isNull();
        assertThat(answer("Which team won the cup final?", "The cup final was played in rain.")).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Who is the mayor of Leeds?",
            "Why?"})
    void questions_whose_answer_stands_apart_have_no_slot(String question) {
        assertThat(slot(question)).isNull();
    }
}
