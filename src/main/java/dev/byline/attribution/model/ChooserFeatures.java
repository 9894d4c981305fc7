package dev.byline.attribution.model;

import static dev.byline.attribution.model.AttributionFeatures.bucket;
import static dev.byline.attribution.model.AttributionFeatures.lexicon;
import static dev.byline.attribution.model.AttributionFeatures.rule;
import static dev.byline.attribution.model.AttributionFeatures.shape;
import static dev.byline.attribution.model.AttributionFeatures.suffix;

import dev.byline.attribution.rules.AttributionFinder.Found;
import dev.byline.nlp.text.ArticleText;
import dev.byline.nlp.text.ArticleText.Unit;
import dev.byline.nlp.text.Syntax;
import dev.byline.nlp.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * The features of the edge choosers, shared by training and extraction: linear models that score one candidate
 * token at a time for where a content starts, ends or begins before its cue, and where a source starts and ends.
 * Like the taggers' features they include the rule finder's reading of the article, and the content's start and end
 * choosers also hear where the argument tagger put the edge they choose, so they learn when to follow
 * it and when the rules (measured in docs/experiments.md, "Tuning notes"). All four
 * edge choosers also read the dependency parse ({@link Syntax}) of the unit.
 */
public final class ChooserFeatures {

    private final AttributionFeatures reading;
    private final ArticleText doc;
    private final char[] ruleCue;
    private final char[] ruleSource;
    private final char[] ruleContent;

    public ChooserFeatures(AttributionFeatures reading) {
        this.reading = reading;
        this.doc = reading.doc;
        this.ruleCue = reading.ruleCue;
        this.ruleSource = reading.ruleSource;
        this.ruleContent = reading.ruleContent;
    }

    /** The rule attribution whose cue overlaps {@code cue}, or null. */
    public Found ruleFor(TextSpan cue) {
        return reading.ruleFor(cue);
    }

    // ---- the content end chooser: should a content that starts at token `first` end at token `e`?

    public String[] end(int e, Unit unit, int first, int cueFirst, int cueLast, Found rule, int taggedEnd) {
        List<String> f = new ArrayList<>(32);
        String w = doc.token(e).lower(), n = reading.word(e + 1, unit);
        f.add("w=" + w);
        f.add("t=" + doc.token(e).tag());
        f.add("n=" + n);
        f.add("nt=" + reading.tag(e + 1, unit));
        f.add("nn=" + reading.word(e + 2, unit));
        f.add("wn=" + w + "_" + n);
        f.add("tnt=" + doc.token(e).tag() + "_" + reading.tag(e + 1, unit));
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
        f.add("cueAhead=" + reading.otherCue(e + 1, unit.last(), cueFirst, cueLast));
        f.add("cue=" + doc.token(cueLast).lower() + "_" + n);
        f.add("start=" + doc.token(first).lower() + "_" + n);
        addEdgeReadings(f, rule == null ? -1 : rule.content().getLast().end(), doc.token(e).end(), taggedEnd, e, "n", n);
        // What follows: ", saying …" and ", who …" open clauses that are not the content; "— a group of … —" is
        // still inside it while a dash or bracket it opened is unclosed.
        String nn = reading.word(e + 2, unit);
        f.add("nnt=" + reading.tag(e + 2, unit));
        f.add("nn3=" + suffix(nn));
        f.add("ntt=" + reading.tag(e + 1, unit) + "_" + reading.tag(e + 2, unit) + "_" + reading.tag(e + 3, unit));
        f.add("nnn=" + n + "_" + nn);
        f.add("dc=" + bucket(e - cueLast));
        f.add("open=" + unclosed(first, e) + n);
        addSyntaxEnd(f, e, unit, first, cueFirst, cueLast, n);
        return f.toArray(String[]::new);
    }

    // Where the rules put a content's edge (character `ruleAt`, -1 for no rule reading) against the candidate's
    // (character `at`), and where the argument tagger put it (token `tagged`, -1 for nowhere) against the candidate
    // token k; each alone, with a word of context (named `key`), and together.
    private static void addEdgeReadings(List<String> f, int ruleAt, int at, int tagged, int k, String key, String word) {
        String rule = relation(ruleAt, at), tagger = relation(tagged, k);
        f.add("rule=" + rule);
        f.add("rule" + key + "=" + rule + word);
        f.add("tag=" + tagger);
        f.add("tag" + key + "=" + tagger + word);
        f.add("tagr=" + tagger + rule);
    }

    private static String relation(int edge, int candidate) {
        return edge < 0 ? "none" : edge == candidate ? "here" : edge < candidate ? "earlier" : "later";
    }

    // The parse's reading of an end at e for a content from `first`: where the subtree that holds `first` under the
    // cue ends (its last word) against e's last word, how the next word attaches (inside the content, to the cue,
    // elsewhere), and how many of the content's tokens have their head outside it (one for a whole constituent).
    private void addSyntaxEnd(List<String> f, int e, Unit unit, int first, int cueFirst, int cueLast, String n) {
        Syntax.Parse p = reading.parse(unit);
        int top = p.under(first, cueFirst, cueLast);
        int right = -1;
        if (top >= 0) {
            right = p.right(top);
            while (right > first && !doc.token(right).isWord()) right--;
        }
        int word = e;
        while (word > first && !doc.token(word).isWord()) word--;
        String edge = relation(right, word) + (word == e ? "w" : "p");
        f.add("dx=" + (top < 0 ? "none" : p.label(top)) + edge);
        f.add("dxn=" + edge + n);
        int next = e + 1;
        while (next < unit.last() && !doc.token(next).isWord()) next++;
        if (next < unit.last()) {
            int h = p.head(next);
            String where = h < 0 ? "root" : h >= first && h <= e ? "in" : h >= cueFirst && h <= cueLast ? "cue"
                    : h < first ? "before" : "after";
            f.add("dn=" + p.label(next) + where);
            f.add("dnw=" + where + n);
        } else {
            f.add("dn=end");
        }
        int cut = 0;
        for (int k = first; k <= e; k++) if (p.head(k) < first || p.head(k) > e) cut++;
        f.add("cut=" + Math.min(cut, 3));
        f.add("cutn=" + Math.min(cut, 3) + n);
    }

    // The parse's reading of a start at b: the cue's dependent whose subtree holds b, and whether b is its first token.
    private void addSyntaxStart(List<String> f, int b, Unit unit, int cueFirst, int cueLast, String w) {
        Syntax.Parse p = reading.parse(unit);
        String at = dependentStartingAt(p, b, cueFirst, cueLast);
        f.add("db=" + at);
        f.add("dbw=" + at + w);
        int h = p.head(b);
        f.add("lb=" + p.label(b) + (h < 0 ? "root" : h >= cueFirst && h <= cueLast ? "cue" : h > b ? "right" : "left"));
    }

    // The label of the cue's dependent whose subtree holds token b, marked "L" when b is that subtree's first token.
    private static String dependentStartingAt(Syntax.Parse p, int b, int cueFirst, int cueLast) {
        int top = p.under(b, cueFirst, cueLast);
        return top < 0 ? "none" : p.label(top) + (p.left(top) == b ? "L" : "-");
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

    public String[] start(int b, Unit unit, int cueFirst, int cueLast, Found rule, int taggedStart) {
        List<String> f = new ArrayList<>(24);
        String w = doc.token(b).lower();
        addFirstToken(f, b, unit);
        f.add("n=" + reading.word(b + 1, unit));
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
        addEdgeReadings(f, rule == null ? -1 : rule.content().getFirst().start(), doc.token(b).start(), taggedStart, b, "w", w);
        addSyntaxStart(f, b, unit, cueFirst, cueLast, w);
        return f.toArray(String[]::new);
    }

    // A span's first token b and the one before it: words, tags and their pairs.
    private void addFirstToken(List<String> f, int b, Unit unit) {
        String w = doc.token(b).lower(), p = reading.word(b - 1, unit);
        f.add("w=" + w);
        f.add("t=" + doc.token(b).tag());
        f.add("p=" + p);
        f.add("pt=" + reading.tag(b - 1, unit));
        f.add("pw=" + p + "_" + w);
        f.add("ptt=" + reading.tag(b - 1, unit) + "_" + doc.token(b).tag());
    }

    // ---- the content lead chooser: does a content found after the cue on cueFirst..cueLast begin before it, at
    // token b (“which he called …”, “Trump is expected to …”), or not at all (b < 0)?

    public String[] lead(int b, Unit unit, int cueFirst, int cueLast) {
        String cue = doc.token(cueFirst).lower(), head = doc.token(cueLast).lower();
        String before = reading.word(cueFirst - 1, unit), after = reading.word(cueLast + 1, unit);
        char sourceBefore = rule(ruleSource, cueFirst - 1, unit);
        if (b < 0) {
            return new String[] {"none", "cue=" + cue, "head=" + head, "lex=" + lexicon(cue), "b1=" + before,
                    "b2=" + reading.word(cueFirst - 2, unit), "b3=" + reading.word(cueFirst - 3, unit), "bt=" + reading.tag(cueFirst - 1, unit),
                    "b2t=" + reading.tag(cueFirst - 2, unit) + "_" + reading.tag(cueFirst - 1, unit), "a=" + after,
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

    public String[] sourceStart(int b, Unit unit, int cueFirst, int cueLast) {
        String w = doc.token(b).lower(), p = reading.word(b - 1, unit);
        int distance = b < cueFirst ? cueFirst - b : b - cueLast;
        Syntax.Parse parse = reading.parse(unit);
        String at = dependentStartingAt(parse, b, cueFirst, cueLast);
        return new String[] {"w=" + w, "t=" + doc.token(b).tag(), "p=" + p, "pt=" + reading.tag(b - 1, unit), "pw=" + p + "_" + w,
                "ptt=" + reading.tag(b - 1, unit) + "_" + doc.token(b).tag(), "sh=" + shape(doc.token(b)),
                "d=" + (b < cueFirst ? "L" : "R") + bucket(distance), "q=" + doc.token(b).quoted(),
                "rs=" + ruleSource[b] + rule(ruleSource, b - 1, unit), "first=" + (b == unit.first()),
                "cue=" + doc.token(cueFirst).lower() + "_" + w,
                "db=" + at, "dbw=" + at + w, "lb=" + parse.label(b)};
    }

    public String[] sourceEnd(int e, Unit unit, int cueFirst, int cueLast) {
        String w = doc.token(e).lower(), n = reading.word(e + 1, unit);
        int distance = e < cueFirst ? cueFirst - e : e - cueLast;
        // The parse: the cue's dependent whose subtree holds e and where that subtree ends against e, and whether the
        // next token hangs back on the last few (an apposition, "a spokesman, Scott Whiffen").
        Syntax.Parse parse = reading.parse(unit);
        int top = parse.under(e, cueFirst, cueLast);
        String at = top < 0 ? "none" : parse.label(top) + relation(parse.right(top), e);
        int next = e + 1 < unit.last() ? e + 1 : -1;
        int head = next < 0 ? -1 : parse.head(next);
        String attach = next < 0 ? "end" : parse.label(next) + (head >= 0 && head <= e && head >= e - 8 ? "back" : "fwd");
        return new String[] {"w=" + w, "t=" + doc.token(e).tag(), "n=" + n, "nt=" + reading.tag(e + 1, unit), "wn=" + w + "_" + n,
                "tnt=" + doc.token(e).tag() + "_" + reading.tag(e + 1, unit), "sh=" + shape(doc.token(e)),
                "d=" + (e < cueFirst ? "L" : "R") + bucket(distance), "q=" + doc.token(e).quoted(),
                "rs=" + ruleSource[e] + rule(ruleSource, e + 1, unit), "last=" + (e == unit.last() - 1),
                "cue=" + doc.token(cueFirst).lower() + "_" + n,
                "de=" + at, "den=" + at + n, "dn=" + attach};
    }
}
