package dev.byline.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.chat.Conversations.Person;
import dev.byline.nlp.lexicon.Genders.Gender;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpRewriterTest {

    private final FollowUpRewriter rewriter = new FollowUpRewriter();
    private final Conversations.Context putin = new Conversations.Context("Vladimir Putin", Gender.MALE, "“I consider the mission accomplished,”");
    private final Conversations.Context mcconnell = new Conversations.Context(
            List.of(new Person("Mitch McConnell", Gender.MALE)), "“We will not hold hearings,”", "the Supreme Court");
    private final Conversations.Context both = new Conversations.Context(
            List.of(new Person("Mitch McConnell", Gender.MALE), new Person("Susan Collins", Gender.FEMALE)), null, "the Supreme Court");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            What else did he say?                     | What did Vladimir Putin say?
            What did he say about the peace talks?    | What did Vladimir Putin say about the peace talks?
            And when was that?                        | When did Vladimir Putin say I consider the mission accomplished?
            When did he say that?                     | When did Vladimir Putin say I consider the mission accomplished?
            Who is he?                                | Who is Vladimir Putin?
            Who said the only plan B is war?          | Who said the only plan B is war?
            """)
    void resolves_a_follow_up_against_the_last_speaker_and_topic(String message, String standalone) {
        assertThat(rewriter.standalone(message, putin)).isEqualTo(standalone);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            What did he say about it?                 | What did Mitch McConnell say about the Supreme Court?
            And what did he say about that?           | What did Mitch McConnell say about the Supreme Court?
            What else did he say on this?             | What did Mitch McConnell say on the Supreme Court?
            What did he say about taxes?              | What did Mitch McConnell say about taxes?
            """)
    void carries_the_subject_for_it_that_and_this(String message, String standalone) {
        assertThat(rewriter.standalone(message, mcconnell)).isEqualTo(standalone);
    }

    @Test
    void she_after_only_a_man_asks_back_and_offers_the_people_talked_about() {
        assertThat(rewriter.clarification("What did she say about it?", mcconnell)).hasValueSatisfying(text -> assertThat(text)
                .contains("whom “she” means").contains("Mitch McConnell").contains("What did Mitch McConnell say about the Supreme Court?"));
        assertThat(rewriter.clarification("What did he say about it?", mcconnell)).isEmpty();
        assertThat(rewriter.standalone("What did she say about it?", mcconnell)).doesNotContain("McConnell");
    }

    @Test
    void she_goes_to_the_woman_even_when_a_man_was_talked_about_since() {
        assertThat(rewriter.standalone("What did she say?", both)).isEqualTo("What did Susan Collins say?");
        assertThat(rewriter.standalone("What did he say?", both)).isEqualTo("What did Mitch McConnell say?");
        assertThat(rewriter.clarification("What did she say?", both)).isEmpty();
    }

    @Test
    void a_person_whose_gender_nothing_tells_fits_either_pronoun() {
        Conversations.Context unknown = new Conversations.Context("Kim Jong Un", Gender.UNKNOWN, null);
        assertThat(rewriter.standalone("What did she say?", unknown)).isEqualTo("What did Kim Jong Un say?");
        assertThat(rewriter.clarification("What did she say?", unknown)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"What else did he say?", "And when was that?"})
    void leaves_a_question_alone_when_no_one_was_talked_about(String message) {
        assertThat(rewriter.standalone(message, Conversations.Context.NONE)).isEqualTo(message);
        assertThat(rewriter.clarification(message, Conversations.Context.NONE)).isEmpty();
    }
}
