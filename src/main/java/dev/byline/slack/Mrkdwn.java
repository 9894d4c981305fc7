package dev.byline.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Markdown as Byline writes it, turned into Slack's mrkdwn, and mrkdwn cut into pieces that fit Slack's limits. */
final class Mrkdwn {

    private Mrkdwn() {}

    private static final Pattern CODE = Pattern.compile("```[\\s\\S]*?```|`[^`\\n]+`");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)]\\((https?://[^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)[-*+]\\s+(.*)$");
    private static final Pattern QUOTE = Pattern.compile("^>\\s?(.*)$");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\w*])\\*(?!\\s)([^*\\n]+?)(?<!\\s)\\*(?![\\w*])");
    private static final Pattern STRIKE = Pattern.compile("~~(.+?)~~");
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");
    private static final char BOLD_MARK = '\u0001';

    /** Converts Markdown to mrkdwn; citation markers [n] link to the cited article when its URL is known. */
    static String fromMarkdown(String markdown, Map<Integer, String> citationUrls) {
        StringBuilder out = new StringBuilder();
        Matcher code = CODE.matcher(markdown);
        int at = 0;
        while (code.find()) {
            out.append(lines(markdown.substring(at, code.start()), citationUrls));
            out.append(code.group());  // code keeps its backticks; Slack shows it as code
            at = code.end();
        }
        out.append(lines(markdown.substring(at), citationUrls));
        return out.toString();
    }

    /** Escapes text for mrkdwn: Slack reads &, < and > as markup. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A link {@code <url|label>}; the URL loses characters that would end the link early. */
    static String link(String url, String label) {
        String safeUrl = url.strip().replace("|", "%7C").replace(">", "%3E").replace("<", "%3C").replace(" ", "%20");
        return "<" + safeUrl + "|" + escape(label).replace("|", "¦") + ">";
    }

    /** Text without Markdown emphasis or link syntax, for notifications and the plain {@code text} fallback. */
    static String plain(String markdown) {
        String text = LINK.matcher(markdown).replaceAll("$1");
        text = BOLD.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
        text = ITALIC.matcher(text).replaceAll("$1");
        text = STRIKE.matcher(text).replaceAll("$1");
        return text.replaceAll("(?m)^#{1,6}\\s+", "").replace("`", "");
    }

    /** Cuts mrkdwn into pieces of at most {@code limit} characters, at paragraph, line, sentence or word ends, never inside a link. */
    static List<String> split(String text, int limit) {
        List<String> pieces = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > limit) {
            int cut = cutPoint(rest, limit);
            pieces.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) pieces.add(rest);
        return pieces;
    }

    /** Shortens text to at most {@code limit} characters, ending with an ellipsis when it was cut. */
    static String shorten(String text, int limit) {
        if (text.length() <= limit) return text;
        int cut = cutPoint(text, limit - 1);
        return text.substring(0, cut).stripTrailing() + "…";
    }

    private static int cutPoint(String text, int limit) {
        for (String boundary : new String[] {"\n\n", "\n", ". ", " "}) {
            int at = text.lastIndexOf(boundary, limit - boundary.length());
            while (at > 0 && insideLink(text, at)) at = text.lastIndexOf(boundary, at - 1);
            if (at > limit / 2) return at + boundary.length();
        }
        int cut = limit;
        int open = text.lastIndexOf('<', cut - 1);
        if (open > 0 && insideLink(text, cut - 1)) cut = open;  // never split <url|label>
        return cut;
    }

    private static boolean insideLink(String text, int at) {
        int open = text.lastIndexOf('<', at);
        return open >= 0 && text.lastIndexOf('>', at) < open && text.indexOf('>', open) >= at;
    }

    private static String lines(String markdown, Map<Integer, String> citationUrls) {
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) out.append('\n');
            out.append(line(lines[i], citationUrls));
        }
        return out.toString();
    }

    private static String line(String line, Map<Integer, String> citationUrls) {
        Matcher heading = HEADING.matcher(line);
        if (heading.matches()) return "*" + inline(heading.group(1), citationUrls).replace("*", "") + "*";
        Matcher bullet = BULLET.matcher(line);
        if (bullet.matches()) return bullet.group(1) + "• " + inline(bullet.group(2), citationUrls);
        Matcher quote = QUOTE.matcher(line);
        if (quote.matches()) return ">" + inline(quote.group(1), citationUrls);
        return inline(line, citationUrls);
    }

    private static String inline(String text, Map<Integer, String> citationUrls) {
        StringBuilder out = new StringBuilder();
        Matcher link = LINK.matcher(text);
        int at = 0;
        while (link.find()) {
            out.append(emphasis(text.substring(at, link.start()), citationUrls));
            out.append(link(link.group(2), plain(link.group(1))));
            at = link.end();
        }
        out.append(emphasis(text.substring(at), citationUrls));
        return out.toString();
    }

    private static String emphasis(String text, Map<Integer, String> citationUrls) {
        String out = escape(text);
        out = BOLD.matcher(out).replaceAll(m -> Matcher.quoteReplacement(BOLD_MARK + (m.group(1) != null ? m.group(1) : m.group(2)) + BOLD_MARK));
        out = ITALIC.matcher(out).replaceAll("_$1_");
        out = STRIKE.matcher(out).replaceAll("~$1~");
        out = out.replace(BOLD_MARK, '*');
        return MARKER.matcher(out).replaceAll(m -> {
            String url = citationUrls.get(Integer.parseInt(m.group(1)));
            return Matcher.quoteReplacement(url == null ? m.group() : link(url, m.group()));
        });
    }
}
