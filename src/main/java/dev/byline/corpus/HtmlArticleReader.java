package dev.byline.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a saved news page ({@code .html}, {@code .htm}) as one article with jsoup.
 *
 * <p>Metadata comes from the tags publishers fill in for link previews: title from {@code og:title} else
 * {@code <title>}; published from {@code article:published_time} else a {@code <time datetime>} in the body;
 * author from {@code author} else {@code article:author}; url from {@code <link rel=canonical>} else
 * {@code og:url}; source from {@code og:site_name}.
 *
 * <p>The text comes from {@code <article>}, else {@code <main>}, else {@code <body>}, without page chrome
 * ({@code script, style, nav, header, footer, aside, form, noscript, template}). Each block (p, h1-h6, li, blockquote, div,
 * ...) becomes one paragraph with its whitespace collapsed, and paragraphs are joined with a blank line, so the
 * sentence splitter sees where paragraphs end.
 */
final class HtmlArticleReader {

    private static final String CHROME = "script, style, nav, header, footer, aside, form, noscript, template";
    // elements that end a paragraph: the ones the brief names plus the generic containers pages wrap text in
    private static final Set<String> BLOCKS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "section", "article", "main",
            "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "figure", "figcaption", "pre", "br", "hr");

    void read(CorpusFile from, InputStream in, CorpusSink sink) throws IOException {
        // null charset: jsoup takes it from the BOM or <meta charset>, else UTF-8
        Document page = Jsoup.parse(in, null, from.file().toUri().toString());
        Element container = firstNonNull(page.selectFirst("article"), page.selectFirst("main"), page.body());

        String title = firstNonBlank(meta(page, "og:title"), page.title());
        Element time = container.selectFirst("time[datetime]");
        String published = firstNonBlank(meta(page, "article:published_time"), time == null ? null : time.attr("datetime"));
        String author = firstNonBlank(meta(page, "author"), meta(page, "article:author"));
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String url = firstNonBlank(canonical == null ? null : canonical.attr("href"), meta(page, "og:url"));
        String source = meta(page, "og:site_name");

        container.select(CHROME).remove();
        new RawArticle(null, title, source, published, url, author, paragraphs(container))
                .emit(from, 0, from.pathId(), sink);
    }

    /** The content of a {@code <meta>} found by {@code property} (Open Graph) or {@code name}, or null. */
    private static String meta(Document page, String key) {
        for (Element tag : page.select("meta[content]")) {
            if (key.equalsIgnoreCase(tag.attr("property")) || key.equalsIgnoreCase(tag.attr("name"))) {
                String content = tag.attr("content");
                if (!content.isBlank()) return content;
            }
        }
        return null;
    }

    private static String paragraphs(Element container) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Runnable flush = () -> {
            String paragraph = current.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!paragraph.isEmpty()) paragraphs.add(paragraph);
            current.setLength(0);
        };
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) current.append(text.getWholeText());
                else if (isBlock(node)) flush.run();
            }

            @Override
            public void tail(Node node, int depth) {
                if (isBlock(node)) flush.run();
            }
        }, container);
        flush.run();
        return String.join("\n\n", paragraphs);
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element element && BLOCKS.contains(element.normalName());
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) if (value != null) return value;
        throw new IllegalStateException("jsoup always gives a document a body");
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) if (value != null && !value.isBlank()) return value;
        return null;
    }
}
