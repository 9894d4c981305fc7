package dev.byline.answer;

import dev.byline.nlp.text.Sentences;
import dev.byline.nlp.text.Sentences.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a model's streamed text into sentences and passes each to the {@link CitationChecker} as soon as it is
 * complete, so only checked text is streamed on. A sentence is complete once the next one has begun; markers and
 * closing punctuation that open the next piece belong to the sentence before. Once passed on, a sentence is final:
 * the streamed pieces always add up to the checked answer.
 */
public final class CheckedStream {

    /** Markers, closing quotes and sentence punctuation a sentence splitter may leave at the start of the next sentence. */
    private static final Pattern TRAILER = Pattern.compile("^(?:\\s*(?:\\[\\d{1,3}(?:\\s*,\\s*\\d{1,3})*]|[.!?,;:”’\"')\\]]))+");

    private final CitationChecker checker;
    private final Sentences sentences;
    private final StringBuilder pending = new StringBuilder();

    public CheckedStream(CitationChecker checker, Sentences sentences) {
        this.checker = checker;
        this.sentences = sentences;
    }

    public CitationChecker checker() {
        return checker;
    }

    /** Takes more of the model's text; returns the checked pieces now complete, to stream on in order. */
    public List<String> accept(String delta) {
        pending.append(delta);
        List<int[]> spans = spans(pending.toString());
        return pass(spans, spans.size() - 1);
    }

    /** The model has finished: checks what is left. */
    public List<String> finish() {
        List<int[]> spans = spans(pending.toString());
        return pass(spans, spans.size());
    }

    /** Checks the first {@code count} sentences of the pending text and drops them from it. */
    private List<String> pass(List<int[]> spans, int count) {
        List<String> out = new ArrayList<>();
        if (count <= 0) return out;
        String text = pending.toString();
        int cursor = 0;
        for (int[] span : spans.subList(0, count)) {
            checker.accept(text.substring(cursor, span[0]), text.substring(span[0], span[1])).ifPresent(out::add);
            cursor = span[1];
        }
        pending.delete(0, cursor);
        return out;
    }

    /** Sentence spans in {@code text}: trailers moved back, and a sentence inside an open quote joined to the next. */
    private List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        for (Sentence s : sentences.split(text)) {
            int start = s.start();
            if (!spans.isEmpty()) {
                Matcher m = TRAILER.matcher(text).region(start, s.end());
                if (m.lookingAt()) {
                    spans.getLast()[1] = m.end();
                    start = m.end();
                    while (start < s.end() && Character.isWhitespace(text.charAt(start))) start++;
                }
            }
            if (start >= s.end()) continue;
            if (!spans.isEmpty() && insideQuote(text.substring(spans.getLast()[0], spans.getLast()[1]))) spans.getLast()[1] = s.end();
            else spans.add(new int[] {start, s.end()});
        }
        return spans;
    }

    private static boolean insideQuote(String sentence) {
        long open = sentence.chars().filter(c -> c == '“').count(), close = sentence.chars().filter(c -> c == '”').count();
        long straight = sentence.chars().filter(c -> c == '"').count();
        return open > close || straight % 2 == 1;
    }
}
