package dev.byline.nlp;

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
 * Thread-safe: the model is shared, a detector is made per call (it is cheap and not thread-safe).
 */
public final class Sentences {

    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final SentenceModel SHARED = load();

    /** A sentence: its offsets into the article text, end exclusive. */
    public record Sentence(int start, int end, String text) {
        public Sentence {
            if (start < 0 || end < start) throw new IllegalArgumentException("bad sentence span " + start + ".." + end);
        }
    }

    /** Sentences of {@code text} in order; never crosses a line break. */
    public List<Sentence> split(String text) {
        SentenceDetectorME detector = new SentenceDetectorME(SHARED);
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (Span span : detector.sentPosDetect(line)) {
                    int start = lineStart + span.getStart();
                    int end = lineStart + span.getEnd();
                    while (start < end && isBlank(text.charAt(start))) start++;
                    while (end > start && isBlank(text.charAt(end - 1))) end--;
                    if (end > start) out.add(new Sentence(start, end, text.substring(start, end)));
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

    /** Whitespace including the no-break space news sites sprinkle at paragraph ends. */
    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
