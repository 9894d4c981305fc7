package dev.byline.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2016-03-14                      | 2016-03-14
            2023-01-01T00:00:30+00:00       | 2023-01-01
            2023-01-01T00:00:30Z            | 2023-01-01
            2016-03-14T23:30:00-05:00       | 2016-03-14
            2016-03-14T00:30:00+09:00       | 2016-03-14
            2016-03-14T10:00:00.123Z        | 2016-03-14
            2016-03-14T10:00:00             | 2016-03-14
            2016-03-14T10:00:00+0100        | 2016-03-14
            2016-03-14 10:00:00             | 2016-03-14
            'Mon, 14 Mar 2016 10:00:00 GMT' | 2016-03-14
            'Mon, 14 Mar 2016 23:00:00 -0500' | 2016-03-14
            'March 14, 2016'                | 2016-03-14
            'Mar 14, 2016'                  | 2016-03-14
            'Monday, March 14, 2016'        | 2016-03-14
            14 March 2016                   | 2016-03-14
            14 Mar 2016                     | 2016-03-14
            2016/03/14                      | 2016-03-14
            '  2016-03-14  '                | 2016-03-14
            """)
    void reads_the_day_as_written_in_its_own_offset(String text, LocalDate expected) {
        assertThat(PublishedDates.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2016-02-30", "14/03/2016", "2016-13-01", "Tue, 14 Mar 2016 10:00:00 GMT"})
    void rejects_what_is_not_a_real_date_in_a_known_form(String text) {
        assertThatThrownBy(() -> PublishedDates.parse(text))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessage("unparseable date '" + text + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void rejects_a_blank_date(String text) {
        assertThatThrownBy(() -> PublishedDates.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
