package dev.byline.nlp;

import dev.byline.nlp.ArticleText.Unit;
import dev.byline.nlp.AttributionFinder.Found;
import java.util.ArrayList;
import java.util.List;

/**
 * The features of the two learned attribution taggers, shared by training and extraction so that both see the
 * same thing. The rule finder's own reading of the unit is one of the features (stacking): the taggers learn
 * where PolNeAR's annotators agree with the rules and where they go further (noun cues, long cues, content
 * boundaries).
 *
 * <p>The cue tagger labels every token of a unit {@code O}, {@code B} (first token of a cue) or {@code I}.
 * The argument tagger labels the tokens of a cue's unit, once per cue, {@code O}, {@code BS}/{@code IS} (source)
 * or {@code BC}/{@code IC} (content).
 */
final class AttributionFeatures {

    static final String[] CUE_LABELS = {"O", "B", "I"};
    static final String[] ARG_LABELS = {"O", "BS", "IS", "BC", "IC"};

    private final ArticleText doc;
    /** Per token: the rule finder's cue, source and content labels over all its attributions. */
    private final char[] ruleCue;
    private final char[] ruleSource;
    private final char[] ruleContent;
    private final List<Found> rules;

    AttributionFeatures(ArticleText doc, List<Found> rules) {
        this.doc = doc;
        this.rules = rules;
        int n = doc.tokens.size();
        ruleCue = blank(n);
        ruleSource = blank(n);
        ruleContent = blank(n);
        for (Found f : rules) {
            if (f.cue() != null) mark(ruleCue, f.cue());
            if (f.source() != null) mark(ruleSource, f.source().first(), f.source().last());
            for (TextSpan part : f.content()) mark(ruleContent, part);
        }
    }

    /** The rule attribution whose cue overlaps {@code cue}, or null. */
    Found ruleFor(TextSpan cue) {
        for (Found f : rules) if (f.cue() != null && f.cue().overlaps(cue)) return f;
        return null;
    }

    private int cachedFirst = -1, cachedLast = -1;
    private Found cachedRule;

    // The argument features ask this for every token of a cue's unit; the answer is the same for all of them.
    private Found ruleForCue(int cueFirst, int cueLast) {
        if (cueFirst != cachedFirst || cueLast != cachedLast) {
            cachedRule = ruleFor(doc.tokenSpan(cueFirst, cueLast));
            cachedFirst = cueFirst;
            cachedLast = cueLast;
        }
        return cachedRule;
    }

    // ---- the cue tagger

    /**
     * A token's features in two parts: those that do not depend on the previous token's label, computed once, and
     * those that do ({@code prefix + previous + suffix}), added for each label a decoder tries.
     */
    record Context(String[] fixed, String[] prefixes, String[] suffixes) {

        /** Every feature, given the previous token's label. */
        String[] with(String previous) {
            String[] out = java.util.Arrays.copyOf(fixed, fixed.length + prefixes.length);
            System.arraycopy(previous(previous), 0, out, fixed.length, prefixes.length);
            return out;
        }

        /** The features that depend on the previous token's label. */
        String[] previous(String previous) {
            String[] out = new String[prefixes.length];
            for (int k = 0; k < prefixes.length; k++) out[k] = prefixes[k] + previous + suffixes[k];
            return out;
        }
    }

    private static Context context(List<String> fixed, String... prefixAndSuffix) {
        String[] prefixes = new String[prefixAndSuffix.length / 2];
        String[] suffixes = new String[prefixes.length];
        for (int k = 0; k < prefixes.length; k++) {
            prefixes[k] = prefixAndSuffix[2 * k];
            suffixes[k] = prefixAndSuffix[2 * k + 1];
        }
        return new Context(fixed.toArray(String[]::new), prefixes, suffixes);
    }

    Context cue(int i, Unit unit) {
        List<String> f = new ArrayList<>(40);
        Token t = doc.token(i);
        String w = t.lower();
        f.add("w=" + w);
        f.add("t=" + t.tag());
        f.add("s3=" + suffix(w));
        f.add("sh=" + shape(t));
        f.add("q=" + t.quoted());
        String wm1 = word(i - 1, unit), wp1 = word(i + 1, unit);
        String tm1 = tag(i - 1, unit), tp1 = tag(i + 1, unit);
        f.add("w-1=" + wm1);
        f.add("w+1=" + wp1);
        f.add("w-2=" + word(i - 2, unit));
        f.add("w+2=" + word(i + 2, unit));
        f.add("t-1=" + tm1);
        f.add("t+1=" + tp1);
        f.add("t-2=" + tag(i - 2, unit));
        f.add("t+2=" + tag(i + 2, unit));
        f.add("t-1t=" + tm1 + "_" + t.tag());
        f.add("tt+1=" + t.tag() + "_" + tp1);
        f.add("w-1w=" + wm1 + "_" + w);
        f.add("ww+1=" + w + "_" + wp1);
        f.add("lex=" + lexicon(w));
        f.add("lex-1=" + lexicon(wm1));
        f.add("quote=" + quoteNear(i, unit));
        f.add("quotew=" + quoteNear(i, unit) + w);
        f.add("pos=" + bucket(i - unit.first()));
        f.add("rc=" + ruleCue[i]);
        f.add("rs=" + ruleSource[i]);
        f.add("rk=" + ruleContent[i]);
        f.add("rcw=" + ruleCue[i] + w);
        f.add("rc-1=" + rule(ruleCue, i - 1, unit) + ruleCue[i]);
        f.add("rc+1=" + ruleCue[i] + rule(ruleCue, i + 1, unit));
        f.add("rs-1=" + rule(ruleSource, i - 1, unit));
        f.add("rk+1=" + rule(ruleContent, i + 1, unit));
        return context(f, "p=", "", "pw=", "_" + w, "pt=", "_" + t.tag(), "prc=", "_" + ruleCue[i]);
    }

    // "L" when a quotation closes within three tokens before i (“…,” he said), "R" when one opens within three after
    // (said, “…”), "LR" for both, "-" for neither; "in" inside one.
    private String quoteNear(int i, Unit unit) {
        if (doc.token(i).quoted()) return "in";
        boolean left = false, right = false;
        for (int k = Math.max(unit.first(), i - 3); k < i; k++) left |= doc.token(k).quoted();
        for (int k = i + 1; k < Math.min(unit.last(), i + 4); k++) right |= doc.token(k).quoted();
        return (left ? "L" : "") + (right ? "R" : "") + (left || right ? "" : "-");
    }

    // ---- the argument tagger, for the cue on tokens cueFirst..cueLast

    Context argument(int i, Unit unit, int cueFirst, int cueLast) {
        List<String> f = new ArrayList<>(48);
        Token t = doc.token(i);
        String w = t.lower();
        String side = i < cueFirst ? "L" : i > cueLast ? "R" : "C";
        int distance = i < cueFirst ? cueFirst - i : i > cueLast ? i - cueLast : 0;
        String d = side + bucket(distance);
        String cueHead = doc.token(cueLast).lower();
        String cueFirstWord = doc.token(cueFirst).lower();
        f.add("d=" + d);
        f.add("w=" + w);
        f.add("t=" + t.tag());
        f.add("sw=" + side + w);
        f.add("st=" + side + t.tag());
        f.add("dt=" + d + t.tag());
        f.add("sh=" + side + shape(t));
        f.add("q=" + side + t.quoted());
        f.add("w-1=" + word(i - 1, unit));
        f.add("w+1=" + word(i + 1, unit));
        f.add("sw-1=" + side + word(i - 1, unit));
        f.add("sw+1=" + side + word(i + 1, unit));
        f.add("edge=" + side + (i == unit.last() - 1 ? "last" : i == unit.first() ? "first" : "-"));
        f.add("w+2=" + side + word(i + 2, unit));
        f.add("w-2=" + side + word(i - 2, unit));
        f.add("toEnd=" + side + bucket(unit.last() - 1 - i));
        f.add("cueAfter=" + side + otherCue(i + 1, unit.last(), cueFirst, cueLast));
        f.add("cueBefore=" + side + otherCue(unit.first(), i, cueFirst, cueLast));
        f.add("t-1t=" + tag(i - 1, unit) + "_" + t.tag());
        f.add("tt+1=" + t.tag() + "_" + tag(i + 1, unit));
        f.add("cue=" + cueHead);
        f.add("cues=" + cueHead + side);
        f.add("cued=" + cueHead + d);
        f.add("cuef=" + cueFirstWord + side);
        f.add("cuelex=" + lexicon(cueFirstWord) + d);
        f.add("cuet=" + doc.token(cueFirst).tag() + side);
        f.add("cuelen=" + Math.min(cueLast - cueFirst + 1, 4));
        f.add("after=" + word(cueLast + 1, unit) + side);
        f.add("before=" + word(cueFirst - 1, unit) + side);
        Between between = between(i, cueFirst, cueLast);
        f.add("commas=" + side + Math.min(between.commas, 3));
        f.add("verbs=" + side + Math.min(between.verbs, 2));
        f.add("quotes=" + side + between.quoteEdge);
        f.add("that=" + side + between.that);
        f.add("sent=" + side + between.sentenceEnd);
        Found rule = ruleForCue(cueFirst, cueLast);
        char rs = rule == null ? '-' : inRange(rule, i) ? 'S' : 'O';
        char rk = rule == null ? '-' : inContent(rule, i) ? 'C' : 'O';
        f.add("r=" + rs + rk);
        f.add("rd=" + rs + rk + d);
        f.add("rany=" + ruleSource[i] + ruleContent[i] + ruleCue[i] + side);
        if (rule != null) f.add("rtype=" + rule.type() + rk);
        return context(f, "p=", "", "ps=", side, "pt=", "_" + t.tag(), "pw=", "_" + w, "pr=", "_" + rs + rk,
                "pww+1=", "_" + w + "_" + word(i + 1, unit), "pww-1=", "_" + word(i - 1, unit) + "_" + w);
    }

    // ---- the content end chooser: should a content that starts at token `first` end at token `e`?

    String[] end(int e, Unit unit, int first, int cueFirst, int cueLast, Found rule) {
        List<String> f = new ArrayList<>(32);
        String w = doc.token(e).lower(), n = word(e + 1, unit);
        f.add("w=" + w);
        f.add("t=" + doc.token(e).tag());
        f.add("n=" + n);
        f.add("nt=" + tag(e + 1, unit));
        f.add("nn=" + word(e + 2, unit));
        f.add("wn=" + w + "_" + n);
        f.add("tnt=" + doc.token(e).tag() + "_" + tag(e + 1, unit));
        f.add("toEnd=" + bucket(unit.last() - 1 - e));
        f.add("toEndn=" + bucket(unit.last() - 1 - e) + n);
        f.add("len=" + bucket(e - first + 1));
        boolean quotedNow = doc.token(e).quoted();
        boolean quotedNext = e + 1 < unit.last() && doc.token(e + 1).quoted();
        f.add("q=" + quotedNow + quotedNext);
        f.add("qs=" + doc.token(first).quoted() + quotedNow + quotedNext);
        int commas = 0, verbs = 0, verbsAfter = 0;
        for (int k = first; k <= e; k++) {
            if (doc.token(k).text().equals(",")) commas++;
            if (doc.token(k).tag().equals("VERB")) verbs++;
        }
        for (int k = e + 1; k < unit.last(); k++) if (doc.token(k).tag().equals("VERB")) verbsAfter++;
        f.add("commas=" + Math.min(commas, 3) + n);
        f.add("verbs=" + Math.min(verbs, 3));
        f.add("verbsAfter=" + Math.min(verbsAfter, 2) + n);
        f.add("cueNext=" + (e + 1 < unit.last() ? ruleCue[e + 1] : '-'));
        f.add("cueAhead=" + otherCue(e + 1, unit.last(), cueFirst, cueLast));
        f.add("cue=" + doc.token(cueLast).lower() + "_" + n);
        f.add("start=" + doc.token(first).lower() + "_" + n);
        String ruleEnd = "none";
        if (rule != null) {
            int end = rule.content().getLast().end();
            ruleEnd = end == doc.token(e).end() ? "here" : end > doc.token(e).end() ? "later" : "earlier";
        }
        f.add("rule=" + ruleEnd);
        f.add("rulen=" + ruleEnd + n);
        // What follows: ", saying …" and ", who …" open clauses that are not the content; "— a group of … —" is
        // still inside it while a dash or bracket it opened is unclosed.
        String nn = word(e + 2, unit);
        f.add("nnt=" + tag(e + 2, unit));
        f.add("nn3=" + suffix(nn));
        f.add("ntt=" + tag(e + 1, unit) + "_" + tag(e + 2, unit) + "_" + tag(e + 3, unit));
        f.add("nnn=" + n + "_" + nn);
        f.add("dc=" + bucket(e - cueLast));
        f.add("open=" + unclosed(first, e) + n);
        return f.toArray(String[]::new);
    }

    // Whether tokens first..e leave a bracket or a dash pair open.
    private boolean unclosed(int first, int e) {
        int brackets = 0;
        boolean dash = false;
        for (int k = first; k <= e; k++) {
            String x = doc.token(k).text();
            if (x.equals("(") || x.equals("[")) brackets++;
            if (x.equals(")") || x.equals("]")) brackets--;
            if (x.equals("—") || x.equals("–") || x.equals("--")) dash = !dash;
        }
        return brackets != 0 || dash;
    }

    // ---- the content start chooser: should a content after the cue on cueFirst..cueLast start at token `b`?

    String[] start(int b, Unit unit, int cueFirst, int cueLast, Found rule) {
        List<String> f = new ArrayList<>(24);
        String w = doc.token(b).lower();
        addFirstToken(f, b, unit);
        f.add("n=" + word(b + 1, unit));
        f.add("d=" + bucket(b - cueLast));
        f.add("dw=" + bucket(b - cueLast) + w);
        f.add("q=" + (b > unit.first() && doc.token(b - 1).quoted()) + doc.token(b).quoted());
        f.add("cue=" + doc.token(cueLast).lower() + "_" + w);
        f.add("cued=" + doc.token(cueLast).lower() + "_" + bucket(b - cueLast));
        f.add("sh=" + shape(doc.token(b)));
        int commas = 0, verbs = 0;
        for (int k = cueLast + 1; k < b; k++) {
            if (doc.token(k).text().equals(",")) commas++;
            if (doc.token(k).tag().equals("VERB")) verbs++;
        }
        f.add("commas=" + Math.min(commas, 3));
        f.add("verbs=" + Math.min(verbs, 2));
        f.add("src=" + ruleSource[b] + rule(ruleSource, b - 1, unit));
        String ruleStart = "none";
        if (rule != null) {
            int at = rule.content().getFirst().start();
            ruleStart = at == doc.token(b).start() ? "here" : at < doc.token(b).start() ? "earlier" : "later";
        }
        f.add("rule=" + ruleStart);
        f.add("rulew=" + ruleStart + w);
        return f.toArray(String[]::new);
    }

    // A span's first token b and the one before it: words, tags and their pairs.
    private void addFirstToken(List<String> f, int b, Unit unit) {
        String w = doc.token(b).lower(), p = word(b - 1, unit);
        f.add("w=" + w);
        f.add("t=" + doc.token(b).tag());
        f.add("p=" + p);
        f.add("pt=" + tag(b - 1, unit));
        f.add("pw=" + p + "_" + w);
        f.add("ptt=" + tag(b - 1, unit) + "_" + doc.token(b).tag());
    }

    // ---- the content lead chooser: does a content found after the cue on cueFirst..cueLast begin before it, at
    // token b (“which he called …”, “Trump is expected to …”), or not at all (b < 0)?

    String[] lead(int b, Unit unit, int cueFirst, int cueLast) {
        String cue = doc.token(cueFirst).lower(), head = doc.token(cueLast).lower();
        String before = word(cueFirst - 1, unit), after = word(cueLast + 1, unit);
        char sourceBefore = rule(ruleSource, cueFirst - 1, unit);
        if (b < 0) {
            return new String[] {"none", "cue=" + cue, "head=" + head, "lex=" + lexicon(cue), "b1=" + before,
                    "b2=" + word(cueFirst - 2, unit), "b3=" + word(cueFirst - 3, unit), "bt=" + tag(cueFirst - 1, unit),
                    "b2t=" + tag(cueFirst - 2, unit) + "_" + tag(cueFirst - 1, unit), "a=" + after,
                    "ca=" + cue + "_" + after, "rs=" + sourceBefore, "first=" + (cueFirst == unit.first())};
        }
        List<String> f = new ArrayList<>(24);
        String w = doc.token(b).lower();
        String d = bucket(cueFirst - b);
        addFirstToken(f, b, unit);
        f.add("sh=" + shape(doc.token(b)));
        f.add("d=" + d);
        f.add("dw=" + d + w);
        f.add("q=" + (b > unit.first() && doc.token(b - 1).quoted()) + doc.token(b).quoted());
        f.add("rs=" + ruleSource[b] + rule(ruleSource, b - 1, unit) + sourceBefore);
        f.add("rk=" + ruleContent[b]);
        f.add("cue=" + cue + "_" + w);
        f.add("head=" + head + "_" + w);
        f.add("a=" + after + "_" + w);
        f.add("lex=" + lexicon(cue) + "_" + w);
        f.add("b1=" + before + "_" + w);
        int commas = 0, verbs = 0;
        for (int k = b; k < cueFirst; k++) {
            if (doc.token(k).text().equals(",")) commas++;
            if (doc.token(k).tag().equals("VERB") && !doc.token(k).quoted()) verbs++;
        }
        f.add("commas=" + Math.min(commas, 3));
        f.add("verbs=" + Math.min(verbs, 2));
        f.add("cv=" + Math.min(commas, 3) + Math.min(verbs, 2) + sourceBefore);
        return f.toArray(String[]::new);
    }

    // ---- the source choosers, for a source next to the cue on cueFirst..cueLast

    String[] sourceStart(int b, Unit unit, int cueFirst, int cueLast) {
        String w = doc.token(b).lower(), p = word(b - 1, unit);
        int distance = b < cueFirst ? cueFirst - b : b - cueLast;
        return new String[] {"w=" + w, "t=" + doc.token(b).tag(), "p=" + p, "pt=" + tag(b - 1, unit), "pw=" + p + "_" + w,
                "ptt=" + tag(b - 1, unit) + "_" + doc.token(b).tag(), "sh=" + shape(doc.token(b)),
                "d=" + (b < cueFirst ? "L" : "R") + bucket(distance), "q=" + doc.token(b).quoted(),
                "rs=" + ruleSource[b] + rule(ruleSource, b - 1, unit), "first=" + (b == unit.first()),
                "cue=" + doc.token(cueFirst).lower() + "_" + w};
    }

    String[] sourceEnd(int e, Unit unit, int cueFirst, int cueLast) {
        String w = doc.token(e).lower(), n = word(e + 1, unit);
        int distance = e < cueFirst ? cueFirst - e : e - cueLast;
        return new String[] {"w=" + w, "t=" + doc.token(e).tag(), "n=" + n, "nt=" + tag(e + 1, unit), "wn=" + w + "_" + n,
                "tnt=" + doc.token(e).tag() + "_" + tag(e + 1, unit), "sh=" + shape(doc.token(e)),
                "d=" + (e < cueFirst ? "L" : "R") + bucket(distance), "q=" + doc.token(e).quoted(),
                "rs=" + ruleSource[e] + rule(ruleSource, e + 1, unit), "last=" + (e == unit.last() - 1),
                "cue=" + doc.token(cueFirst).lower() + "_" + n};
    }

    // Whether a token from..to-1 is another attribution's cue, by the rules: a content seldom runs across one.
    private boolean otherCue(int from, int to, int cueFirst, int cueLast) {
        for (int k = from; k < to; k++) if (ruleCue[k] != 'O' && (k < cueFirst || k > cueLast)) return true;
        return false;
    }

    private record Between(int commas, int verbs, boolean quoteEdge, boolean that, boolean sentenceEnd) {}

    private Between between(int i, int cueFirst, int cueLast) {
        int from = i < cueFirst ? i + 1 : cueLast + 1;
        int to = i < cueFirst ? cueFirst : i;
        int commas = 0, verbs = 0;
        boolean quoteEdge = false, that = false, end = false;
        boolean quoted = doc.token(i).quoted();
        for (int k = from; k < to; k++) {
            Token b = doc.token(k);
            if (b.text().equals(",")) commas++;
            if (b.tag().equals("VERB") && !b.quoted()) verbs++;
            if (b.quoted() != quoted) quoteEdge = true;
            if (b.is("that")) that = true;
            if (b.text().equals(".") || b.text().equals(";") || b.text().equals(":")) end = true;
        }
        return new Between(commas, verbs, quoteEdge, that, end);
    }

    private boolean inRange(Found rule, int i) {
        return rule.source() != null && i >= rule.source().first() && i <= rule.source().last();
    }

    private boolean inContent(Found rule, int i) {
        Token t = doc.token(i);
        for (TextSpan part : rule.content()) if (t.start() >= part.start() && t.end() <= part.end()) return true;
        return false;
    }

    // ---- helpers

    private String word(int i, Unit unit) {
        if (i < unit.first()) return "<s>";
        if (i >= unit.last()) return "</s>";
        return doc.token(i).lower();
    }

    private String tag(int i, Unit unit) {
        if (i < unit.first()) return "<s>";
        if (i >= unit.last()) return "</s>";
        return doc.token(i).tag();
    }

    private static char rule(char[] labels, int i, Unit unit) {
        return i < unit.first() || i >= unit.last() ? '-' : labels[i];
    }

    private static String lexicon(String w) {
        if (w.equals("according")) return "according";
        Cues.Form form = Cues.form(w);
        if (form == null) return Cues.isIntention(w) ? "intent" : "-";
        if (Cues.needsParticle(w)) return "particle";
        return Cues.isLearned(w) ? "learned" + form : "core" + form;
    }

    private static String suffix(String w) {
        return w.length() <= 3 ? w : w.substring(w.length() - 3);
    }

    private static String shape(Token t) {
        String s = t.text();
        if (!t.isWord()) return "p";
        if (Character.isDigit(s.charAt(0))) return "d";
        if (s.length() > 1 && s.equals(s.toUpperCase(java.util.Locale.ROOT))) return "A";
        return t.isCapitalised() ? "C" : "a";
    }

    private static String bucket(int d) {
        if (d <= 4) return Integer.toString(d);
        if (d <= 7) return "5-7";
        if (d <= 12) return "8-12";
        return "13+";
    }

    private static char[] blank(int n) {
        char[] a = new char[n];
        java.util.Arrays.fill(a, 'O');
        return a;
    }

    private void mark(char[] labels, TextSpan span) {
        int first = doc.tokenAtOrAfter(span.start());
        int last = first;
        while (last < doc.tokens.size() && doc.token(last).end() <= span.end()) last++;
        if (last > first) mark(labels, first, last - 1);
    }

    private static void mark(char[] labels, int first, int last) {
        for (int k = first; k <= last && k < labels.length; k++) {
            if (k >= 0) labels[k] = k == first ? 'B' : 'I';
        }
    }
}
