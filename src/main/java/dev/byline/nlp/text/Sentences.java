package dev.byline.nlp.text;

import dev.byline.nlp.lexicon.Abbreviations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits article text into sentences with OpenNLP's English model, keeping character offsets into the text.
 * Paragraph breaks (blank lines or single newlines in news text) always end a sentence.
 * Thread-safe: the model is read once per instance and shared, a detector is made per call (it is cheap and not
 * thread-safe). Build one per object graph ({@link TextModels}).
 */
public final class Sentences {

    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private final SentenceModel model = load();

    /** A sentence: its offsets into the article text, end exclusive. */
    public record Sentence(int start, int end, String text) {
        public Sentence {
            if (start < 0 || end < start) throw new IllegalArgumentException("bad sentence span " + start + ".." + end);
        }
    }

    /** Sentences of {@code text} in order; never crosses a line break. */
    public List<Sentence> split(String text) {
        SentenceDetectorME detector = new SentenceDetectorME(model);
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                int pendingStart = -1;
                for (Span span : detector.sentPosDetect(line)) {
                    int start = lineStart + span.getStart();
                    int end = lineStart + span.getEnd();
                    while (start < end && isBlank(text.charAt(start))) start++;
                    while (end > start && isBlank(text.charAt(end - 1))) end--;
                    if (end <= start) continue;
                    if (pendingStart >= 0) start = pendingStart;
                    if (endsWithTitleOrInitial(text, start, end)) {
                        pendingStart = start; // "Rep." or "F." does not end a sentence: join the next one
                        continue;
                    }
                    pendingStart = -1;
                    out.add(new Sentence(start, end, text.substring(start, end)));
                }
                if (pendingStart >= 0) {
                    int end = lineEnd;
                    while (end > pendingStart && isBlank(text.charAt(end - 1))) end--;
                    out.add(new Sentence(pendingStart, end, text.substring(pendingStart, end)));
                }
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static SentenceModel load() {
        try (InputStream in = Sentences.class.getResourceAsStream(MODEL)) {
            if (in == null) throw new IllegalStateException("OpenNLP sentence model missing from the classpath: " + MODEL);
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP sentence model", e);
        }
    }

    /** True when [start, end) ends with a title abbreviation or a one-letter initial, e.g. "... said Rep." or "John F.". */
    static boolean endsWithTitleOrInitial(String text, int start, int end) {
        if (end - start < 2 || text.charAt(end - 1) != '.') return false;
        int wordStart = end - 1;
        while (wordStart > start && Character.isLetter(text.charAt(wordStart - 1))) wordStart--;
        if (wordStart > start && !isBlank(text.charAt(wordStart - 1)) && text.charAt(wordStart - 1) != '(') return false;
        String word = text.substring(wordStart, end - 1);
        if (word.length() == 1) return Character.isUpperCase(word.charAt(0));
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && Abbreviations.TITLES.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whitespace including the no-break space news sites sprinkle at paragraph ends. */
    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
