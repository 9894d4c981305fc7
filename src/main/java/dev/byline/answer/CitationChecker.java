package dev.byline.answer;

import dev.byline.nlp.text.Sentences;
import dev.byline.search.PassageHit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a model's answer, sentence by sentence, against the sources it was given: every [n] must name a given
 * source, every quote must occur verbatim in a source its sentence cites; a sentence left without a valid citation,
 * or with a quote that fails, is removed. Kept sentences get their markers renumbered 1..m in order of first use,
 * and the citations are exactly the sources the kept text cites. One checker per answer; no I/O.
 */
public final class CitationChecker {

    /** A removed sentence and why, for logs and tests. */
    public record Removed(String sentence, String reason) {}

    /** The checked answer: kept text, its citations, and what was removed. */
    public record Checked(String text, List<Citation> citations, int kept, List<Removed> removed) {
        public Checked {
            citations = List.copyOf(citations);
            removed = List.copyOf(removed);
        }

        /** Too little survived to stand as an answer: nothing, or under a third of the sentences. */
        public boolean isTooLittleLeft() {
            return kept == 0 || kept * MIN_KEPT_SHARE_INVERSE < kept + removed.size();
        }
    }

    static final int MIN_KEPT_SHARE_INVERSE = 3;
    /** One marker group: [2], [1, 3] or [1,3]; the leading space goes with it. */
    static final Pattern MARKER = Pattern.compile("\\s*\\[(\\d{1,3}(?:\\s*,\\s*\\d{1,3})*)]");

    private final List<PassageHit> sources;
    /** Given source number (1-based) to its number in the checked answer, in order of first use. */
    private final Map<Integer, Integer> renumbered = new LinkedHashMap<>();
    /** Given source number to the article span of its verified quotes, when any. */
    private final Map<Integer, int[]> quoted = new LinkedHashMap<>();
    private final StringBuilder text = new StringBuilder();
    private final List<Removed> removed = new ArrayList<>();
    private int kept;

    /** {@code sources} are the passages the prompt numbered [1]..[k], in that order. */
    public CitationChecker(List<PassageHit> sources) {
        this.sources = List.copyOf(sources);
    }

    /** Checks a whole answer at once (the streaming path feeds {@link CheckedStream} instead). */
    public static Checked check(String answer, List<PassageHit> sources, Sentences sentences) {
        CheckedStream stream = new CheckedStream(new CitationChecker(sources), sentences);
        stream.accept(answer);
        stream.finish();
        return stream.checker().result();
    }

    /**
     * Checks one sentence; {@code gap} is the whitespace that preceded it in the model's text. Returns what to append
     * to the answer (separator and renumbered sentence), or empty when the sentence is removed.
     */
    public Optional<String> accept(String gap, String sentence) {
        List<Integer> cited = new ArrayList<>();
        boolean anyMarker = false;
        Matcher m = MARKER.matcher(sentence);
        while (m.find()) {
            for (int n : numbers(m.group(1))) {
                anyMarker = true;
                if (n >= 1 && n <= sources.size() && !cited.contains(n)) cited.add(n);
            }
        }
        if (cited.isEmpty()) return remove(sentence, anyMarker ? "cites no source it was given" : "cites no source");
        Map<Integer, int[]> spans = new LinkedHashMap<>();
        for (String quote : VerbatimQuotes.in(MARKER.matcher(sentence).replaceAll(""))) {
            boolean found = false;
            for (int n : cited) {
                int[] span = VerbatimQuotes.find(quote, sources.get(n - 1).text());
                if (span != null) {
                    spans.merge(n, span, CitationChecker::union);
                    found = true;
                    break;
                }
            }
            if (!found) return remove(sentence, "quote not found verbatim in the source it cites: \"" + quote.strip() + "\"");
        }
        spans.forEach((n, span) -> quoted.merge(n, span, CitationChecker::union));
        for (int n : cited) renumbered.putIfAbsent(n, renumbered.size() + 1);
        String rewritten = MARKER.matcher(sentence).replaceAll(r -> Matcher.quoteReplacement(renumber(r.group())));
        String piece = (kept == 0 ? "" : separator(gap)) + rewritten.strip();
        kept++;
        text.append(piece);
        return Optional.of(piece);
    }

    public Checked result() {
        List<Citation> citations = new ArrayList<>();
        renumbered.forEach((given, n) -> {
            PassageHit hit = sources.get(given - 1);
            int[] span = quoted.get(given);
            int citedStart = span == null ? hit.start() : hit.start() + span[0];
            int citedEnd = span == null ? hit.end() : hit.start() + span[1];
            citations.add(new Citation(n, hit.articleId(), hit.title(), hit.source(), hit.published(), hit.url(),
                    hit.text(), hit.start(), hit.end(), citedStart, citedEnd));
        });
        return new Checked(text.toString(), citations, kept, removed);
    }

    /** A marker group rewritten to the new numbers, its invalid numbers dropped (the whole group when none is valid). */
    private String renumber(String group) {
        Matcher m = MARKER.matcher(group);
        if (!m.matches()) return group;
        StringBuilder out = new StringBuilder();
        for (int n : numbers(m.group(1))) {
            Integer to = renumbered.get(n);
            if (to != null && out.indexOf("[" + to + "]") < 0) out.append('[').append(to).append(']');
        }
        return out.isEmpty() ? "" : group.substring(0, group.indexOf('[')) + out;
    }

    private Optional<String> remove(String sentence, String reason) {
        removed.add(new Removed(sentence.strip(), reason));
        return Optional.empty();
    }

    private static List<Integer> numbers(String group) {
        List<Integer> out = new ArrayList<>();
        for (String n : group.split(",")) out.add(Integer.parseInt(n.strip()));
        return out;
    }

    private static int[] union(int[] a, int[] b) {
        return new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])};
    }

    private static String separator(String gap) {
        if (gap.contains("\n\n")) return "\n\n";
        return gap.contains("\n") ? "\n" : " ";
    }
}
