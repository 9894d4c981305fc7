package dev.byline.eval;

import dev.byline.attribution.Attribution;
import dev.byline.attribution.AttributionExtractor;
import dev.byline.attribution.Speaker;
import dev.byline.corpus.Article;
import dev.byline.eval.AttributionScores.Prf;
import dev.byline.eval.AttributionScores.SpanScores;
import dev.byline.nlp.text.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores extracted attributions against PolNeAR gold, role by role (source, cue, content).
 *
 * <p><b>Exact</b>: a predicted span matches a gold span with the same start and end; spans are compared as
 * multisets, so two attributions sharing one "he" count twice on both sides.
 * <b>Overlap</b>: a predicted span matches a gold span when they share at least one character; each gold span and
 * each predicted span is matched at most once (greedy, in text order, largest overlap first).
 *
 * <p><b>Discontinuous content.</b> For exact match, a gold content with fragments is compared as its covering
 * span (first piece to last, interrupting words included) against the covering span of the predicted parts; a
 * split quote predicted as two parts thus matches exactly when its outer edges agree, which is the fair test of
 * having found the whole quote. For overlap, pieces are used on both sides, so sharing only the interrupting
 * "he said" with a gold content does not count.
 *
 * <p><b>Speaker accuracy</b> is measured on the gold attributions that have a source and whose content overlaps
 * a predicted content (the predicted attribution with the largest content overlap is taken). It counts as right
 * when the predicted speaker mention overlaps the gold source span, or when the resolved speaker name contains
 * the head of the gold source (its last word before any comma, e.g. "Putin" in "Russian President Vladimir
 * Putin"), ignoring case. A predicted attribution without a speaker is wrong. A pronoun source labelled in
 * {@link Referents} is judged by whom it refers to instead: "he" found at the right place but resolved to the wrong
 * person is wrong; a pronoun whose referent the text does not tell is left out.
 */
public final class AttributionEvaluation {

    private final AttributionExtractor extractor;
    private final Referents referents;

    public AttributionEvaluation(AttributionExtractor extractor) {
        this(extractor, Referents.none());
    }

    public AttributionEvaluation(AttributionExtractor extractor, Referents referents) {
        this.extractor = extractor;
        this.referents = referents;
    }

    /** Extracts from every article that has gold and scores the result. */
    public AttributionScores run(List<Article> articles, Map<String, List<GoldAttribution>> gold) {
        return run(articles, gold, (article, attributions) -> {});
    }

    /** As {@link #run(List, Map)}, handing each article's attributions to {@code each} as well. */
    public AttributionScores run(List<Article> articles, Map<String, List<GoldAttribution>> gold,
                                 java.util.function.BiConsumer<Article, List<Attribution>> each) {
        Map<String, List<Attribution>> predicted = new LinkedHashMap<>();
        long started = System.nanoTime();
        for (Article article : articles) {
            if (!gold.containsKey(article.id())) continue;
            List<Attribution> attributions = extractor.extract(article);
            predicted.put(article.id(), attributions);
            each.accept(article, attributions);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return score(gold, predicted, seconds, referents);
    }

    /** Scores {@code predicted} against {@code gold} for the articles present in both. */
    public static AttributionScores score(Map<String, List<GoldAttribution>> gold, Map<String, List<Attribution>> predicted,
                                         double seconds) {
        return score(gold, predicted, seconds, Referents.none());
    }

    /** As {@link #score(Map, Map, double)}, judging labelled pronoun sources by their {@code referents}. */
    public static AttributionScores score(Map<String, List<GoldAttribution>> gold, Map<String, List<Attribution>> predicted,
                                         double seconds, Referents referents) {
        Counts source = new Counts();
        Counts cue = new Counts();
        Counts content = new Counts();
        int speakerRight = 0;
        int speakerScored = 0;
        Map<SourceForm, AttributionScores.Tally> byForm = new java.util.EnumMap<>(SourceForm.class);
        AttributionScores.Tally confident = AttributionScores.Tally.ZERO;
        AttributionScores.Tally hedged = AttributionScores.Tally.ZERO;
        int unjudged = 0;
        for (Map.Entry<String, List<Attribution>> e : predicted.entrySet()) {
            List<GoldAttribution> goldList = gold.get(e.getKey());
            if (goldList == null) continue;
            List<Attribution> predList = e.getValue();
            source.add(spans(goldList, GoldAttribution::source), spansOf(predList, a -> a.speaker() == null ? null : List.of(a.speaker().mention())));
            cue.add(spans(goldList, GoldAttribution::cue), spansOf(predList, a -> a.cue() == null ? null : List.of(a.cue())));
            content.addPieces(goldList.stream().filter(g -> g.content() != null).map(GoldAttribution::contentPieces).toList(),
                    predList.stream().map(Attribution::content).toList());
            for (GoldAttribution g : goldList) {
                if (g.source() == null || g.content() == null) continue;
                Attribution best = bestContentMatch(g, predList);
                if (best == null) continue;
                Speaker speaker = best.speaker();
                var verdict = referents.judge(e.getKey(), g.source().start(), speaker);
                if (verdict.isPresent() && verdict.get() == Referents.Verdict.UNJUDGED) {
                    unjudged++;
                    continue;
                }
                boolean right = verdict.map(v -> v == Referents.Verdict.RIGHT).orElseGet(() -> speakerMatches(g.source(), speaker));
                speakerScored++;
                if (right) speakerRight++;
                SourceForm form = SourceForm.of(g.source().text());
                byForm.put(form, byForm.getOrDefault(form, AttributionScores.Tally.ZERO).plus(right));
                if (speaker == null) continue;
                if (speaker.hedged()) hedged = hedged.plus(right);
                else confident = confident.plus(right);
            }
        }
        return new AttributionScores(predicted.size(), seconds, source.scores(), cue.scores(), content.scores(),
                speakerScored == 0 ? 0 : (double) speakerRight / speakerScored,
                new AttributionScores.SpeakerScores(byForm, confident, hedged, unjudged));
    }

    private static Attribution bestContentMatch(GoldAttribution g, List<Attribution> predicted) {
        Attribution best = null;
        int bestShared = 0;
        for (Attribution a : predicted) {
            int shared = 0;
            for (TextSpan gp : g.contentPieces()) for (TextSpan pp : a.content()) shared += shared(gp, pp);
            if (shared > bestShared) {
                best = a;
                bestShared = shared;
            }
        }
        return best;
    }

    private static boolean speakerMatches(TextSpan goldSource, Speaker speaker) {
        if (speaker == null) return false;
        if (speaker.mention().overlaps(goldSource)) return true;
        String head = goldSource.text().split(",")[0].strip();
        String[] words = head.split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        return !last.isEmpty() && speaker.normalized().contains(last);
    }

    private static List<TextSpan> spans(List<GoldAttribution> gold, Function<GoldAttribution, TextSpan> role) {
        List<TextSpan> out = new ArrayList<>();
        for (GoldAttribution g : gold) if (role.apply(g) != null) out.add(role.apply(g));
        return out;
    }

    private static List<List<TextSpan>> spansOf(List<Attribution> predicted, Function<Attribution, List<TextSpan>> role) {
        List<List<TextSpan>> out = new ArrayList<>();
        for (Attribution a : predicted) if (role.apply(a) != null) out.add(role.apply(a));
        return out;
    }

    static int shared(TextSpan a, TextSpan b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }

    /** Running match counts for one role. Each item is a list of pieces; continuous spans have one piece. */
    private static final class Counts {
        int gold;
        int predicted;
        int exact;
        int overlapGold;
        int overlapPredicted;

        void add(List<TextSpan> goldSpans, List<List<TextSpan>> predictedSpans) {
            addPieces(goldSpans.stream().map(List::of).toList(), predictedSpans);
        }

        void addPieces(List<List<TextSpan>> goldItems, List<List<TextSpan>> predItems) {
            gold += goldItems.size();
            predicted += predItems.size();
            Map<Long, Integer> goldCovers = new LinkedHashMap<>();
            for (List<TextSpan> g : goldItems) goldCovers.merge(cover(g), 1, Integer::sum);
            for (List<TextSpan> p : predItems) {
                Long key = cover(p);
                Integer left = goldCovers.get(key);
                if (left != null && left > 0) {
                    exact++;
                    goldCovers.put(key, left - 1);
                }
            }
            // Greedy one-to-one matching on overlap, largest overlaps first.
            record Pair(int g, int p, int shared) {}
            List<Pair> pairs = new ArrayList<>();
            for (int gi = 0; gi < goldItems.size(); gi++) {
                for (int pi = 0; pi < predItems.size(); pi++) {
                    int s = 0;
                    for (TextSpan a : goldItems.get(gi)) for (TextSpan b : predItems.get(pi)) s += shared(a, b);
                    if (s > 0) pairs.add(new Pair(gi, pi, s));
                }
            }
            pairs.sort((x, y) -> y.shared() != x.shared() ? Integer.compare(y.shared(), x.shared())
                    : x.g() != y.g() ? Integer.compare(x.g(), y.g()) : Integer.compare(x.p(), y.p()));
            boolean[] goldUsed = new boolean[goldItems.size()];
            boolean[] predUsed = new boolean[predItems.size()];
            for (Pair pair : pairs) {
                if (goldUsed[pair.g()] || predUsed[pair.p()]) continue;
                goldUsed[pair.g()] = true;
                predUsed[pair.p()] = true;
                overlapGold++;
                overlapPredicted++;
            }
        }

        private static Long cover(List<TextSpan> pieces) {
            return ((long) pieces.getFirst().start() << 32) | pieces.getLast().end();
        }

        SpanScores scores() {
            return new SpanScores(Prf.of(exact, predicted, exact, gold),
                    Prf.of(overlapPredicted, predicted, overlapGold, gold));
        }
    }
}
