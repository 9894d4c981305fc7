package dev.byline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionTypeTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Who ordered the troops out of Syria?                                          | WHO      | -
            Who said the only plan B is war?                                              | WHO      | -
            Whose campaign paid for the ads?                                              | WHO      | -
            To whom did the ministry send the letter?                                     | WHO      | -
            Which company agreed to buy Activision Blizzard?                              | WHICH    | company
            Which Ivy League school announced it will eliminate student loans?            | WHICH    | school
            Which major US retailer announced this week it is slashing prices?            | WHICH    | retailer
            What airline announced a deal to buy Spirit Airlines?                         | WHICH    | airline
            Which band announced this week it’s dropping a new single?                    | WHICH    | band
            In a deal announced Monday, which automaker recalled 200,000 trucks?          | WHICH    | automaker
            Which highly rated drama took the top prize?                                  | WHICH    | drama
            Shoppers flocked to which discount chain?                                     | WHICH    | chain
            The storm hit which coastal town on Friday?                                   | WHICH    | town
            Which Big Ten college football team recently fired its coach?                 | WHICH    | team
            When did Putin say the mission was accomplished?                              | WHEN     | -
            What year did the war in Syria begin?                                         | WHEN     | -
            On what day will the new law take effect?                                     | WHEN     | -
            Which month did the strike end?                                               | WHEN     | -
            Where did the volcano erupt?                                                  | WHERE    | -
            In what country did the earthquake strike?                                    | WHERE    | country
            Which city will host the 2028 Olympics?                                       | WHERE    | city
            How many people have been arrested for the January 6 attack?                  | NUMBER   | -
            How much did the company pay for the deal?                                    | NUMBER   | money
            How much rain fell in March?                                                  | NUMBER   | -
            Covid-19 vaccinations have saved approximately how many lives?                | NUMBER   | -
            What percentage of voters said the debate changed their minds?                | NUMBER   | percent
            How long was the prime minister in office?                                    | NUMBER   | -
            How old was the actress when she died?                                        | NUMBER   | -
            Why did the talks stall?                                                      | REASON   | -
            How did the fire start?                                                       | REASON   | -
            What happened in Tonga this week?                                             | HAPPENED | -
            What is happening in Ukraine?                                                 | HAPPENED | -
            And what happened next?                                                       | HAPPENED | -
            Is the Fed raising rates again?                                               | YES_NO   | -
            Did Russia withdraw its troops?                                               | YES_NO   | -
            Has the Senate passed the bill?                                               | YES_NO   | -
            Will the talks resume in Geneva?                                              | YES_NO   | -
            What did Putin say about the troops?                                          | OTHER    | -
            What is the capital of Mongolia?                                              | OTHER    | -
            Tell me about the peace talks.                                                | OTHER    | -
            """)
    void recognises_what_kind_of_answer_a_question_wants(String question, QuestionType.Kind kind, String noun) {
        QuestionType type = QuestionType.of(question);
        assertThat(type.kind()).isEqualTo(kind);
        assertThat(type.noun()).isEqualTo(noun);
    }
}
