package dev.byline.nlp.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.nlp.lexicon.Genders.Gender;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GendersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Hillary Clinton                | FEMALE
            Felipe Calderon                | MALE
            Melania Trump                  | FEMALE
            Donald Trump                   | MALE
            Assemblywoman Claudia Tenney   | FEMALE
            Congressman Xyzzy Plugh        | MALE
            Sen. Elizabeth Warren          | FEMALE
            Trump                          | UNKNOWN
            Clinton                        | UNKNOWN
            Xyzzy Plugh                    | UNKNOWN
            """)
    void a_name_tells_by_a_gendered_title_or_its_first_name_never_the_family_name(String name, Gender gender) {
        assertThat(Genders.ofName(name)).isEqualTo(gender);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a spokeswoman for the campaign | FEMALE
            White House spokesman          | MALE
            the first lady                 | FEMALE
            Republican senator             | UNKNOWN
            chairwoman of the committee    | FEMALE
            """)
    void a_role_tells_by_its_gendered_words(String role, Gender gender) {
        assertThat(Genders.ofRole(role)).isEqualTo(gender);
    }
}
