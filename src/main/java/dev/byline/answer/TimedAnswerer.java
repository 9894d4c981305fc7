package dev.byline.answer;

import dev.byline.search.SearchFilter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Answers within the time a question names ("this week", "last month", "in March 2016"; see {@link QuestionTime}),
 * read against the question's asOf day or today: the answer comes from that window when it holds one, and otherwise
 * from the filter as asked, saying that nothing in the window answered. A windowed answer is sent to the listener
 * whole, once known to be an answer (an LLM's answer then arrives at once rather than streamed).
 * {@code searched} shows the window and whether it was widened.
 */
public final class TimedAnswerer implements Answerer {

    private final Answerer inner;
    private final Clock clock;

    public TimedAnswerer(Answerer inner, Clock clock) {
        this.inner = inner;
        this.clock = clock;
    }

    @Override
    public AnswerResult answer(Question question, AnswerListener listener) {
        SearchFilter filter = question.filter();
        LocalDate asOf = filter.asOf() != null ? filter.asOf() : LocalDate.now(clock);
        Optional<QuestionTime.Window> named = QuestionTime.in(question.text(), asOf);
        if (named.isEmpty() || named.get().recentOnly()) return inner.answer(question, listener);
        QuestionTime.Window window = named.get();
        SearchFilter narrowed = filter.within(window.from(), window.to());
        // The words that name the time are the window's now; as search terms they would only dilute the question.
        String text = window.without(question.text());
        if (narrowed != null) {
            // Held back until it is known to be an answer: a window that answers nothing is widened instead.
            StringBuilder held = new StringBuilder();
            AnswerResult result = inner.answer(new Question(text, narrowed, question.conversationId()), held::append);
            if (result.answer().kind() != AnswerKind.NONE) {
                if (!held.isEmpty()) listener.delta(held.toString());
                return new AnswerResult(result.answer(), result.citations(), result.searched().withWindow(window.describe(), false), result.quotes());
            }
        }
        String note = "Nothing from " + window.describe() + " answers this, so all dates were searched.";
        listener.delta(note + " ");
        AnswerResult result = inner.answer(question, listener);
        Answer answer = new Answer(note + " " + result.answer().text(), result.answer().kind(), result.answer().mode());
        return new AnswerResult(answer, result.citations(), result.searched().withWindow(window.describe(), true), result.quotes());
    }
}
