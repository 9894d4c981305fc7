package dev.byline.answer;

import dev.byline.search.SearchBackend;
import dev.byline.search.SearchFilter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Answers within the time a question names ("this week", "last month", "in March 2016"; see {@link QuestionTime}),
 * read against the question's asOf day or today: the search is narrowed to that window when anything in it matches
 * the question, and otherwise runs over the filter as asked, saying that nothing came from the window.
 * {@code searched} shows the window and whether it was widened.
 */
public final class TimedAnswerer implements Answerer {

    private final Answerer inner;
    private final SearchBackend search;
    private final Clock clock;

    public TimedAnswerer(Answerer inner, SearchBackend search, Clock clock) {
        this.inner = inner;
        this.search = search;
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
        if (narrowed != null && !search.passages(text, narrowed, 1).hits().isEmpty()) {
            AnswerResult result = inner.answer(new Question(text, narrowed, question.conversationId()), listener);
            return new AnswerResult(result.answer(), result.citations(), result.searched().withWindow(window.describe(), false), result.quotes());
        }
        String note = "Nothing in the corpus matches this from " + window.describe() + ", so all dates were searched.";
        listener.delta(note + " ");
        AnswerResult result = inner.answer(new Question(text, filter, question.conversationId()), listener);
        Answer answer = new Answer(note + " " + result.answer().text(), result.answer().kind(), result.answer().mode());
        return new AnswerResult(answer, result.citations(), result.searched().withWindow(window.describe(), true), result.quotes());
    }
}
