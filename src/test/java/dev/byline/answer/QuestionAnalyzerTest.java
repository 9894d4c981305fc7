package dev.byline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.answer.AnalyzedQuestion.Intent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionAnalyzerTest {

    private final QuestionAnalyzer analyzer = new QuestionAnalyzer();

    @ParameterizedTest(name = "{0} -> {1} speaker={2} words={3} exact={4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Who said the mission was accomplished?                  | WHO_SAID  | -                 | the mission was accomplished                  | -
            Who said "the only plan B available"?                   | WHO_SAID  | -                 | "the only plan B available"                   | the only plan B available
            Who said “I think NATO may be obsolete”?                | WHO_SAID  | -                 | “I think NATO may be obsolete”                | I think NATO may be obsolete
            Who called the withdrawal a red line?                   | WHO_SAID  | -                 | called the withdrawal a red line              | -
            Who described Assad's removal as a red line?            | WHO_SAID  | -                 | described Assad's removal as a red line       | -
            who warned that the talks could fail                    | WHO_SAID  | -                 | the talks could fail                          | -
            What did Putin say?                                     | WHAT_SAID | Putin             | -                                             | -
            What did Staffan de Mistura say about the peace talks?  | WHAT_SAID | Staffan de Mistura | the peace talks                              | -
            What has the Kremlin said on Syria?                     | WHAT_SAID | the Kremlin       | Syria                                         | -
            When did Putin say the mission was accomplished?        | WHEN_SAID | Putin             | say the mission was accomplished              | -
            When did Vladimir Putin order the withdrawal?           | WHEN_SAID | Vladimir Putin    | order the withdrawal                          | -
            Who is Walid Al Moallem?                                | WHO_IS    | Walid Al Moallem  | -                                             | -
            Who is Staffan de Mistura?                              | WHO_IS    | Staffan de Mistura | -                                            | -
            Who ordered the troops out of Syria?                    | OTHER     | -                 | -                                             | -
            Who is leading the peace talks?                         | OTHER     | -                 | -                                             | -
            What did he say?                                        | OTHER     | -                 | -                                             | -
            When was that?                                          | OTHER     | -                 | -                                             | -
            Which company announced plans to acquire Activision?    | OTHER     | -                 | -                                             | -
            """)
    void recognises_the_question_forms_quotes_answer(String question, Intent intent, String speaker, String words, String exact) {
        AnalyzedQuestion asked = analyzer.analyze(question);
        assertThat(asked.intent()).isEqualTo(intent);
        assertThat(asked.speaker()).isEqualTo(speaker);
        assertThat(asked.words()).isEqualTo(words);
        assertThat(asked.exact()).isEqualTo(exact);
    }
}
