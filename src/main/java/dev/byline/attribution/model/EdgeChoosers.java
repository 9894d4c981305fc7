package dev.byline.attribution.model;

import dev.byline.attribution.rules.AttributionFinder.Found;
import dev.byline.attribution.rules.EdgeRules;
import dev.byline.nlp.text.ArticleText;
import dev.byline.nlp.text.ArticleText.Unit;
import dev.byline.nlp.text.Phrases;
import dev.byline.nlp.text.Phrases.Range;
import dev.byline.nlp.text.TextSpan;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The choosers that move a tagged attribution's edges to the likeliest token: the content's start and end, the
 * source's first and last token, and a content's lead before its cue. Each scores every candidate token and takes the best.
 */
public final class EdgeChoosers {

    private final MaxentModel starts;
    private final MaxentModel ends;
    private final MaxentModel sourceStarts;
    private final MaxentModel sourceEnds;
    private final MaxentModel leads;

    EdgeChoosers(MaxentModel starts, MaxentModel ends, MaxentModel sourceStarts, MaxentModel sourceEnds, MaxentModel leads) {
        this.starts = starts;
        this.ends = ends;
        this.sourceStarts = sourceStarts;
        this.sourceEnds = sourceEnds;
        this.leads = leads;
    }

    /**
     * Where a content whose first piece follows its cue begins before the cue instead, or -1: a relative pronoun
     * (“which he called …”) or the subject of a raising verb (“Trump is expected to …”), as the lead chooser reads it.
     */
    int lead(ArticleText doc, ChooserFeatures features, Unit unit, int cueFirst, int cueLast,
                     List<TextSpan> content) {
        if (content.getFirst().start() < doc.token(cueLast).end()) return -1;
        int yes = leads.getIndex("yes");
        int best = -1;
        double bestP = leads.eval(features.lead(-1, unit, cueFirst, cueLast))[yes];
        for (int b = Math.max(unit.first(), cueFirst - LEAD_REACH); b < cueFirst; b++) {
            double p = leads.eval(features.lead(b, unit, cueFirst, cueLast))[yes];
            if (p > bestP) {
                bestP = p;
                best = b;
            }
        }
        return best;
    }

    /** How far before its cue a content may begin, in tokens, for the lead chooser. */
    public static final int LEAD_REACH = 30;

    // The content's first piece, when it follows the cue, starts where the start chooser is most confident.
    List<TextSpan> withChosenStart(ArticleText doc, ChooserFeatures features, Unit unit, int cueFirst, int cueLast,
                                           List<TextSpan> content, Found rule, int taggedStart, double[] sure) {
        TextSpan first = content.getFirst();
        int from = doc.tokenAtOrAfter(first.start());
        int to = doc.tokenAtOrAfter(first.end()) - 1;
        if (from >= cueFirst && from <= cueLast) from = cueLast + 1; // the rules' content began inside the cue ("calling | for")
        if (from <= cueLast || to < from || to >= unit.last()) return content;
        int best = best(starts, cueLast + 1, to, b -> features.start(b, unit, cueFirst, cueLast, rule, taggedStart), k -> false, sure);
        List<TextSpan> out = new ArrayList<>(content);
        out.set(0, doc.span(doc.token(best).start(), first.end()));
        return out;
    }

    // The content's last piece, when it follows the cue, ends where the end chooser is most confident.
    List<TextSpan> withChosenEnd(ArticleText doc, ChooserFeatures features, Unit unit, int cueFirst, int cueLast,
                                         List<TextSpan> content, Found rule, int taggedEnd, double[] sure) {
        TextSpan last = content.getLast();
        int first = doc.tokenAtOrAfter(last.start());
        if (first <= cueLast || first >= unit.last() || last.end() > doc.token(unit.last() - 1).end()) return content;
        int best = best(ends, first, unit.last() - 1, e -> features.end(e, unit, first, cueFirst, cueLast, rule, taggedEnd),
                e -> EdgeRules.runsOnPastQuotation(doc, unit, e), sure);
        List<TextSpan> out = new ArrayList<>(content.subList(0, content.size() - 1));
        out.add(doc.span(last.start(), doc.token(best).end()));
        return out;
    }

    // The source's first and last token move to where the choosers are most confident, a few tokens either way and
    // never across the cue: "Virtually all analysts", not "all analysts"; "The book", not "The book,".
    Range withChosenSourceBounds(ArticleText doc, ChooserFeatures features, Unit unit, int cueFirst, int cueLast,
                                         Range source) {
        boolean before = source.last() < cueFirst;
        int low = before ? unit.first() : cueLast + 1;
        int high = before ? cueFirst - 1 : unit.last() - 1;
        int first = best(sourceStarts, Math.max(low, source.first() - SOURCE_REACH), source.last(),
                b -> features.sourceStart(b, unit, cueFirst, cueLast));
        // A title never ends the source when a name follows it ("host John Dickerson", "spokesman Scott Whiffen"),
        // even where the parse takes the name for the subject of the next clause. In the train split's 18,344 gold
        // sources a title runs on into its name 625 times and ends the source 5 times, all in mis-tagged headlines.
        java.util.function.IntPredicate titleBeforeName = e -> e < high && doc.token(e).tag().equals("NOUN")
                && doc.token(e + 1).tag().equals("PROPN") && !Phrases.TIME_WORDS.contains(doc.token(e + 1).lower());
        int last = best(sourceEnds, first, Math.min(high, source.last() + SOURCE_REACH),
                e -> features.sourceEnd(e, unit, cueFirst, cueLast), titleBeforeName);
        return new Range(first, last);
    }

    /** How far the source choosers look beyond the tagged source, in tokens. */
    public static final int SOURCE_REACH = 5;

    /** The candidate token from..to (inclusive) that {@code model} finds likeliest to be "yes". */
    private static int best(MaxentModel model, int from, int to, java.util.function.IntFunction<String[]> features) {
        return best(model, from, to, features, k -> false);
    }

    /** The same, passing over the candidates {@code skip} names; {@code from} when it names them all. */
    private static int best(MaxentModel model, int from, int to, java.util.function.IntFunction<String[]> features,
                            java.util.function.IntPredicate skip) {
        return best(model, from, to, features, skip, new double[2]);
    }

    /**
     * The same, also setting {@code sure[0]} to the chosen candidate's share of the softmax over the candidates'
     * scores (how sure the chooser is of it against the others) and {@code sure[1]} to 1. Scores are the log-odds of
     * "yes", so the choice is the one the probabilities make, without their rounding to 1 when a score is large.
     */
    private static int best(MaxentModel model, int from, int to, java.util.function.IntFunction<String[]> features,
                            java.util.function.IntPredicate skip, double[] sure) {
        LinearModel linear = new LinearModel(model);
        int yes = model.getIndex("yes"), no = model.getIndex("no");
        double[] scores = new double[to - from + 1];
        int best = from;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = from; k <= to; k++) {
            scores[k - from] = Double.NEGATIVE_INFINITY;
            if (skip.test(k)) continue;
            double[] sums = linear.sum(features.apply(k));
            scores[k - from] = sums[yes] - sums[no];
            if (scores[k - from] > bestScore) {
                bestScore = scores[k - from];
                best = k;
            }
        }
        double total = 0;
        for (double score : scores) if (score > Double.NEGATIVE_INFINITY) total += Math.exp(score - bestScore);
        sure[0] = total == 0 ? 1 : 1 / total;
        sure[1] = 1;
        return best;
    }
}
