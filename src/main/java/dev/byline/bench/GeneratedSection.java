package dev.byline.bench;

/** A page's generated section, between two marker lines, replaced by a fresh one and the rest of the page kept. */
public final class GeneratedSection {

    private GeneratedSection() {}

    /**
     * {@code page} with the block from {@code begin} to {@code end} replaced by {@code block} (which carries both
     * marks), or with {@code block} added after the page's first line when it has none.
     */
    public static String replace(String page, String begin, String end, String block) {
        int a = page.indexOf(begin), b = page.indexOf(end);
        if (a >= 0 && b > a) return page.substring(0, a) + block + page.substring(b + end.length()).replaceFirst("^\n", "");
        int title = page.indexOf('\n');
        return title < 0 ? page + "\n\n" + block : page.substring(0, title + 1) + "\n" + block + page.substring(title + 1);
    }
}
