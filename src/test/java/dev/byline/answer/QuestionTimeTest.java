package dev.byline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionTimeTest {

    /** A Friday, as RealTime QA's quizzes are. */
    static final LocalDate AS_OF = LocalDate.of(2022, 1, 7);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "What happened in Tonga this week?                         | this week        | 2022-01-01 | 2022-01-07",
            "Who resigned last week?                                   | last week        | 2021-12-25 | 2021-12-31",
            "What did the president announce yesterday?                | yesterday        | 2022-01-06 | 2022-01-07",
            "What did Putin say today?                                 | today            | 2022-01-07 | 2022-01-07",
            "What did Biden say on Monday?                             | on monday        | 2022-01-03 | 2022-01-04",
            "What did the court rule on Friday?                        | on friday        | 2022-01-07 | 2022-01-07",
            "What happened this month in Kazakhstan?                   | this month       | 2022-01-01 | 2022-01-07",
            "Which company was sold last month?                        | last month       | 2021-12-01 | 2021-12-31",
            "What did Obama say in March 2016?                         | in march 2016    | 2016-03-01 | 2022-01-07",
            "What did Putin say about Syria on March 14, 2016?         | on march 14, 2016 | 2016-03-14 | 2022-01-07",
            "What did he say on Dec. 25?                               | on dec. 25       | 2021-12-25 | 2022-01-07",
            "What did the governor say in December?                    | in december      | 2021-12-01 | 2022-01-07",
            "Who won the election last year?                           | last year        | 2021-01-01 | 2021-12-31",
            "What has changed this year?                               | this year        | 2022-01-01 | 2022-01-07",
            "How many refugees have fled since the invasion began on February 24? | since february 24 | 2021-02-24 | 2022-01-07",
            "What happened in 2020 to the economy?                     | in 2020          | 2020-01-01 | 2022-01-07",
            "What has the Fed done since 2021?                         | since 2021       | 2021-01-01 | 2022-01-07",
            "What did they decide in the past two weeks?               | past two weeks   | 2021-12-25 | 2022-01-07",
            "Who was arrested over the past 3 days?                    | past 3 days      | 2022-01-05 | 2022-01-07",
            "What happened over the past week?                         | past week        | 2022-01-01 | 2022-01-07",
            "What did the mayor say since Monday?                      | since monday     | 2022-01-03 | 2022-01-07",
            "Which team won on January 2?                              | on january 2     | 2022-01-02 | 2022-01-07",
            "What did the senator say during May 2021?                 | during may 2021  | 2021-05-01 | 2022-01-07"})
    void a_named_time_becomes_a_window_that_ends_no_later_than_the_day_asked_and_a_date_only_bounds_it_below(String question, String phrase, LocalDate from, LocalDate to) {
        QuestionTime.Window w = QuestionTime.in(question, AS_OF).orElseThrow();
        assertThat(w.phrase()).isEqualTo(phrase.strip());
        assertThat(w.from()).isEqualTo(from);
        assertThat(w.to()).isEqualTo(to);
        assertThat(w.recentOnly()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "What did Theresa May say about Brexit?",
            "How many people were arrested for the January 6 attack?",
            "Who said \"believed that when we started this journey on June 16th\"?",
            "Who said “nothing has changed since the great scream in 2004”?",
            "Why did thousands march on the capital?",
            "What happened on the Fourth of July?",
            "Who ordered the troops out of Syria?",
            "What may happen to the economy?",
            "How many people attended the Christmas market?"})
    void words_that_only_look_like_dates_name_no_time(String question) {
        assertThat(QuestionTime.in(question, AS_OF)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Which company recently agreed to buy Activision Blizzard?", "What is the latest on the strike?"})
    void recently_asks_for_recent_news_without_a_window(String question) {
        QuestionTime.Window w = QuestionTime.in(question, AS_OF).orElseThrow();
        assertThat(w.recentOnly()).isTrue();
        assertThat(w.from()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"What will happen in 2030?", "What is planned for December 2023?"})
    void a_window_wholly_after_the_day_asked_is_no_window(String question) {
        assertThat(QuestionTime.in(question, AS_OF)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "What happened in Tonga this week?                  | What happened in Tonga?",
            "What did Biden say on Monday about the budget?     | What did Biden say about the budget?",
            "Who won the election last year?                    | Who won the election?",
            "How many were arrested for the attack on January 6? | How many were arrested for the attack on January 6?",
            "How many refugees have fled since the invasion began on February 24? | How many refugees have fled since the invasion began on February 24?"})
    void the_words_that_name_the_time_leave_the_question(String question, String without) {
        assertThat(QuestionTime.in(question, AS_OF).orElseThrow().without(question)).isEqualTo(without.strip());
    }
}
