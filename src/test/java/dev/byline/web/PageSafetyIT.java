package dev.byline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.byline.Byline;
import dev.byline.corpus.Article;
import dev.byline.testing.Chromium;
import dev.byline.testing.Corpora;
import dev.byline.testing.RunningByline;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markup inside articles stays text: on the chat page, in the source card and on the reading page. */
class PageSafetyIT {

    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String TITLE = "Mayor " + IMG + " warns of floods " + SCRIPT;

    @TempDir static Path dir;
    static Byline byline;
    static RunningByline running;
    static Chromium chromium;
    static String base;

    BrowserContext context;
    Page page;
    final List<String> dialogs = new ArrayList<>();

    @BeforeAll
    static void start() {
        chromium = Chromium.launch();
        Article hostile = new Article("xss-floods", TITLE, "<b>Evil</b> Times", LocalDate.parse("2024-05-02"), "javascript:alert(1)", null,
                "Mayor Jane Doe " + IMG + " warned of floods in Springfield " + SCRIPT + " on Tuesday.\n\n"
                        + "The river rose two metres overnight, officials said.");
        Path corpus = Corpora.jsonl(dir.resolve("corpus"), "hostile.jsonl", List.of(hostile));
        running = RunningByline.on(dir, List.of(Corpora.SEED, corpus));
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
        context = chromium.browser().newContext();
        page = context.newPage();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void an_article_with_markup_in_its_title_and_body_renders_inert_in_the_answer_and_its_source_card() {
        page.navigate(base + "/");
        page.locator("#message").fill("Who warned of floods in Springfield?");
        page.locator("#message").press("Enter");
        page.waitForSelector(".answer-text a.cite");
        page.locator(".answer-text a.cite").first().click();
        Locator card = page.locator(".source-card");
        card.waitFor();
        page.waitForTimeout(300); // give a stray onerror handler the chance to fire
        Chromium.screenshot(page, "xss-inert-source-card");

        assertThat(dialogs).as("no script ran").isEmpty();
        assertThat(page.locator(".answer-text").textContent()).contains(IMG).contains(SCRIPT);
        assertThat(card.locator(".card-title").textContent()).isEqualTo(TITLE);
        assertThat(card.locator(".outlet").textContent()).isEqualTo("<b>Evil</b> Times");
        assertThat(card.locator(".passage").textContent()).contains(IMG);
        assertThat(page.locator("main img, main script, main b").count()).as("no element made from article text").isZero();
        assertThat(card.getByText("No link to the original").isVisible()).as("a javascript: url is not a link").isTrue();
        assertThat(page.locator("a[href^='javascript']").count()).isZero();
    }

    @Test
    void the_reading_page_shows_markup_in_the_article_as_text() {
        page.navigate(base + "/articles/xss-floods?start=0&end=15");
        page.waitForSelector("mark#cited");
        page.waitForTimeout(300);
        Chromium.screenshot(page, "xss-inert-article-page");

        assertThat(dialogs).isEmpty();
        assertThat(page.locator("h1").textContent()).isEqualTo(TITLE);
        assertThat(page.title()).startsWith(TITLE);
        assertThat(page.locator(".article-body").textContent()).contains(IMG).contains(SCRIPT);
        assertThat(page.locator("mark#cited").textContent()).isEqualTo("Mayor Jane Doe ");
        assertThat(page.locator("main img, main script, main b").count()).isZero();
        assertThat(page.locator("a[href^='javascript']").count()).isZero();
    }

    @Test
    void the_reading_page_for_an_unknown_article_says_so() {
        page.navigate(base + "/articles/" + "nope%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
        page.waitForSelector("[role=alert]");
        assertThat(page.locator("[role=alert]").textContent()).contains("no article with id 'nope<img src=x onerror=alert(1)>'");
        assertThat(dialogs).isEmpty();
    }
}
