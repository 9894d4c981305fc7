package dev.byline.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.corpus.Article;
import dev.byline.testing.Models;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whom a pronoun, a family name or a description is resolved to, and when the resolver must hedge. Each row is a short
 * article, words of one attribution's content, and the speaker expected: a name the speaker must be ("=Felipe
 * Calderon"), the person named, hedged or not ("~Donald Trump"), a name the speaker must not be ("!Barack Obama": the resolver may hedge or name someone else, never that
 * person as certain), or "hedged" (whoever is named, only as "most likely").
 */
class SpeakerResolutionIT {

    private static final AttributionExtractor EXTRACTOR = AttributionExtractor.shipped(Models.TEXT);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        subject outranks an object in a preceding sentence | Felipe Calderon spoke in Mexico City. Calderon said the voters have given Donald Trump a real shot at succeeding Barack Obama in the Oval Office. "It is incredible that a society could produce such candidates," he said. | It is incredible | !Barack Obama
        subject outranks a name inside a prepositional phrase | Senator Mitch McConnell met with reporters after a lunch with President Barack Obama. "We will not hold hearings," he said. | We will not hold hearings | =Mitch McConnell
        subject of the sentence before, object another man | Jeb Bush attacked Marco Rubio on Tuesday. "He is not ready," he said. | He is not ready | =Jeb Bush
        she with only men named before it is no man | Donald Trump and Mike Pence spoke in Ohio. "We are going to win," she said. | We are going to win | !Donald Trump
        she goes to the woman among men | Donald Trump met Hillary Clinton and Bernie Sanders. "I am ready," she said. | I am ready | =Hillary Clinton
        he skips the woman | Hillary Clinton introduced Tim Kaine in Miami. "She will be a great president," he said. | She will be a great president | =Tim Kaine
        honorific tells the woman | Ms. Warren questioned John Stumpf for an hour. "You should resign," she said. | You should resign | =Warren
        a first name tells the gender | Elizabeth Warren questioned John Stumpf for an hour. "You should resign," she said. | You should resign | =Elizabeth Warren
        a gendered role word outranks a first name | Jordan Peele, a spokeswoman for the campaign, and Corey Lewandowski left the room. "No comment," she said. | No comment | =Jordan Peele
        Mrs. Trump is not Donald Trump | Donald Trump and Melania Trump arrived in Cleveland. "He loves this country," Mrs. Trump said. | He loves this country | =Melania Trump
        a shared family name resolved by first name | Donald Trump spoke first. Melania Trump spoke later. "He will be the best president," Melania Trump said. | He will be the best president | =Melania Trump
        she after the husband and the wife | Donald Trump and his wife, Melania Trump, visited a school. "The children were wonderful," she said. | The children were wonderful | =Melania Trump
        a bare family name goes to the person named most | Donald Trump spoke in Iowa. Donald Trump later spoke in Ohio. Ivanka Trump watched. "We will win," Trump said. | We will win | =Donald Trump
        a family name two people share equally stays ambiguous | Bill Clinton and Hillary Clinton arrived in Ohio. "It was a long day," Clinton said. | It was a long day | hedged
        one person written two ways is no shared family name | Loretta E. Lynch spoke in Washington. Loretta Lynch later met reporters. "We will review it," Lynch said. | We will review it | =Loretta E. Lynch
        a subject after an opening phrase and its comma | Joey Salceda criticised the plan in Manila. At a rally in Maine on Thursday, Donald Trump spoke again. "We are letting the wrong people in," he said. | We are letting the wrong people in | ~Donald Trump
        Mr. picks the man of the family | Hillary Clinton and Bill Clinton arrived. "It was a long day," Mr. Clinton said. | It was a long day | =Bill Clinton
        pronoun across a paragraph break after a quote | "We will rebuild," Governor Chris Christie said on Monday.\\n\\n"It will take years," he said. | It will take years | =Chris Christie
        he said after a quote keeps its speaker over a later object | "Taxes are too high," Paul Ryan said. He criticised Nancy Pelosi.\\n\\n"We need reform," he said. | We need reform | =Paul Ryan
        a chain of pronouns keeps the speaker | Bernie Sanders spoke in Vermont. He thanked his supporters. He criticised Wall Street. "The system is rigged," he said. | The system is rigged | =Bernie Sanders
        an organisation and it | The Justice Department released a statement on Friday. "The review is complete," it said. | The review is complete | =Justice Department
        it is never a person | Barack Obama visited the Pentagon. The Defense Department issued a report. "Spending must rise," it said. | Spending must rise | !Barack Obama
        a place is no speaker for he | Bernie Sanders lost Ohio, Florida and North Carolina to Hillary Clinton. In Phoenix, "We are not done," he said. | We are not done | !North Carolina
        a description resolves to the person with that role | Sergey Lavrov, the foreign minister, met John Kerry. "The talks were useful," the foreign minister said. | The talks were useful | =Sergey Lavrov
        an appositive gives the name | "The plan failed," said Josh Earnest, the White House press secretary. | The plan failed | =Josh Earnest
        a relative pronoun takes its antecedent | It was Senator Elizabeth Warren who said the bank was "a scam." | a scam | =Elizabeth Warren
        a name in a title-case headline is no speaker | Pastor Wants Scout Leaders To Be Punished For Views\\nKevin Swanson said on his radio show that the leaders were wrong. "They must repent," he said. | They must repent | =Kevin Swanson
        two men, the object in a subordinate clause is never named as certain | Ted Cruz told reporters that Donald Trump had insulted his wife. "It is disgraceful," he said. | It is disgraceful | !Donald Trump
        """)
    void resolves_the_speaker(String name, String text, String words, String expected) {
        Attribution a = attributionHolding(text.replace("\\n", "\n"), words);
        Speaker speaker = a.speaker();
        assertThat(speaker).as("speaker of %s", words).isNotNull();
        String wanted = expected.substring(1);
        if (expected.equals("hedged")) {
            assertThat(speaker.hedged()).as("%s hedged (confidence %s)", speaker.name(), speaker.confidence()).isTrue();
        } else if (expected.startsWith("~")) {
            assertThat(speaker.name()).isEqualTo(wanted);
        } else if (expected.startsWith("=")) {
            assertThat(speaker.name()).isEqualTo(wanted);
            assertThat(speaker.hedged()).as("hedged, confidence %s", speaker.confidence()).isFalse();
        } else {
            assertThat(speaker.hedged() || !speaker.name().equals(wanted))
                    .as("%s named as certain (confidence %s)", speaker.name(), speaker.confidence()).isTrue();
        }
    }

    @Test
    void a_pronoun_inside_a_quotation_is_never_the_speaker() {
        Attribution a = attributionHolding("Jeb Bush spoke in Iowa. \"He is a great man, and he will win,\" Laura Bush said.", "He is a great man");
        assertThat(a.speaker().name()).isEqualTo("Laura Bush");
        assertThat(a.speaker().mention().text()).isEqualTo("Laura Bush");
    }

    @Test
    void a_pronoun_nothing_fits_is_hedged_with_no_one_named() {
        Attribution a = attributionHolding("The weather was cold. \"We will go on,\" she said.", "We will go on");
        assertThat(a.speaker().hedged()).isTrue();
        assertThat(a.speaker().name()).isEqualToIgnoringCase("she");
    }

    @Test
    void a_name_spelled_out_is_certain_and_a_pronoun_less_so() {
        List<Attribution> found = EXTRACTOR.extract(article(
                "Angela Merkel spoke in Berlin. \"We agreed,\" Merkel said. \"It was hard,\" she added."));
        assertThat(found).extracting(x -> x.speaker().name()).containsOnly("Angela Merkel");
        assertThat(found.get(0).speaker().confidence()).isEqualTo(1.0);
        assertThat(found.get(1).speaker().confidence()).isLessThan(1.0).isGreaterThanOrEqualTo(Speaker.CONFIDENT);
    }

    private static Attribution attributionHolding(String text, String words) {
        List<Attribution> found = EXTRACTOR.extract(article(text));
        return found.stream().filter(x -> x.quoteText().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution holds '" + words + "' in " + found.stream().map(Attribution::quoteText).toList()));
    }

    private static Article article(String text) {
        return new Article("t", "", "Test", LocalDate.of(2016, 3, 16), null, null, text);
    }
}
