package dev.byline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.testing.Models;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of a sentence that could answer a typed question, and the ones that cannot because the question holds them. */
class AnswerCandidatesTest {


    private static List<String> in(String question, String sentence) {
        return AnswerCandidates.in(sentence, Models.TEXT.tagger().tagSentence(sentence), QuestionType.of(question), AnswerCandidates.questionWords(question)).stream()
                .map(AnswerCandidates.Candidate::text).toList();
    }

    @Test
    void numbers_and_amounts_but_not_years_or_the_days_of_dates() {
        assertThat(in("How many people have been arrested?", "By January 6, 2022, more than 700 people had been arrested, officials said in 2022."))
                .containsExactly("700");
        assertThat(in("How much did Microsoft offer?", "Microsoft offered $68.7 billion, or 40 percent above the share price."))
                .containsExactly("$68.7 billion", "40 percent");
        assertThat(in("How many ships sank?", "Two ships sank and dozens were damaged.")).containsExactly("Two", "dozens");
    }

    @Test
    void dates_for_when() {
        assertThat(in("When did the volcano erupt?", "The volcano erupted on January 15, 2022, and again on Sunday."))
                .containsExactly("January 15, 2022", "Sunday");
    }

    @Test
    void names_the_question_does_not_already_hold() {
        assertThat(in("Which company agreed to buy Activision Blizzard?", "Microsoft agreed to buy Activision Blizzard for $68.7 billion."))
                .containsExactly("Microsoft");
        assertThat(in("Who ordered the troops out of Syria?", "Russian President Vladimir Putin ordered the troops out of Syria."))
                .as("a title before a name is left out").containsExactly("Vladimir Putin");
        assertThat(in("Which city hosted the fair?", "The fair opened in St. Louis on Monday.")).containsExactly("St. Louis");
        assertThat(in("Where is the resort?", "Agents searched the resort in Palm Beach, Florida, on Monday."))
                .as("a place takes the state after it").containsExactly("Palm Beach, Florida");
        assertThat(in("Which country banned the toys?", "Saudi officials said Iranian lawmakers banned the toys."))
                .as("a nationality answers which country").contains("Iranian");
        assertThat(in("Which airline cut flights?", "United Airlines cut flights at JFK.")).as("a name may open the sentence")
                .containsExactly("United Airlines", "JFK");
        assertThat(in("Who leads the Bank of England?", "Andrew Bailey, governor of the Bank of England, spoke on Monday."))
                .containsExactly("Andrew Bailey");
    }

    @Test
    void places_are_names_a_preposition_of_place_opens() {
        assertThat(in("Where did the volcano erupt?", "Ash from the eruption near Tonga reached Fiji, officials from New Zealand said."))
                .containsExactly("Tonga", "New Zealand");
    }

    @Test
    void titles_in_quotation_marks_answer_which_show() {
        assertThat(in("In which 1990s sitcom did Bob Saget star?", "Bob Saget, who starred in “Full House,” died at 65."))
                .containsExactly("Full House");
        assertThat(AnswerCandidates.in("He starred in “Full House,” CNN said.", Models.TEXT.tagger().tagSentence("He starred in “Full House,” CNN said."), QuestionType.of("In which sitcom did he star?"), java.util.Set.of())
                .getFirst().shown()).isEqualTo("“Full House”");
    }

    @Test
    void untyped_questions_have_no_candidates() {
        assertThat(in("Why did the strike end?", "The strike ended on Monday after 700 workers voted.")).isEmpty();
    }
}
