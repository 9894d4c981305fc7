package dev.byline.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a {@code .txt} or {@code .md} file as one article. The first non-empty line is the title (Markdown
 * {@code #} marks and a setext underline removed) and the rest is the text. A file may start with a YAML front
 * matter block between {@code ---} lines giving {@code title}, {@code source}, {@code published}, {@code url},
 * {@code author} (a string or a list) and {@code id}; the text then starts after the block, and the title comes
 * from the first line only when the block has none.
 *
 * <p>The text is the file's body exactly, so character offsets into it mean something: only {@code \r\n} becomes
 * {@code \n} and the blank lines before the body are dropped. Markdown stays Markdown.
 */
final class TextArticleReader {

    private static final Pattern HEADING_MARKS = Pattern.compile("^\\s*#+\\s*|\\s+#+\\s*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("\\s*(=+|-+)\\s*");

    private final YAMLMapper yaml = new YAMLMapper();

    void read(CorpusFile from, String content, CorpusSink sink) {
        String s = content.replace("\r\n", "\n");
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        boolean markdown = from.format() == FileFormat.MARKDOWN;

        FrontMatter meta = FrontMatter.NONE;
        int pos = 0;
        if (s.startsWith("---\n")) {
            int close = closingFence(s);
            if (close < 0) {
                sink.problem(from.problem(1, "front matter starts with --- but has no closing --- line"));
                return;
            }
            try {
                meta = frontMatter(s.substring(4, close));
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr() + 1;
                sink.problem(from.problem(line, "malformed front matter: " + e.getOriginalMessage()));
                return;
            } catch (IllegalArgumentException e) {
                sink.problem(from.problem(1, e.getMessage()));
                return;
            }
            pos = lineEnd(s, close);
        }

        String title = meta.title();
        if (title == null || title.isBlank()) {
            pos = skipBlankLines(s, pos);
            int end = lineEnd(s, pos);
            title = s.substring(pos, end).strip();
            if (markdown) {
                title = HEADING_MARKS.matcher(title).replaceAll("");
                int next = lineEnd(s, end);
                if (SETEXT_UNDERLINE.matcher(s.substring(end, next)).matches()) end = next;
            }
            pos = end;
        }
        String text = s.substring(skipBlankLines(s, pos));
        new RawArticle(meta.id(), title, meta.source(), meta.published(), meta.url(), meta.author(), text)
                .emit(from, 0, from.pathId(), sink);
    }

    /** The front-matter fields, each null when absent. */
    private record FrontMatter(String id, String title, String source, String published, String url, String author) {
        static final FrontMatter NONE = new FrontMatter(null, null, null, null, null, null);
    }

    private FrontMatter frontMatter(String block) throws JsonProcessingException {
        JsonNode node = yaml.readTree(block);
        if (node == null || node.isMissingNode() || node.isNull()) return FrontMatter.NONE;
        if (!node.isObject()) throw new IllegalArgumentException("front matter should be 'key: value' lines");
        return new FrontMatter(scalar(node, "id"), scalar(node, "title"), scalar(node, "source"),
                scalar(node, "published"), scalar(node, "url"), names(node, "author"));
    }

    // YAML types are implicit (title: 1984 is a number), so any scalar is taken as its text
    private static String scalar(JsonNode meta, String field) {
        JsonNode value = meta.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isValueNode()) throw new IllegalArgumentException("front matter field '" + field + "' should be a single value");
        return value.asText();
    }

    private static String names(JsonNode meta, String field) {
        JsonNode value = meta.get(field);
        if (value == null || !value.isArray()) return scalar(meta, field);
        List<String> names = new ArrayList<>();
        for (JsonNode name : value) {
            if (!name.isValueNode()) throw new IllegalArgumentException("front matter field '" + field + "' should list names");
            names.add(name.asText());
        }
        return String.join(", ", names);
    }

    /** Start of the line closing the front matter (after the opening "---\n"), or -1. */
    private static int closingFence(String s) {
        for (int start = 4; start < s.length(); start = lineEnd(s, start)) {
            int end = s.indexOf('\n', start);
            String line = s.substring(start, end < 0 ? s.length() : end);
            if (line.strip().equals("---")) return start;
        }
        return -1;
    }

    /** Index just past the line starting at {@code start} (past its '\n', or the end of the text). */
    private static int lineEnd(String s, int start) {
        int newline = s.indexOf('\n', start);
        return newline < 0 ? s.length() : newline + 1;
    }

    private static int skipBlankLines(String s, int pos) {
        while (pos < s.length()) {
            int next = lineEnd(s, pos);
            if (!s.substring(pos, next).isBlank()) break;
            pos = next;
        }
        return pos;
    }
}
