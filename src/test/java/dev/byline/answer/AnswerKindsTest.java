package dev.byline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which candidate names can be what a question asks for, by the kind of place their whole text names. */
class AnswerKindsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            North Korea         | COUNTRY
            the United Kingdom  | COUNTRY
            US                  | COUNTRY
            Türkiye             | COUNTRY
            Turkey              | COUNTRY
            Bosnia & Herzegovina | COUNTRY
            Myanmar             | COUNTRY
            Maryland            | STATE
            New Hampshire       | STATE
            Europe              | CONTINENT
            Iranian             | NATIONALITY
            North Korean        | NATIONALITY
            Americans           | NATIONALITY
            Chinese             | NATIONALITY
            Jordan              | COUNTRY
            Christian           | UNKNOWN
            Riyadh              | UNKNOWN
            Kim Jong Un         | UNKNOWN
            Colorado Avalanche  | UNKNOWN
            """)
    void the_kind_a_whole_name_tells(String name, AnswerKinds.Kind kind) {
        assertThat(AnswerKinds.of(name)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Which country banned the toys?          | Saudi Arabia  | true
            Which country banned the toys?          | Riyadh        | false
            Which country banned the toys?          | Iranian       | true
            Which nation banned the toys?           | Iranian       | true
            Which retailer cut its prices?          | Americans     | false
            Which company agreed to buy the studio? | US            | false
            Which company agreed to buy the studio? | Microsoft     | true
            Which city will host the games?         | Brisbane      | true
            Which city will host the games?         | Australia     | false
            Which teams played in the final?        | France        | true
            Who won the election?                   | Britain       | false
            Who won the election?                   | Rishi Sunak   | true
            Where did the volcano erupt?            | Tonga         | true
            Which continent will require the plugs? | Europe        | true
            Which continent will require the plugs? | EU            | false
            What percentage of adults are vaccinated? | 68%         | true
            What percentage of adults are vaccinated? | a third     | true
            What percentage of adults are vaccinated? | 7,000       | false
            How much did the card sell for?         | $12.6 million | true
            How much did the card sell for?         | 1952          | false
            How many people were arrested?          | 700           | true
            """)
    void a_place_answers_only_what_asks_for_one(String question, String candidate, boolean fits) {
        assertThat(AnswerKinds.fit(QuestionType.of(question), candidate)).isEqualTo(fits ? 1 : AnswerKinds.MISFIT);
    }
}
