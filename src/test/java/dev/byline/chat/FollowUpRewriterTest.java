package dev.byline.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpRewriterTest {

    private final FollowUpRewriter rewriter = new FollowUpRewriter();
    private final Conversations.Context putin = new Conversations.Context("Vladimir Putin", "“I consider the mission accomplished,”");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            What else did he say?                     | What did Vladimir Putin say?
            What did she say about the peace talks?   | What did Vladimir Putin say about the peace talks?
            And when was that?                        | When did Vladimir Putin say I consider the mission accomplished?
            When did he say that?                     | When did Vladimir Putin say I consider the mission accomplished?
            Who is he?                                | Who is Vladimir Putin?
            Who said the only plan B is war?          | Who said the only plan B is war?
            """)
    void resolves_a_follow_up_against_the_last_speaker_and_topic(String message, String standalone) {
        assertThat(rewriter.standalone(message, putin)).isEqualTo(standalone);
    }

    @ParameterizedTest
    @CsvSource({"What else did he say?", "And when was that?"})
    void leaves_a_question_alone_when_no_one_was_talked_about(String message) {
        assertThat(rewriter.standalone(message, Conversations.Context.NONE)).isEqualTo(message);
    }
}
