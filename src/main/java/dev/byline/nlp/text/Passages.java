package dev.byline.nlp.text;

import dev.byline.nlp.text.Sentences.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an article into passages of about one to three paragraphs, the unit Byline retrieves and cites.
 * Cuts fall only on paragraph or sentence ends, so a passage never starts or stops mid-sentence.
 */
public final class Passages {

    /** A passage: its position in the article and its character offsets into the text, end exclusive. */
    public record Passage(int ordinal, int start, int end) {
        public Passage {
            if (ordinal < 0 || start < 0 || end <= start) throw new IllegalArgumentException("bad passage " + ordinal + " " + start + ".." + end);
        }
    }

    /** Below this a passage keeps taking paragraphs; news paragraphs are often one or two sentences. */
    static final int TARGET_CHARS = 500;
    /** Above this a passage is full; a single paragraph longer than this is cut at sentence ends. */
    static final int MAX_CHARS = 1200;
    static final int MAX_PARAGRAPHS = 3;

    private final Sentences sentences;

    public Passages(Sentences sentences) {
        this.sentences = sentences;
    }

    public List<Passage> cut(String text) {
        List<int[]> pieces = new ArrayList<>();
        for (int[] paragraph : paragraphs(text)) {
            if (paragraph[1] - paragraph[0] <= MAX_CHARS) pieces.add(new int[] {paragraph[0], paragraph[1], 1});
            else pieces.addAll(sentenceRuns(text, paragraph));
        }
        List<Passage> out = new ArrayList<>();
        int start = -1, end = -1, paragraphs = 0;
        for (int[] piece : pieces) {
            boolean fits = start >= 0 && piece[1] - start <= MAX_CHARS && paragraphs < MAX_PARAGRAPHS;
            if (start >= 0 && (!fits || end - start >= TARGET_CHARS)) {
                out.add(new Passage(out.size(), start, end));
                start = -1;
                paragraphs = 0;
            }
            if (start < 0) start = piece[0];
            end = piece[1];
            paragraphs += piece[2];
        }
        if (start >= 0) out.add(new Passage(out.size(), start, end));
        return out;
    }

    /** Non-blank lines, trimmed: news text puts one paragraph on a line, with or without blank lines between. */
    private static List<int[]> paragraphs(String text) {
        List<int[]> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            int s = lineStart, e = lineEnd;
            while (s < e && Sentences.isBlank(text.charAt(s))) s++;
            while (e > s && Sentences.isBlank(text.charAt(e - 1))) e--;
            if (e > s) out.add(new int[] {s, e});
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** Groups the sentences of an over-long paragraph into runs under MAX_CHARS; each run counts as a third of a paragraph. */
    private List<int[]> sentenceRuns(String text, int[] paragraph) {
        List<int[]> out = new ArrayList<>();
        int runStart = -1, runEnd = -1;
        for (Sentence s : sentences.split(text.substring(paragraph[0], paragraph[1]))) {
            int start = paragraph[0] + s.start(), end = paragraph[0] + s.end();
            if (runStart >= 0 && end - runStart > MAX_CHARS / 2) {
                out.add(new int[] {runStart, runEnd, 0});
                runStart = -1;
            }
            if (runStart < 0) runStart = start;
            runEnd = end;
        }
        if (runStart >= 0) out.add(new int[] {runStart, runEnd, 0});
        return out;
    }
}
