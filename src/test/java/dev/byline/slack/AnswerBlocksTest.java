package dev.byline.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.util.json.GsonFactory;
import dev.byline.answer.Answer;
import dev.byline.answer.AnswerKind;
import dev.byline.answer.AnswerMode;
import dev.byline.answer.AnsweredQuote;
import dev.byline.answer.Citation;
import dev.byline.answer.Searched;
import dev.byline.attribution.AttributionType;
import dev.byline.attribution.DatePrecision;
import dev.byline.chat.ChatResponse;
import dev.byline.slack.AnswerBlocks.Buttons;
import dev.byline.slack.AnswerBlocks.QuoteLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Byline's answers as Block Kit, within Slack's limits. */
class AnswerBlocksTest {

    private static final Gson GSON = GsonFactory.createSnakeCase();

    static Citation citation(int n, String source, String title, LocalDate published, String url) {
        String snippet = "Putin ordered the bulk of his country's troops out of Syria.";
        return new Citation(n, "a" + n, title, source, published, url, snippet, 0, snippet.length(), 0, 5);
    }

    /** The one place tests build a ChatResponse, so a new component (quotes) is one line to add. */
    static ChatResponse response(String text, List<Citation> citations) {
        return new ChatResponse("c1", new Answer(text, AnswerKind.PASSAGE, AnswerMode.EXTRACTIVE), citations,
                new Searched("q", List.of(), null, null, null, List.of()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            **Putin** ordered it              | *Putin* ordered it
            an *important* step               | an _important_ step
            __bold__ and ~~gone~~             | *bold* and ~gone~
            [the BBC](https://bbc.co.uk/x?a=1&b=2) said | "<https://bbc.co.uk/x?a=1&b=2|the BBC> said"
            a < b & c > d                     | a &lt; b &amp; c &gt; d
            ## Who ordered it                 | *Who ordered it*
            - first point                     | • first point
            `code *stays*`                    | `code *stays*`
            """)
    void markdown_becomes_slack_mrkdwn(String markdown, String mrkdwn) {
        assertThat(Mrkdwn.fromMarkdown(markdown, Map.of())).isEqualTo(mrkdwn);
    }

    @Test
    void citation_markers_link_to_their_article_when_it_has_a_url() {
        assertThat(Mrkdwn.fromMarkdown("Putin ordered it [1]. Assad agreed [2].", Map.of(1, "https://example.com/a|b")))
                .isEqualTo("Putin ordered it <https://example.com/a%7Cb|[1]>. Assad agreed [2].");
    }

    @Test
    void the_answer_is_a_section_then_a_sources_context_block_then_buttons() {
        ChatResponse response = response("Putin ordered the troops out [1].", List.of(
                citation(1, "BBC", "Putin Orders Most Troops Out Of Syria", LocalDate.of(2016, 3, 14), "https://bbc.co.uk/news/1"),
                citation(2, null, "Assad & the war", null, null)));
        SlackMessage message = AnswerBlocks.render(response, new Buttons("Who ordered it?", "share-1"));

        assertThat(message.blocks()).extracting(LayoutBlock::getType).containsExactly("section", "context", "actions");
        assertThat(text(message.blocks().getFirst())).isEqualTo("Putin ordered the troops out <https://bbc.co.uk/news/1|[1]>.");
        String sources = ((MarkdownTextObject) ((ContextBlock) message.blocks().get(1)).getElements().getFirst()).getText();
        assertThat(sources).isEqualTo("""
                *Sources*
                [1] BBC · <https://bbc.co.uk/news/1|Putin Orders Most Troops Out Of Syria> · 2016-03-14
                [2] unknown outlet · Assad &amp; the war · date unknown""");
        JsonArray buttons = json(message.blocks().get(2)).getAsJsonArray("elements");
        assertThat(buttons.asList()).extracting(b -> b.getAsJsonObject().get("action_id").getAsString())
                .containsExactly(AnswerBlocks.FEEDBACK_UP_ACTION, AnswerBlocks.FEEDBACK_DOWN_ACTION, AnswerBlocks.SHARE_ACTION);
        assertThat(buttons.get(0).getAsJsonObject().get("value").getAsString()).isEqualTo("Who ordered it?");
        assertThat(buttons.get(2).getAsJsonObject().get("value").getAsString()).isEqualTo("share-1");
        assertThat(message.text()).startsWith("Putin ordered the troops out [1].").contains("BBC");
    }

    @Test
    void webhook_messages_have_no_buttons_and_none_answers_no_sources() {
        SlackMessage message = AnswerBlocks.render(response("I found nothing in the articles about that.", List.of()), Buttons.NONE);
        assertThat(message.blocks()).extracting(LayoutBlock::getType).containsExactly("section");
    }

    @Test
    void an_answer_longer_than_a_section_is_split_at_sentence_ends_into_sections_of_at_most_3000_characters() {
        String sentence = "Putin said the mission set for the defense ministry had been accomplished [1]. ";
        String text = sentence.repeat(120);  // about 9,500 characters
        SlackMessage message = AnswerBlocks.render(response(text, List.of(citation(1, "BBC", "T", null, "https://bbc.co.uk/1"))), Buttons.NONE);

        List<String> sections = message.blocks().stream().filter(b -> b instanceof SectionBlock).map(AnswerBlocksTest::text).toList();
        assertThat(sections).hasSizeGreaterThan(3);
        assertThat(sections).allSatisfy(s -> {
            assertThat(s.length()).isLessThanOrEqualTo(AnswerBlocks.MAX_TEXT_CHARS);
            assertThat(s).endsWith("|[1]>.");  // cut after a sentence, never inside a link
        });
        assertThat(String.join(" ", sections).replaceAll("<https://bbc.co.uk/1\\|\\[1]>", "[1]")).isEqualTo(text.strip());
        assertThat(message.text().length()).isLessThanOrEqualTo(AnswerBlocks.MAX_FALLBACK_CHARS);
        assertThat(message.blocks().getLast().getType()).isEqualTo("context");
    }

    @Test
    void an_answer_beyond_50_blocks_is_shortened_and_keeps_its_sources_and_buttons() {
        String text = ("x".repeat(2900) + "\n\n").repeat(60);
        List<Citation> citations = new ArrayList<>();
        for (int n = 1; n <= 12; n++) citations.add(citation(n, "Outlet " + n, "Headline " + "h".repeat(200), null, "https://example.com/" + n));
        SlackMessage message = AnswerBlocks.render(response(text, citations), new Buttons("q", "s"));

        assertThat(message.blocks()).hasSize(AnswerBlocks.MAX_BLOCKS);
        assertThat(message.blocks().getLast().getType()).isEqualTo("actions");
        assertThat(message.blocks().get(AnswerBlocks.MAX_BLOCKS - 2).getType()).isEqualTo("context");
        SectionBlock last = (SectionBlock) message.blocks().get(AnswerBlocks.MAX_BLOCKS - 3);
        assertThat(last.getText().getText()).contains("shortened").hasSizeLessThanOrEqualTo(AnswerBlocks.MAX_TEXT_CHARS);
        String sources = ((MarkdownTextObject) ((ContextBlock) message.blocks().get(AnswerBlocks.MAX_BLOCKS - 2)).getElements().getFirst()).getText();
        assertThat(sources).contains("[12] Outlet 12").hasSizeLessThanOrEqualTo(AnswerBlocks.MAX_TEXT_CHARS);
        assertThat(sources).contains("hhh…>");  // long headlines are shortened
    }

    @Test
    void many_sources_fill_context_blocks_of_at_most_ten_elements_of_at_most_3000_characters() {
        List<Citation> citations = new ArrayList<>();
        for (int n = 1; n <= 300; n++) citations.add(citation(n, "Outlet", "Headline " + n + " " + "w".repeat(120), null, "https://example.com/" + n));
        List<LayoutBlock> blocks = AnswerBlocks.sources(citations);
        assertThat(blocks).hasSizeGreaterThan(1).allSatisfy(b -> {
            List<?> elements = ((ContextBlock) b).getElements();
            assertThat(elements).hasSizeLessThanOrEqualTo(10);
            assertThat(elements).allSatisfy(e -> assertThat(((MarkdownTextObject) e).getText().length()).isLessThanOrEqualTo(3000));
        });
    }

    @Test
    void a_quote_is_a_rich_text_quote_with_speaker_role_and_date() {
        JsonObject block = json(AnswerBlocks.quote(new QuoteLine("Vladimir Putin", "Russian president",
                "I consider the mission accomplished.", "2016-03-14", 1)));
        assertThat(block.get("type").getAsString()).isEqualTo("rich_text");
        JsonArray elements = block.getAsJsonArray("elements");
        assertThat(elements.get(0).getAsJsonObject().get("type").getAsString()).isEqualTo("rich_text_quote");
        assertThat(elements.get(0).toString()).contains("“I consider the mission accomplished.”");
        assertThat(elements.get(1).toString()).contains("— Vladimir Putin, Russian president · 2016-03-14 [1]");
    }

    @Test
    void the_answers_quotes_become_quote_blocks_and_an_inferred_date_reads_about() {
        AnsweredQuote said = new AnsweredQuote("Vladimir Putin", "Russian President", "Putin", 1.0, false, "I consider the mission accomplished.",
                "said", "2016-03-14", DatePrecision.APPROXIMATE, AttributionType.DIRECT, "a1", 1);
        ChatResponse withQuote = new ChatResponse("c1", new Answer("Putin said [1]: “I consider the mission accomplished.”", AnswerKind.QUOTE,
                AnswerMode.EXTRACTIVE), List.of(citation(1, "BBC", "T", null, null)), new Searched("q", List.of(), null, null, null, List.of()),
                List.of(said));
        List<String> blocks = AnswerBlocks.render(withQuote, Buttons.NONE).blocks().stream().map(b -> GSON.toJson(b)).toList();
        assertThat(blocks).anySatisfy(b -> assertThat(b).contains("rich_text_quote").contains("— Vladimir Putin, Russian President · about 2016-03-14 [1]"));
    }

    @Test
    void a_hedged_quote_block_names_the_articles_word_and_the_likely_speaker() {
        AnsweredQuote said = new AnsweredQuote("Felipe Calderon", "former Mexican president", "he", 0.4, true, "It is incredible.",
                "said", "2016-02-08", DatePrecision.DAY, AttributionType.DIRECT, "a1", 1);
        ChatResponse withQuote = new ChatResponse("c1", new Answer("“He,” the article says, most likely Felipe Calderon, said [1]: “It is incredible.”",
                AnswerKind.QUOTE, AnswerMode.EXTRACTIVE), List.of(citation(1, "BBC", "T", null, null)),
                new Searched("q", List.of(), null, null, null, List.of()), List.of(said));
        List<String> blocks = AnswerBlocks.render(withQuote, Buttons.NONE).blocks().stream().map(b -> GSON.toJson(b)).toList();
        assertThat(blocks).anySatisfy(b -> assertThat(b).contains("— “he” (most likely Felipe Calderon) · 2016-02-08 [1]"));
        assertThat(blocks).noneSatisfy(b -> assertThat(b).contains("former Mexican president"));
    }

    private static String text(LayoutBlock block) {
        return ((SectionBlock) block).getText().getText();
    }

    private static JsonObject json(LayoutBlock block) {
        JsonElement tree = GSON.toJsonTree(block);
        return tree.getAsJsonObject();
    }
}
