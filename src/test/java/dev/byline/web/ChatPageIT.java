package dev.byline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import dev.byline.Byline;
import dev.byline.testing.Chromium;
import dev.byline.testing.Corpora;
import dev.byline.testing.RunningByline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chat page in headless Chromium against a real server over the seed article. */
class ChatPageIT {

    static final String SEED_QUESTION = "Who ordered the troops out of Syria?";

    @TempDir static Path dir;
    static Byline byline;
    static RunningByline running;
    static Chromium chromium;
    static String base;

    BrowserContext context;
    Page page;
    final List<String> consoleErrors = new ArrayList<>();
    final List<String> requests = new ArrayList<>();

    @BeforeAll
    static void start() {
        chromium = Chromium.launch();
        running = RunningByline.on(dir, List.of(Corpora.SEED));
        byline = running.byline();
        base = "http://127.0.0.1:" + running.port();
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) chromium.close();
        if (running != null) running.close();
    }

    @BeforeEach
    void open() {
        open(1000, 800);
    }

    void open(int width, int height) {
        if (context != null) context.close();
        context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        page = context.newPage();
        page.onConsoleMessage(message -> { if (message.type().equals("error")) consoleErrors.add(message.text()); });
        page.onPageError(consoleErrors::add);
        page.onRequest(request -> requests.add(request.url()));
        page.navigate(base + "/");
        page.waitForSelector("#message");
    }

    @AfterEach
    void close() {
        context.close();
        context = null;
    }

    /** Asks through the message box and waits until the answer (or the error) is shown in full. */
    void ask(String question) {
        int turns = page.locator(".turn").count();
        page.locator("#message").fill(question);
        page.locator("#message").press("Enter");
        page.waitForFunction("n => document.querySelectorAll('.turn').length > n && !document.querySelector('.streaming')", turns);
    }

    Locator lastAnswer() {
        return page.locator(".turn").last().locator(".answer");
    }

    @Test
    void the_page_loads_with_no_console_error_and_no_request_to_another_origin() {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        Chromium.screenshot(page, "page-loaded");
        assertThat(page.title()).isEqualTo("Byline");
        assertThat(consoleErrors).isEmpty();
        assertThat(requests).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(base + "/"));
    }

    @Test
    void asking_about_the_seed_article_streams_the_answer_in_word_by_word() {
        // Record every text the streaming answer shows, so the test sees it grow rather than appear whole.
        page.evaluate("""
                () => {
                  window.seen = new Set();
                  new MutationObserver(() => {
                    const s = document.querySelector('.streaming');
                    if (s && s.textContent) window.seen.add(s.textContent);
                  }).observe(document.getElementById('conversation'), {subtree: true, childList: true, characterData: true});
                }""");
        ask(SEED_QUESTION);
        Chromium.screenshot(page, "answer-streamed");
        assertThat((Integer) page.evaluate("() => window.seen.size")).as("partial answers shown while streaming").isGreaterThan(3);
        assertThat(lastAnswer().locator(".answer-text").textContent()).contains("Putin").contains("[1]");
        assertThat(page.locator("#conversation").getAttribute("aria-live")).isEqualTo("polite");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void the_name_a_question_asks_for_is_shown_in_bold_not_as_asterisks() {
        ask(SEED_QUESTION);
        assertThat(lastAnswer().locator(".answer-text strong").first().textContent()).contains("Putin");
        assertThat(lastAnswer().locator(".answer-text").textContent()).doesNotContain("**").contains("[1]");
    }

    @Test
    void a_who_said_question_shows_the_real_quote_as_a_card_with_speaker_and_role() {
        ask("Who said the only plan B is to return to war?");
        Locator card = lastAnswer().locator(".quote-card").first();
        card.waitFor();
        Chromium.screenshot(page, "who-said-quote-card");
        assertThat(lastAnswer().locator(".answer-text").textContent()).contains("Staffan de Mistura").contains("[1]");
        assertThat(card.textContent()).contains("the only plan B available is to return to war")
                .contains("Staffan de Mistura").contains("United Nations special envoy for Syria");
        String shown = (String) card.locator("blockquote").evaluate(
                "q => getComputedStyle(q, '::before').content + q.textContent + getComputedStyle(q, '::after').content");
        assertThat(shown).as("the article's own quote marks, not doubled").doesNotContain("““").doesNotContain("””");
    }

    @Test
    void clicking_citation_1_opens_its_source_card_with_the_cited_words_highlighted() {
        ask(SEED_QUESTION);
        lastAnswer().locator(".answer-text a.cite", new Locator.LocatorOptions().setHasText("[1]")).first().click();
        Locator card = page.locator(".source-card");
        card.waitFor();
        Chromium.screenshot(page, "answer-with-source-card");
        assertThat(card.locator(".card-title").textContent()).isEqualTo("Putin Orders Most Troops Out Of Syria");
        assertThat(card.locator(".outlet").textContent()).isEqualTo("Unknown outlet");
        String marked = card.locator("mark").textContent();
        assertThat(marked).contains("Putin");
        assertThat(card.locator(".passage").textContent()).contains(marked);
        assertThat(card.getByText("No link to the original").isVisible()).isTrue();
        String context = card.getByText("Read in context").getAttribute("href");
        assertThat(context).startsWith("/articles/seed-putin-syria?start=");

        card.getByText("Read in context").click();
        page.waitForSelector("mark#cited");
        Chromium.screenshot(page, "article-page");
        assertThat(page.locator("h1").textContent()).isEqualTo("Putin Orders Most Troops Out Of Syria");
        assertThat(page.locator("mark#cited").textContent()).isEqualTo(marked);
        assertThat(page.locator(".article-body").textContent()).contains("red line");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void keyboard_alone_asks_breaks_lines_and_opens_a_source() {
        Locator box = page.locator("#message");
        box.focus();
        box.pressSequentially("Who ordered");
        box.press("Shift+Enter");
        box.pressSequentially("the troops out of Syria?");
        assertThat(box.inputValue()).isEqualTo("Who ordered\nthe troops out of Syria?");
        assertThat(page.locator(".turn").count()).isZero();
        box.press("Enter");
        page.waitForSelector(".answer-text a.cite");
        page.waitForFunction("() => !document.querySelector('.streaming')");
        lastAnswer().locator("a.cite").first().focus();
        page.keyboard().press("Enter");
        page.waitForSelector(".source-card");
        assertThat((Boolean) page.evaluate("() => document.activeElement.classList.contains('card-title')")).isTrue();
        page.keyboard().press("Escape");
        assertThat(page.locator(".source-card").count()).isZero();
        assertThat((Boolean) page.evaluate("() => document.activeElement.classList.contains('cite')")).as("focus returns to the link").isTrue();
    }

    @Test
    void a_message_that_is_too_long_shows_the_servers_400_message() {
        ask("a".repeat(2001));
        Chromium.screenshot(page, "error-too-long");
        Locator error = lastAnswer().locator("[role=alert]");
        assertThat(error.textContent()).contains("longer than 2000 characters");
        assertThat(error.locator("button.retry").count()).as("retrying the same message cannot help").isZero();
    }

    @Test
    void filters_are_sent_with_the_next_question_shown_while_active_and_a_bad_range_shows_the_400_message() {
        page.locator("#filters summary").click();
        page.locator("#filter-from").fill("2016-05-01");
        page.locator("#filter-to").fill("2016-04-01");
        page.locator("#filter-sources").fill("BBC, Reuters");
        page.locator("#filter-sources").press("Tab");
        assertThat(page.locator("#active-filters").textContent())
                .contains("2016-05-01").contains("2016-04-01").contains("BBC, Reuters");
        List<String> bodies = new ArrayList<>();
        page.onRequest(request -> { if (request.url().endsWith("/api/chat/stream")) bodies.add(request.postData()); });
        ask(SEED_QUESTION);
        Chromium.screenshot(page, "filter-error");
        assertThat(bodies).singleElement().asString()
                .contains("\"from\":\"2016-05-01\"").contains("\"to\":\"2016-04-01\"").contains("\"sources\":[\"BBC\",\"Reuters\"]");
        assertThat(lastAnswer().locator("[role=alert]").textContent()).containsIgnoringCase("from").contains("2016-05-01");

        page.locator("#filters-clear").click();
        assertThat(page.locator("#active-filters").isVisible()).isFalse();
    }

    @Test
    void a_dropped_connection_says_so_and_retry_asks_again() {
        page.route("**/api/chat/stream", Route::abort);
        ask(SEED_QUESTION);
        Chromium.screenshot(page, "connection-dropped");
        assertThat(lastAnswer().locator("[role=alert]").textContent()).contains("Could not reach Byline");
        page.unroute("**/api/chat/stream");
        lastAnswer().locator("button.retry").click();
        page.waitForSelector(".answer-text a.cite");
        assertThat(page.locator(".turn").count()).isEqualTo(1);
        assertThat(lastAnswer().locator(".answer-text").textContent()).contains("Putin");
    }

    @Test
    void the_conversation_survives_a_reload_and_new_chat_clears_it() {
        ask(SEED_QUESTION);
        page.reload();
        page.waitForSelector(".answer-text a.cite");
        Chromium.screenshot(page, "after-reload");
        assertThat(page.locator(".question-text").textContent()).isEqualTo(SEED_QUESTION);
        assertThat(lastAnswer().locator(".answer-text").textContent()).contains("Putin");

        page.locator("#new-chat").click();
        assertThat(page.locator(".turn").count()).isZero();
        page.reload();
        page.waitForSelector("#message");
        assertThat(page.locator(".turn").count()).isZero();
    }

    @Test
    void nothing_found_says_so_and_shows_what_was_searched_with_a_hint() {
        ask("What is the population of Mongolia?");
        Chromium.screenshot(page, "nothing-found");
        Locator searched = lastAnswer().locator(".searched");
        assertThat(searched.textContent()).contains("What is the population of Mongolia?").contains("all outlets").contains("any date");
        assertThat(searched.locator(".hint").textContent()).contains("widening the dates").contains("another name");
        assertThat(lastAnswer().locator(".followups").count()).isZero();
    }

    @Test
    void a_suggested_follow_up_asks_in_one_click() {
        ask(SEED_QUESTION);
        Locator suggestion = lastAnswer().locator(".followups button").first();
        String question = suggestion.textContent();
        assertThat(question).isEqualTo("What else did Vladimir Putin say?");
        suggestion.click();
        page.waitForFunction("() => document.querySelectorAll('.turn').length === 2 && !document.querySelector('.streaming')");
        assertThat(page.locator(".question-text").last().textContent()).isEqualTo(question);
    }

    @Test
    void copy_puts_the_answer_and_its_sources_on_the_clipboard() {
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"), new BrowserContext.GrantPermissionsOptions().setOrigin(base));
        ask(SEED_QUESTION);
        lastAnswer().locator("button.copy").click();
        page.waitForFunction("() => document.querySelector('button.copy').textContent === 'Copied'");
        String copied = (String) page.evaluate("() => navigator.clipboard.readText()");
        assertThat(copied).contains(SEED_QUESTION).contains("Putin").contains("Sources:")
                .contains("[1] Putin Orders Most Troops Out Of Syria").contains("/articles/seed-putin-syria?start=");
    }

    @Test
    void quote_cards_show_speaker_role_date_and_words_when_the_answer_carries_quotes() {
        String response = Json.write(Map.of(
                "conversationId", "c-1",
                "answer", Map.of("text", "Putin said the mission was accomplished [1].", "kind", "quote", "mode", "extractive"),
                "citations", List.of(Map.ofEntries(Map.entry("n", 1), Map.entry("articleId", "seed-putin-syria"),
                        Map.entry("title", "Putin Orders Most Troops Out Of Syria"), Map.entry("source", "BBC"), Map.entry("published", "2016-03-14"),
                        Map.entry("snippet", "the mission has been accomplished"), Map.entry("start", 10), Map.entry("end", 43),
                        Map.entry("citedStart", 14), Map.entry("citedEnd", 43))),
                "quotes", List.of(Map.of("speaker", "Vladimir Putin", "role", "President of Russia",
                        "text", "I consider the mission set for the defense ministry has been accomplished.", "cue", "said",
                        "date", "2016-03-14", "datePrecision", "month", "type", "direct", "articleId", "seed-putin-syria", "n", 1)),
                "searched", Map.of("question", "q", "terms", List.of(), "sources", List.of())));
        page.route("**/api/chat/stream", route -> route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("text/event-stream")
                .setBody("event: meta\ndata: {\"conversationId\":\"c-1\"}\n\nevent: delta\ndata: {\"text\":\"Putin said \"}\n\n"
                        + "event: done\ndata: " + response + "\n\n")));
        ask("What did Putin say about the mission?");
        Chromium.screenshot(page, "quote-cards");
        Locator quote = lastAnswer().locator(".quote-card");
        assertThat(quote.locator("blockquote").textContent()).isEqualTo("I consider the mission set for the defense ministry has been accomplished.");
        assertThat(quote.locator(".speaker").textContent()).isEqualTo("Vladimir Putin, President of Russia");
        assertThat(quote.locator(".date").textContent()).isEqualTo("March 2016");
        quote.getByText("source [1]").click();
        assertThat(page.locator(".source-card .outlet").textContent()).isEqualTo("BBC");
        assertThat(page.locator(".source-card .date").textContent()).isEqualTo("14 March 2016");
    }

    @Test
    void dark_system_setting_gives_the_dark_colours() {
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(com.microsoft.playwright.options.ColorScheme.LIGHT));
        String light = (String) page.evaluate("() => getComputedStyle(document.body).backgroundColor");
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(com.microsoft.playwright.options.ColorScheme.DARK));
        ask(SEED_QUESTION);
        lastAnswer().locator("a.cite").first().click();
        page.waitForSelector(".source-card");
        Chromium.screenshot(page, "dark-mode");
        String dark = (String) page.evaluate("() => getComputedStyle(document.body).backgroundColor");
        assertThat(light).isEqualTo("rgb(251, 250, 247)");
        assertThat(dark).isEqualTo("rgb(19, 20, 23)");
    }

    @Test
    void the_phone_width_layout_has_no_horizontal_scroll() {
        open(375, 740);
        ask(SEED_QUESTION);
        lastAnswer().locator("a.cite").first().click();
        page.locator("#filters summary").click();
        page.waitForSelector(".source-card");
        Chromium.screenshot(page, "phone-width");
        assertThat((Boolean) page.evaluate("() => document.scrollingElement.scrollWidth <= document.scrollingElement.clientWidth"))
                .as("no horizontal scroll at 375px").isTrue();
    }
}
