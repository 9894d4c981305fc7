package dev.byline.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.richText;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.RichTextElement;
import com.slack.api.model.block.element.RichTextQuoteElement;
import com.slack.api.model.block.element.RichTextSectionElement;
import dev.byline.answer.Citation;
import dev.byline.attribution.DatePrecision;
import dev.byline.chat.ChatResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Byline's answer as Block Kit: the answer in sections, quotes as quote blocks, a Sources context block, and the
 * buttons. Keeps within Slack's limits (3,000 characters per text, 10 context elements, 50 blocks).
 */
public final class AnswerBlocks {

    public static final int MAX_BLOCKS = 50;
    public static final int MAX_TEXT_CHARS = 3000;
    static final int MAX_CONTEXT_ELEMENTS = 10;
    /** Notifications show a line or two; the full answer is in the blocks. */
    static final int MAX_FALLBACK_CHARS = 3000;
    static final int MAX_TITLE_CHARS = 150;
    /** Slack's limit on a button's value. */
    static final int MAX_BUTTON_VALUE_CHARS = 2000;

    public static final String SHARE_ACTION = "byline_share";
    public static final String FEEDBACK_UP_ACTION = "byline_feedback_up";
    public static final String FEEDBACK_DOWN_ACTION = "byline_feedback_down";

    private AnswerBlocks() {}

    /**
     * What goes under the answer: feedback buttons carry the {@code question} (none when null, as for webhooks,
     * whose buttons would reach no one); a "Share in channel" button carries {@code shareId} (none when null).
     */
    public record Buttons(String question, String shareId) {
        public static final Buttons NONE = new Buttons(null, null);
    }

    /** A quote as shown in Slack: the words, who said them, when, and the source marker. */
    public record QuoteLine(String speaker, String role, String text, String date, int n) {}

    public static SlackMessage render(ChatResponse response, Buttons buttons) {
        Map<Integer, String> urls = new HashMap<>();
        for (Citation c : response.citations()) if (c.url() != null && !c.url().isBlank()) urls.put(c.n(), c.url());

        List<LayoutBlock> tail = new ArrayList<>(sources(response.citations()));
        if (buttons.question() != null || buttons.shareId() != null) tail.add(buttonsBlock(buttons));
        List<LayoutBlock> quotes = new ArrayList<>();
        for (QuoteLine quote : quotesOf(response)) quotes.add(quote(quote));

        List<String> pieces = Mrkdwn.split(Mrkdwn.fromMarkdown(response.answer().text(), urls), MAX_TEXT_CHARS);
        if (pieces.isEmpty()) pieces = List.of(" ");
        int room = MAX_BLOCKS - tail.size();
        quotes = quotes.subList(0, Math.min(quotes.size(), (room - 1) / 2));  // quotes take at most half the room
        room -= quotes.size();
        List<LayoutBlock> blocks = new ArrayList<>();
        for (int i = 0; i < pieces.size() && i < room; i++) {
            String piece = pieces.get(i);
            if (i == room - 1 && pieces.size() > room) {
                piece = Mrkdwn.shorten(piece, MAX_TEXT_CHARS - 60) + "\n_(shortened: the full answer is longer than Slack shows)_";
            }
            String text = piece;
            blocks.add(section(s -> s.text(markdownText(text))));
        }
        blocks.addAll(quotes);
        blocks.addAll(tail);
        return new SlackMessage(fallback(response), blocks);
    }

    /** Plain help or error text as a message. */
    public static SlackMessage notice(String mrkdwn) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (String piece : Mrkdwn.split(mrkdwn, MAX_TEXT_CHARS)) blocks.add(section(s -> s.text(markdownText(piece))));
        return new SlackMessage(Mrkdwn.shorten(mrkdwn, MAX_FALLBACK_CHARS), blocks.subList(0, Math.min(blocks.size(), MAX_BLOCKS)));
    }

    /** The answer's quotes as quote blocks show them; an inferred date reads "about ...". */
    static List<QuoteLine> quotesOf(ChatResponse response) {
        return response.quotes().stream().map(q -> new QuoteLine(q.hedged() ? hedgedSpeaker(q.speakerMention(), q.speaker()) : q.speaker(),
                q.hedged() ? null : q.role(), q.text(),
                q.date() == null ? null : (q.datePrecision() == DatePrecision.APPROXIMATE ? "about " : "") + q.date(), q.n())).toList();
    }

    /** `"he" (most likely Felipe Calderon)`: a speaker the extractor is not sure of, in the article's own words. */
    static String hedgedSpeaker(String mention, String likely) {
        if (mention == null || mention.isBlank() || mention.strip().equalsIgnoreCase(likely.strip())) return "“" + likely.strip() + "” (the article does not say who)";
        return "“" + mention.strip() + "” (most likely " + likely + ")";
    }

    /** A quote block: the words in a rich-text quote, then "— Speaker, role · date [n]". */
    static LayoutBlock quote(QuoteLine quote) {
        String said = Mrkdwn.shorten("“" + quote.text().strip() + "”", MAX_TEXT_CHARS);
        StringBuilder who = new StringBuilder("— ").append(quote.speaker() == null || quote.speaker().isBlank() ? "unknown speaker" : quote.speaker());
        if (quote.role() != null && !quote.role().isBlank()) who.append(", ").append(quote.role());
        who.append(" · ").append(quote.date() == null || quote.date().isBlank() || quote.date().equals("null") ? "date unknown" : quote.date());
        if (quote.n() > 0) who.append(" [").append(quote.n()).append(']');
        List<RichTextElement> words = List.of(RichTextSectionElement.Text.builder().text(said).build());
        List<RichTextElement> attribution = List.of(RichTextSectionElement.Text.builder().text(Mrkdwn.shorten(who.toString(), MAX_TEXT_CHARS))
                .style(RichTextSectionElement.TextStyle.builder().italic(true).build()).build());
        return richText(r -> r.elements(List.of(
                RichTextQuoteElement.builder().elements(words).build(),
                RichTextSectionElement.builder().elements(attribution).build())));
    }

    /** "[n] outlet · headline (linked) · date" per source, as context blocks of at most 10 elements of at most 3,000 characters. */
    static List<LayoutBlock> sources(List<Citation> citations) {
        if (citations.isEmpty()) return List.of();
        List<String> lines = new ArrayList<>();
        lines.add("*Sources*");
        for (Citation c : citations) lines.add(sourceLine(c));
        List<ContextBlockElement> elements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (!current.isEmpty() && current.length() + 1 + line.length() > MAX_TEXT_CHARS) {
                elements.add(markdownText(current.toString()));
                current.setLength(0);
            }
            if (!current.isEmpty()) current.append('\n');
            current.append(line);
        }
        elements.add(markdownText(current.toString()));
        List<LayoutBlock> blocks = new ArrayList<>();
        for (int i = 0; i < elements.size(); i += MAX_CONTEXT_ELEMENTS) {
            blocks.add(context(elements.subList(i, Math.min(elements.size(), i + MAX_CONTEXT_ELEMENTS))));
        }
        return blocks;
    }

    static String sourceLine(Citation c) {
        String outlet = c.source() == null || c.source().isBlank() ? "unknown outlet" : c.source();
        String title = Mrkdwn.shorten(c.title() == null || c.title().isBlank() ? c.articleId() : c.title(), MAX_TITLE_CHARS);
        String headline = c.url() == null || c.url().isBlank() ? Mrkdwn.escape(title) : Mrkdwn.link(c.url(), title);
        String date = c.published() == null ? "date unknown" : c.published().toString();
        return "[" + c.n() + "] " + Mrkdwn.escape(outlet) + " · " + headline + " · " + date;
    }

    private static LayoutBlock buttonsBlock(Buttons buttons) {
        List<BlockElement> elements = new ArrayList<>();
        if (buttons.question() != null) {
            String value = buttons.question().length() > MAX_BUTTON_VALUE_CHARS ? buttons.question().substring(0, MAX_BUTTON_VALUE_CHARS) : buttons.question();
            elements.add(button(b -> b.actionId(FEEDBACK_UP_ACTION).text(plainText(":+1: Helpful", true)).value(value)));
            elements.add(button(b -> b.actionId(FEEDBACK_DOWN_ACTION).text(plainText(":-1: Not helpful", true)).value(value)));
        }
        if (buttons.shareId() != null) {
            elements.add(button(b -> b.actionId(SHARE_ACTION).text(plainText("Share in channel")).style("primary").value(buttons.shareId())));
        }
        return actions(elements);
    }

    private static String fallback(ChatResponse response) {
        String text = Mrkdwn.plain(response.answer().text()).strip();
        if (!response.citations().isEmpty()) {
            Citation first = response.citations().getFirst();
            text += " (source: " + (first.source() == null ? first.title() : first.source() + ", " + first.title()) + ")";
        }
        return Mrkdwn.escape(Mrkdwn.shorten(text.isEmpty() ? "Byline's answer" : text, MAX_FALLBACK_CHARS - 100));
    }
}
