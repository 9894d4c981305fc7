package dev.byline.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.answer.Answer;
import dev.byline.answer.AnswerKind;
import dev.byline.answer.AnswerMode;
import dev.byline.answer.Searched;
import dev.byline.search.SearchFilter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationsTest {

    private static final ChatResponse RESPONSE = new ChatResponse("c", new Answer("An answer [1].", AnswerKind.PASSAGE, AnswerMode.EXTRACTIVE),
            List.of(), Searched.of("q", List.of("q"), SearchFilter.NONE), List.of());

    @Test
    void a_million_distinct_conversations_leave_at_most_the_cap_in_memory() {
        Conversations conversations = new Conversations();
        for (int i = 0; i < 1_000_000; i++) conversations.record("conversation-" + i, new Conversations.Turn("q" + i, RESPONSE));
        assertThat(conversations.size()).isLessThanOrEqualTo(Conversations.MAX_CONVERSATIONS).isPositive();
        assertThat(conversations.turns("conversation-999999")).hasSize(1);
    }

    @Test
    void a_conversation_keeps_only_its_last_turns_oldest_first() {
        Conversations conversations = new Conversations();
        for (int i = 0; i < Conversations.MAX_TURNS + 5; i++) conversations.record("c", new Conversations.Turn("q" + i, RESPONSE));
        List<Conversations.Turn> turns = conversations.turns("c");
        assertThat(turns).hasSize(Conversations.MAX_TURNS);
        assertThat(turns.getFirst().question()).isEqualTo("q5");
        assertThat(turns.getLast().question()).isEqualTo("q" + (Conversations.MAX_TURNS + 4));
    }
}
