package dev.byline.attribution.model;

import dev.byline.attribution.rules.AttributionFinder.Found;
import dev.byline.nlp.lexicon.Cues;
import dev.byline.nlp.text.ArticleText;
import dev.byline.nlp.text.ArticleText.Unit;
import dev.byline.nlp.text.Syntax;
import dev.byline.nlp.text.TextSpan;
import dev.byline.nlp.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The features of the two learned attribution taggers, shared by training and extraction so that both see the
 * same thing, and the rule finder's reading of the article that they and the choosers ({@link ChooserFeatures})
 * start from. The rule finder's own reading of the unit is one of the features (stacking): the taggers learn
 * where PolNeAR's annotators agree with the rules and where they go further (noun cues, long cues, content
 * boundaries).
 *
 * <p>The cue tagger labels every token of a unit {@code O}, {@code B} (first token of a cue) or {@code I}.
 * The argument tagger labels the tokens of a cue's unit, once per cue, {@code O}, {@code BS}/{@code IS} (source)
 * or {@code BC}/{@code IC} (content).
 */
public final class AttributionFeatures {

    static final String[] CUE_LABELS = {"O", "B", "I"};
    static final String[] ARG_LABELS = {"O", "BS", "IS", "BC", "IC"};

    final ArticleText doc;
    /** Per token: the rule finder's cue, source and content labels over all its attributions. */
    final char[] ruleCue;
    final char[] ruleSource;
    final char[] ruleContent;
    private final List<Found> rules;

    public AttributionFeatures(ArticleText doc, List<Found> rules) {
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
    public record Context(String[] fixed, String[] prefixes, String[] suffixes) {

        /** Every feature, given the previous token's label. */
        public String[] with(String previous) {
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

    public Context cue(int i, Unit unit) {
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

    private final java.util.Map<Integer, Syntax.Parse> parses = new java.util.HashMap<>();

    /** The dependency parse of {@code unit}, parsed the first time a model asks (only units with a cue are). */
    Syntax.Parse parse(Unit unit) {
        return parses.computeIfAbsent(unit.first(), k -> doc.parse(unit));
    }

    // Where token i hangs in the parse against the cue: under which dependent of the cue ("nsubj=" for the
    // dependent itself, "ccomp<" for a token below it), above the cue ("anc"), or "apart" from it.
    private String syntaxPath(int i, Unit unit, int cueFirst, int cueLast) {
        if (i >= cueFirst && i <= cueLast) return "cue";
        Syntax.Parse p = parse(unit);
        int top = p.under(i, cueFirst, cueLast);
        if (top >= 0) return p.label(top) + (top == i ? "=" : "<");
        return p.dominates(i, cueLast) ? "anc" : "apart";
    }

    // ---- the argument tagger, for the cue on tokens cueFirst..cueLast

    public Context argument(int i, Unit unit, int cueFirst, int cueLast) {
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
        String path = side + syntaxPath(i, unit, cueFirst, cueLast);
        f.add("dp=" + path);
        f.add("dpl=" + path + parse(unit).label(i));
        f.add("dpr=" + path + rs + rk);
        return context(f, "p=", "", "ps=", side, "pt=", "_" + t.tag(), "pw=", "_" + w, "pr=", "_" + rs + rk,
                "pww+1=", "_" + w + "_" + word(i + 1, unit), "pww-1=", "_" + word(i - 1, unit) + "_" + w, "pdp=", "_" + path);
    }

    // Whether a token from..to-1 is another attribution's cue, by the rules: a content seldom runs across one.
    boolean otherCue(int from, int to, int cueFirst, int cueLast) {
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

    String word(int i, Unit unit) {
        if (i < unit.first()) return "<s>";
        if (i >= unit.last()) return "</s>";
        return doc.token(i).lower();
    }

    String tag(int i, Unit unit) {
        if (i < unit.first()) return "<s>";
        if (i >= unit.last()) return "</s>";
        return doc.token(i).tag();
    }

    static char rule(char[] labels, int i, Unit unit) {
        return i < unit.first() || i >= unit.last() ? '-' : labels[i];
    }

    static String lexicon(String w) {
        if (w.equals("according")) return "according";
        Cues.Form form = Cues.form(w);
        if (form == null) return Cues.isIntention(w) ? "intent" : "-";
        if (Cues.needsParticle(w)) return "particle";
        return Cues.isLearned(w) ? "learned" + form : "core" + form;
    }

    static String suffix(String w) {
        return w.length() <= 3 ? w : w.substring(w.length() - 3);
    }

    static String shape(Token t) {
        String s = t.text();
        if (!t.isWord()) return "p";
        if (Character.isDigit(s.charAt(0))) return "d";
        if (s.length() > 1 && s.equals(s.toUpperCase(java.util.Locale.ROOT))) return "A";
        return t.isCapitalised() ? "C" : "a";
    }

    static String bucket(int d) {
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
