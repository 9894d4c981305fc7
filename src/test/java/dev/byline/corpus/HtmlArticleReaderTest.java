package dev.byline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticleReaderTest {

    @TempDir
    Path dir;

    @Test
    void picks_up_link_preview_metadata() throws IOException {
        Article article = read("page.html", """
                <html><head>
                  <title>Putin orders troops out | BBC News</title>
                  <meta property="og:title" content="Putin orders troops out">
                  <meta property="og:site_name" content="BBC News">
                  <meta property="og:url" content="https://bbc.example/og">
                  <link rel="canonical" href="https://bbc.example/putin">
                  <meta property="article:published_time" content="2016-03-14T23:30:00-05:00">
                  <meta name="author" content="A. Writer">
                </head><body><p>Putin spoke.</p></body></html>
                """);

        assertThat(article).isEqualTo(new Article("page", "Putin orders troops out", "BBC News", LocalDate.of(2016, 3, 14),
                "https://bbc.example/putin", "A. Writer", "Putin spoke."));
    }

    @Test
    void falls_back_to_the_title_tag_og_url_and_a_time_in_the_article() throws IOException {
        Article article = read("page.htm", """
                <html><head><title>Troops leave</title>
                <meta property="og:url" content="https://bbc.example/og">
                <meta property="article:author" content="B. Writer"></head>
                <body><article><header><h1>Troops leave</h1><time datetime="2016-03-14">March 14</time></header>
                <p>Putin spoke.</p></article></body></html>
                """);

        assertThat(article.title()).isEqualTo("Troops leave");
        assertThat(article.url()).isEqualTo("https://bbc.example/og");
        assertThat(article.author()).isEqualTo("B. Writer");
        assertThat(article.published()).isEqualTo(LocalDate.of(2016, 3, 14));
        assertThat(article.text()).isEqualTo("Putin spoke.");
    }

    @Test
    void keeps_the_article_body_without_page_chrome_one_paragraph_per_block() throws IOException {
        Article article = read("page.html", """
                <html><head><script>var tracking = 1;</script><style>p { color: red }</style></head><body>
                <nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <header>Site banner</header>
                <article>
                  <h2>Troops   leave
                    Syria</h2>
                  <p>Putin <b>ordered</b> the troops&nbsp;out.
                     Assad was told.</p>
                  <script>alert("ad")</script>
                  <aside>Related: other news</aside>
                  <blockquote><p>The mission is accomplished.</p><p>We go home.</p></blockquote>
                  <ul><li>Geneva talks</li><li>Peace plan</li></ul>
                  <form>Subscribe <input></form>
                  <div>Text right in a div.</div>
                </article>
                <footer>Copyright</footer>
                </body></html>
                """);

        assertThat(article.text()).isEqualTo(String.join("\n\n",
                "Troops leave Syria",
                "Putin ordered the troops out. Assad was told.",
                "The mission is accomplished.",
                "We go home.",
                "Geneva talks",
                "Peace plan",
                "Text right in a div."));
    }

    @Test
    void uses_main_when_there_is_no_article_element() throws IOException {
        Article article = read("page.html", "<body><div>Menu</div><main><p>Body.</p></main></body>");

        assertThat(article.text()).isEqualTo("Body.");
        assertThat(article.title()).isEmpty();
    }

    @Test
    void reports_a_page_with_no_text() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.html"), "<html><body><nav>Home</nav><script>x()</script></body></html>");

        CollectingSink sink = CollectingSink.read(file);

        assertThat(sink.sourced).isEmpty();
        assertThat(sink.problems).containsExactly(new ReadProblem(file, 0, "empty text"));
    }

    private Article read(String name, String html) throws IOException {
        CollectingSink sink = CollectingSink.read(Files.writeString(dir.resolve(name), html));
        assertThat(sink.problems).isEmpty();
        return sink.only();
    }
}
