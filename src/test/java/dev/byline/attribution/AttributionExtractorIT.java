package dev.byline.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.corpus.Article;
import dev.byline.nlp.text.TextSpan;
import dev.byline.testing.Models;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AttributionExtractorIT {

    private static final AttributionExtractor EXTRACTOR = AttributionExtractor.shipped(Models.TEXT);
    /** A Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2016, 3, 16);

    static Stream<Arguments> cases() {
        return Stream.of(
            c("direct quote, role and name before the verb, weekday",
                "“We will not retreat,” Prime Minister Theresa May said on Monday.", WEDNESDAY,
                "Theresa May", "Prime Minister", "“We will not retreat,”", AttributionType.DIRECT, "March 14, 2016"),
            c("split quote is one attribution with two parts",
                "Humpty Dumpty met Alice. “When I use a word,” he said, “it means just what I choose it to mean.”", WEDNESDAY,
                "Humpty Dumpty", null, "“When I use a word,” … “it means just what I choose it to mean.”", AttributionType.DIRECT,
                "about March 16, 2016"),
            c("mixed quote after describe ... as",
                "Walid Al Moallem, foreign minister for the Assad regime, described Assad’s removal during a political transition as a “red line.”",
                WEDNESDAY, "Walid Al Moallem", "foreign minister for the Assad regime",
                "Assad’s removal during a political transition as a “red line.”", AttributionType.MIXED, "about March 16, 2016"),
            c("indirect speech with that, organisation speaker",
                "The Kremlin said yesterday that the mission was accomplished.", WEDNESDAY,
                "Kremlin", null, "that the mission was accomplished", AttributionType.INDIRECT, "March 15, 2016"),
            c("indirect speech without that",
                "Officials said the troops would leave Syria by Friday.", WEDNESDAY,
                "Officials", null, "the troops would leave Syria by Friday", AttributionType.INDIRECT, "about March 16, 2016"),
            c("according to before the content",
                "According to the Kremlin, the withdrawal will start tomorrow.", WEDNESDAY,
                "Kremlin", null, "the withdrawal will start tomorrow", AttributionType.ACCORDING_TO, "about March 16, 2016"),
            c("according to after the content",
                "The withdrawal will start tomorrow, according to Interfax.", WEDNESDAY,
                "Interfax", null, "The withdrawal will start tomorrow", AttributionType.ACCORDING_TO, "about March 16, 2016"),
            c("parenthetical cue splits the content",
                "The troops, the ministry said, would be home by May.", WEDNESDAY,
                "the ministry", null, "The troops … would be home by May", AttributionType.INDIRECT, "about March 16, 2016"),
            c("name after the verb, behind a description",
                "“We are reviewing the footage,” said a spokesman, Scott Whiffen.", WEDNESDAY,
                "Scott Whiffen", "spokesman", "“We are reviewing the footage,”", AttributionType.DIRECT, "about March 16, 2016"),
            c("name after the verb, with an appositive role",
                "“This is wrong,\" said John Smith, a local farmer.", WEDNESDAY,
                "John Smith", "local farmer", "“This is wrong,\"", AttributionType.DIRECT, "about March 16, 2016"),
            c("floating quote continues the previous speaker",
                "Senator Elizabeth Warren spoke first. “This is a disgrace,” she said.\n“Nobody in this building doesn’t know it.”", WEDNESDAY,
                "Elizabeth Warren", "Senator", "“Nobody in this building doesn’t know it.”", AttributionType.DIRECT, "about March 16, 2016"),
            c("a quotation right after the attributing sentence continues the content",
                "“We will not retreat,” Senator Elizabeth Warren said on Monday. “Nobody in this building can make us.”\n\nThe vote is on Friday.",
                WEDNESDAY, "Elizabeth Warren", "Senator", "“We will not retreat,” … “Nobody in this building can make us.”",
                AttributionType.DIRECT, "March 14, 2016"),
            c("a quotation after a sentence that adds a clause of its own is not its content",
                "“We will not retreat,” Senator Elizabeth Warren said, adding that the vote was close. “Nobody can make us.”",
                WEDNESDAY, "Elizabeth Warren", "Senator", "“We will not retreat,”", AttributionType.DIRECT, "about March 16, 2016"),
            c("speech verb inside the quote does not move the speaker",
                "“He said he would come, but he never did,” Smith said.", WEDNESDAY,
                "Smith", null, "“He said he would come, but he never did,”", AttributionType.DIRECT, "about March 16, 2016"),
            c("she skips a nearer man",
                "Angela Merkel met Mr. Obama in Berlin. “We agreed on sanctions,” she said.", WEDNESDAY,
                "Angela Merkel", null, "“We agreed on sanctions,”", AttributionType.DIRECT, "about March 16, 2016"),
            c("he resolves to the fullest name",
                "Vladimir Putin arrived in Sochi. Later, he said that the war was over.", WEDNESDAY,
                "Vladimir Putin", null, "that the war was over", AttributionType.INDIRECT, "about March 16, 2016"),
            c("surname resolves to the full name and keeps the role",
                "Russian President Vladimir Putin spoke. “The plan is over,” Putin said.", WEDNESDAY,
                "Vladimir Putin", "Russian President", "“The plan is over,”", AttributionType.DIRECT, "about March 16, 2016"),
            c("apostrophes inside a quote, last week",
                "“I don't think Assad’s days are numbered,” Lavrov told reporters last week.", WEDNESDAY,
                "Lavrov", null, "“I don't think Assad’s days are numbered,”", AttributionType.DIRECT, "about March 9, 2016"),
            c("German quote marks",
                "„Wir schaffen das“, said Angela Merkel.", WEDNESDAY,
                "Angela Merkel", null, "„Wir schaffen das“", AttributionType.DIRECT, "about March 16, 2016"),
            c("guillemets",
                "«C’est fini», said Emmanuel Macron.", WEDNESDAY,
                "Emmanuel Macron", null, "«C’est fini»", AttributionType.DIRECT, "about March 16, 2016"),
            c("single quote marks",
                "‘We are ready,’ said Boris Johnson.", WEDNESDAY,
                "Boris Johnson", null, "‘We are ready,’", AttributionType.DIRECT, "about March 16, 2016"),
            c("multi-paragraph quote closes only in its last paragraph",
                "Russian President Vladimir Putin spoke.\n\n“We will continue.\n\n“And we will win,” he added.", WEDNESDAY,
                "Vladimir Putin", "Russian President", "“We will continue.\n\n“And we will win,”", AttributionType.DIRECT,
                "about March 16, 2016"),
            c("unclosed quote ends with its paragraph",
                "Jones said: “We are leaving now\nThe convoy left at noon.", WEDNESDAY,
                "Jones", null, "“We are leaving now", AttributionType.DIRECT, "about March 16, 2016"),
            c("cue before the quote with a colon",
                "Staffan de Mistura, the United Nations special envoy for Syria, said: “Plan B is war.”", WEDNESDAY,
                "Staffan de Mistura", "United Nations special envoy for Syria", "“Plan B is war.”", AttributionType.DIRECT,
                "about March 16, 2016"),
            c("description resolves to the person the article names so",
                "Sergei Lavrov, the foreign minister, arrived. The foreign minister said that talks would resume.", WEDNESDAY,
                "Sergei Lavrov", "foreign minister", "that talks would resume", AttributionType.INDIRECT, "about March 16, 2016"),
            c("undated article keeps month and day without a year",
                "Putin said on March 14 that the troops would leave.", null,
                "Putin", null, "that the troops would leave", AttributionType.INDIRECT, "March 14"),
            c("undated article with no date in the text",
                "Putin said that the troops would leave.", null,
                "Putin", null, "that the troops would leave", AttributionType.INDIRECT, "unknown"),
            c("explicit full date wins over publication",
                "The ministry announced on March 1, 2015 that the base would close.", WEDNESDAY,
                "The ministry", null, "that the base would close", AttributionType.INDIRECT, "March 1, 2015"),
            c("name after the verb in reported speech",
                "The talks will fail, said Sergei Lavrov.", WEDNESDAY,
                "Sergei Lavrov", null, "The talks will fail", AttributionType.INDIRECT, "about March 16, 2016"),
            c("verb of judgement takes its object as content",
                "Senator Mitch McConnell on Tuesday endorsed Mr. Trump.", WEDNESDAY,
                "Mitch McConnell", "Senator", "Mr. Trump", AttributionType.INDIRECT, "March 15, 2016"),
            c("criticized someone for something",
                "Kaine criticized fellow Democrats for seeking a higher tax rate.", WEDNESDAY,
                "Kaine", null, "fellow Democrats for seeking a higher tax rate", AttributionType.INDIRECT, "about March 16, 2016"),
            c("called X a Y with a quotation",
                "Last September, Glenn Beck called Sarah Palin a “clown” on his radio show.", WEDNESDAY,
                "Glenn Beck", null, "Sarah Palin a “clown” on his radio show", AttributionType.MIXED, "about March 16, 2016"),
            c("particle in the cue",
                "Senator Kelli Ward called for the impeachment of the attorney general.", WEDNESDAY,
                "Kelli Ward", null, "the impeachment of the attorney general", AttributionType.INDIRECT, "about March 16, 2016"),
            c("participle takes the subject of the main clause",
                "Mitt Romney went after Trump over his taxes, calling it “disqualifying.”", WEDNESDAY,
                "Mitt Romney", null, "it “disqualifying.”", AttributionType.MIXED, "about March 16, 2016"),
            c("second predicate shares the subject",
                "McConnell embraced the nominee and said this week that Trump would be competitive.", WEDNESDAY,
                "McConnell", null, "that Trump would be competitive", AttributionType.INDIRECT, "about March 16, 2016"),
            c("a poll shows, clause without that",
                "A Quinnipiac University poll shows Mrs. Clinton leading in Florida.", WEDNESDAY,
                "A Quinnipiac University poll", null, "Mrs. Clinton leading in Florida", AttributionType.INDIRECT, "about March 16, 2016"),
            c("thinking verb with a clause and no that",
                "Privately, some Democratic officials think Wasserman Schultz is at risk.", WEDNESDAY,
                "some Democratic officials", null, "Wasserman Schultz is at risk", AttributionType.INDIRECT, "about March 16, 2016"),
            c("name with party and state in brackets",
                "Sen. Rand Paul (R-Ky.) said the tax plan would give money away.", WEDNESDAY,
                "Rand Paul", null, "the tax plan would give money away", AttributionType.INDIRECT, "about March 16, 2016"),
            c("a content that begins with a relative pronoun before its speaker and cue",
                "Donald Trump attacked the trade deal, which he called “a total disaster” for American workers.", WEDNESDAY,
                "Donald Trump", null, "which … “a total disaster” for American workers", AttributionType.MIXED,
                "about March 16, 2016"),
            c("a quotation signed with a dash after it",
                "Readers wrote in after the debate.\n“He represents our greatest shame.” ― Sonya Herridge\n“He cannot answer a question.” ― Esther Tapia\n",
                WEDNESDAY, "Sonya Herridge", null, "“He represents our greatest shame.”", AttributionType.DIRECT,
                "about March 16, 2016"),
            c("a signature on the line after the quotation",
                "The senator repeated the claim.\n\n\"Boeing and GE and other multinationals pay zero taxes.\"\n\n- Bernie Sanders.\n\nThis is a complex issue.",
                WEDNESDAY, "Bernie Sanders", null, "\"Boeing and GE and other multinationals pay zero taxes.\"",
                AttributionType.DIRECT, "about March 16, 2016"),
            c("a transcript's speaker label, the words running to the end of the paragraph",
                "Chris Wallace interviewed Mike Pence on Sunday. Partial transcript as follows:\n\n\"WALLACE: Will Gennifer Flowers be there? The campaign says so.\n\n\"PENCE: Gennifer Flowers will not be attending. That is a stunt.\n\n\"WALLACE: Thank you.",
                WEDNESDAY, "Mike Pence", null, "Gennifer Flowers will not be attending. That is a stunt.",
                AttributionType.DIRECT, "about March 16, 2016"),
            c("a participle cue after a comma takes the sentence's subject as its speaker",
                "On Tuesday night, Donald Trump struck a measured tone, saying he understood the responsibility.", WEDNESDAY,
                "Donald Trump", null, "he understood the responsibility", AttributionType.INDIRECT, "March 15, 2016"),
            c("a cue verb after and shares the sentence's subject",
                "In late June, the American Bar Association completed its months-long review of Garland's professional qualifications and deemed him \"well qualified,\" which is its highest possible rating.",
                WEDNESDAY, "American Bar Association", null, "him \"well qualified,\"", AttributionType.MIXED,
                "about March 16, 2016"),
            c("an office named with of before the name is the role",
                "Former Secretary of State John Kerry said on Monday that the talks would resume.", WEDNESDAY,
                "John Kerry", "Former Secretary of State", "that the talks would resume", AttributionType.INDIRECT,
                "March 14, 2016"),
            c("no-break space between quote and speaker",
                "“We have incompetent people,”\u00a0Trump said last month.", WEDNESDAY,
                "Trump", null, "“We have incompetent people,”", AttributionType.DIRECT, "2016-02"),
            c("question closes the sentence before its cue",
                "‘Can we win Illinois?’ Mr. Manafort asked. ‘I do not know.’", WEDNESDAY,
                "Manafort", null, "‘Can we win Illinois?’ … ‘I do not know.’", AttributionType.DIRECT, "about March 16, 2016"),
            c("passive question with its asker",
                "Sanders was asked by host John Dickerson whether his aim was similar to Kennedy's.", WEDNESDAY,
                "John Dickerson", null, "whether his aim was similar to Kennedy's", AttributionType.INDIRECT, "about March 16, 2016"),
            c("as the paper reported",
                "As The Washington Post reported, Sanders would still trail in delegates.", WEDNESDAY,
                "Washington Post", null, "Sanders would still trail in delegates", AttributionType.INDIRECT, "about March 16, 2016"),
            c("headline with the speaker's name and a colon",
                "Bernie Sanders: Clinton Is Qualified To Be President\nSen. Bernie Sanders spoke in Iowa.", WEDNESDAY,
                "Bernie Sanders", null, "Clinton Is Qualified To Be President", AttributionType.INDIRECT, "about March 16, 2016"),
            c("date of an earlier dated announcement by the same speaker",
                "Putin ordered the troops out. The March 14 announcement surprised Putin's allies.\n\nThe talks went on.\n\n“The mission is accomplished,” Putin said at the Kremlin.", null,
                "Putin", null, "“The mission is accomplished,”", AttributionType.DIRECT, "about March 14"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extracts_speaker_content_and_date(String name, String text, LocalDate published, String speaker, String role,
                                           String content, AttributionType type, String when) {
        List<Attribution> found = EXTRACTOR.extract(article(text, published));
        assertThat(found).extracting(Attribution::quoteText).contains(content);
        Attribution a = found.stream().filter(x -> x.quoteText().equals(content)).findFirst().orElseThrow();
        assertThat(a.speaker()).as("speaker").isNotNull();
        assertThat(a.speaker().name()).isEqualTo(speaker);
        if (role != null) assertThat(a.speaker().role()).isEqualTo(role);
        assertThat(a.type()).isEqualTo(type);
        assertThat(a.when().display()).isEqualTo(when);
        for (TextSpan part : a.content()) assertThat(text.substring(part.start(), part.end())).isEqualTo(part.text());
    }

    @Test
    void a_sentence_with_no_tokens_at_the_end_is_no_headline_and_no_crash() {
        // Zero-width spaces make a sentence of their own with nothing in it (a RealTime QA article ends so).
        List<Attribution> found = EXTRACTOR.extract(article("The minister said the plan would work.\n\n\u200b\u200b", WEDNESDAY));
        assertThat(found).extracting(Attribution::quoteText).containsExactly("the plan would work");
    }

    @Test
    void gives_an_impression_without_a_holder_no_speaker() {
        List<Attribution> found = EXTRACTOR.extract(article("Obama is expected to join Clinton on the campaign trail soon.", WEDNESDAY));
        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isNull();
            assertThat(a.cue().text()).isEqualTo("is expected");
            assertThat(a.quoteText()).isEqualTo("Obama is expected to join Clinton on the campaign trail soon");
        });
    }

    static Stream<Arguments> frames() {
        return Stream.of(
            Arguments.of("relative clause with commas of its own before the verb",
                "Sandy Phillips, who lost her daughter during the shooting in Aurora, Colorado, in July 2012, said that Sanders had been rude.",
                "Sandy Phillips", "said", "that Sanders had been rude"),
            Arguments.of("a whose clause is not part of the speaker",
                "Mr. Cruz, whose narrow finish was seen as a disappointment, said that he was the lone candidate left.",
                "Mr. Cruz", "said", "that he was the lone candidate left"),
            Arguments.of("description after a name after the verb runs to the sentence end",
                "Democrats will lose the House, said Penny Nance, president and chief executive of Concerned Women for America.",
                "Penny Nance, president and chief executive of Concerned Women for America", "said", "Democrats will lose the House"),
            Arguments.of("according to words the tagger takes for no noun phrase",
                "Whites made up 36 percent of the electorate in 2012, according to exit polls.",
                "exit polls", "according to", "Whites made up 36 percent of the electorate in 2012"),
            Arguments.of("in a statement belongs to the cue",
                "The campaign said in a statement that the report was false.",
                "The campaign", "said in a statement", "that the report was false"),
            Arguments.of("a question asked about something does not swallow the answer",
                "Asked about the wall, Trump said Mexico would pay.",
                "Trump", "said", "Mexico would pay"),
            Arguments.of("a content the rules began with the cue's particle starts after it",
                "Trump complained about his microphone the morning after the debate.",
                "Trump", "complained about", "his microphone the morning after the debate"),
            Arguments.of("respond to takes its particle",
                "The senator did not respond to requests for comment.",
                "The senator", "did not respond to", "requests for comment"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void marks_source_cue_and_content_as_polnear_does(String name, String text, String source, String cue, String content) {
        List<Attribution> found = EXTRACTOR.extract(article(text, WEDNESDAY));
        assertThat(found).anySatisfy(a -> {
            assertThat(a.speaker()).isNotNull();
            assertThat(a.speaker().mention().text()).isEqualTo(source);
            assertThat(a.cue().text()).isEqualTo(cue);
            assertThat(a.quoteText()).isEqualTo(content);
        });
    }

    @Test
    void reads_no_speech_into_tweet_markup() {
        String text = "<tweet author=\"JebBush\" timestamp=\"1449075600\">Praying for the victims</tweet>.\n\n"
                + "Bush said the victims were in his prayers.";
        List<Attribution> found = EXTRACTOR.extract(article(text, WEDNESDAY));
        assertThat(found).extracting(Attribution::quoteText).contains("the victims were in his prayers");
        assertThat(found).noneSatisfy(a -> assertThat(a.cue().text()).isEqualTo("tweet"));
    }

    static Stream<Arguments> notQuotes() {
        return Stream.of(
            Arguments.of("scare quotes", "The film’s “cuties” poster went up in Paris before its release."),
            Arguments.of("a title", "She reread “One Hundred Years of Solitude” last summer."),
            Arguments.of("a quoted word after a noun", "The so-called “peace plan” collapsed within a week."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notQuotes")
    void ignores_quote_marks_that_report_no_speech(String name, String text) {
        assertThat(EXTRACTOR.extract(article(text, WEDNESDAY))).isEmpty();
    }

    @Test
    void never_makes_i_or_we_a_speaker() {
        List<Attribution> found = EXTRACTOR.extract(article("“We won the vote,” I said to the crowd.\n\n“It was close,” Maria Silva said.", WEDNESDAY));
        assertThat(found).anySatisfy(a -> {
            assertThat(a.quoteText()).contains("It was close");
            assertThat(a.speaker().name()).isEqualTo("Maria Silva");
        });
        assertThat(found).filteredOn(a -> a.quoteText().contains("We won")).allSatisfy(a -> assertThat(a.speaker()).isNull());
    }

    @Test
    void is_safe_to_share_between_threads() throws Exception {
        String text = "“The plan is over,” Vladimir Putin said on Monday.";
        List<Attribution> expected = EXTRACTOR.extract(article(text, WEDNESDAY));
        assertThat(expected).isNotEmpty();
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<List<Attribution>> results = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int i = 0; i < 4; i++) threads.add(Thread.ofPlatform().start(() -> results.add(EXTRACTOR.extract(article(text, WEDNESDAY)))));
        for (Thread t : threads) t.join();
        assertThat(results).hasSize(4).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }

    private static Arguments c(String name, String text, LocalDate published, String speaker, String role, String content,
                               AttributionType type, String when) {
        return Arguments.of(name, text, published, speaker, role, content, type, when);
    }

    static Article article(String text, LocalDate published) {
        return new Article("test", "", null, published, null, null, text);
    }
}
