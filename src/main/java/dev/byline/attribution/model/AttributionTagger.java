package dev.byline.attribution.model;

import dev.byline.attribution.AttributionType;
import dev.byline.attribution.rules.AttributionFinder.Found;
import dev.byline.attribution.rules.EdgeRules;
import dev.byline.nlp.text.ArticleText;
import dev.byline.nlp.text.ArticleText.Unit;
import dev.byline.nlp.text.Phrases.Range;
import dev.byline.nlp.text.Syntax;
import dev.byline.nlp.text.TextSpan;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The learned attribution finder: a cue tagger and, for every cue it finds, an argument tagger that marks the
 * cue's source and content in the same unit, then choosers that move a content's start and end and a source's
 * edges to the most likely token, and one that lets a content found after its cue begin before it (“which he
 * called …”). The taggers are maximum-entropy Markov models (OpenNLP's L-BFGS maxent, decoded with Viterbi), the
 * choosers linear scores over candidate tokens (the content's start and end choosers trained on whole choices, see
 * {@code attribution.training.ListwiseChooser}; the others maxent classifiers); all seven are trained on the PolNeAR train split by
 * {@code byline train attributions}. Their features (see {@link AttributionFeatures}) include what the rule finder
 * reads, so they start from the rules and learn where the annotators go further; the argument tagger and the four
 * edge choosers also read the unit's dependency parse ({@link Syntax}). Floating quotes, which have no
 * cue, and the page's layout forms (headlines, transcripts, signed quotations), whose cue is a mark, still come from
 * the rules. The content choosers hear where the argument tagger put the edge they choose; in training they hear a
 * tagger trained on the other half of the articles, which errs as it will on new text. Last, when weights for it
 * are shipped, {@link AttributionDoubt} leaves out the tagged attributions the models were too unsure of.
 */
public final class AttributionTagger {

    /**
     * Added to the log-probability of a cue's first token. The cue tagger, trained on text where most tokens are
     * not cues, is cautious; this bias trades some of its precision for recall, and higher costs more precision than
     * it gains recall (the held-out figures are in docs/experiments.md, "Tuning notes").
     */
    private static final double CUE_BIAS = 0.75;
    private final LinearModel cues;
    private final LinearModel arguments;
    private final EdgeChoosers edges;
    /** The models by file name, for {@link #withDoubt}. */
    private final Map<String, MaxentModel> models;
    /** What leaves out the attributions the models doubt, or null to keep every one. */
    private final AttributionDoubt doubt;

    /** A tagger over {@code models}, which holds one model for each name in {@link AttributionModels#NAMES}, keeping all it finds. */
    public AttributionTagger(Map<String, MaxentModel> models) {
        this(models, null);
    }

    /** The same, leaving out what {@code doubt} (when not null) finds unlikely to be right. */
    public AttributionTagger(Map<String, MaxentModel> models, AttributionDoubt doubt) {
        for (String name : AttributionModels.NAMES) {
            if (models.get(name) == null) throw new IllegalArgumentException("no attribution model " + name);
        }
        this.cues = new LinearModel(models.get(AttributionModels.CUE_MODEL));
        this.arguments = new LinearModel(models.get(AttributionModels.ARGUMENT_MODEL));
        this.edges = new EdgeChoosers(models.get(AttributionModels.START_MODEL), models.get(AttributionModels.END_MODEL),
                models.get(AttributionModels.SOURCE_START_MODEL), models.get(AttributionModels.SOURCE_END_MODEL),
                models.get(AttributionModels.LEAD_MODEL));
        this.models = Map.copyOf(models);
        this.doubt = doubt;
    }

    /** This tagger with the same models, leaving out what {@code doubt} doubts (nothing when it is null). */
    public AttributionTagger withDoubt(AttributionDoubt doubt) {
        return doubt == this.doubt ? this : new AttributionTagger(models, doubt);
    }

    /** The attributions of {@code doc}: the tagged ones, plus the rules' floating quotes that follow one of them. */
    public List<Found> find(ArticleText doc, List<Found> rules) {
        return find(doc, rules, (found, reading) -> {});
    }

    /** The same, handing {@code readings} what the models said of each tagged attribution, kept or left out. */
    public List<Found> find(ArticleText doc, List<Found> rules, java.util.function.BiConsumer<Found, AttributionDoubt.Reading> readings) {
        AttributionFeatures features = new AttributionFeatures(doc, rules);
        ChooserFeatures choosers = new ChooserFeatures(features);
        List<Found> out = new ArrayList<>();
        Map<Found, Found> byRule = new IdentityHashMap<>();
        for (int u = 0; u < doc.units.size(); u++) {
            Unit unit = doc.units.get(u);
            String[] labels = Viterbi.decode(cues, AttributionFeatures.CUE_LABELS, unit,
                    i -> features.cue(i, unit), CUE_BIAS);
            for (int i = unit.first(); i < unit.last(); i++) {
                if (!labels[i - unit.first()].equals("B")) continue;
                int last = i;
                while (last + 1 < unit.last() && labels[last + 1 - unit.first()].equals("I")) last++;
                Found found = arguments(doc, features, choosers, u, unit, labels, i, last, readings);
                if (found != null) {
                    out.add(found);
                    Found rule = features.ruleFor(found.cue());
                    if (rule != null) byRule.put(rule, found);
                }
                i = last;
            }
        }
        for (Found f : rules) {
            if (f.follows() == null) continue;
            Found leader = byRule.get(f.follows());
            if (leader != null && out.stream().noneMatch(o -> overlaps(o.content(), f.content()))) {
                Found floating = new Found(f.source(), f.cue(), f.content(), f.type(), f.unit(), leader);
                byRule.put(f, floating);
                out.add(floating);
            }
        }
        // A cue that is a mark, not a word (a headline's or a transcript's colon, a signature's dash), belongs to the
        // page's layout, which the rules read and the cue tagger was not trained for.
        for (Found f : rules) {
            if (f.follows() != null || f.cue() == null || f.cue().text().chars().anyMatch(Character::isLetter)) continue;
            if (out.stream().noneMatch(o -> o.cue() != null && o.cue().overlaps(f.cue()) || overlaps(o.content(), f.content()))) {
                out.add(f);
            }
        }
        out.sort(java.util.Comparator.comparingInt(f -> f.content().getFirst().start()));
        return out;
    }

    /** The sources and content pieces the argument tagger marks for the cue on cueFirst..cueLast, in text order. */
    public record Arguments(List<Range> sources, List<Range> content) {

        /** The last token of the last content piece, or -1 when there is none. */
        public int contentLast() {
            return content.isEmpty() ? -1 : content.getLast().last();
        }

        /** The first token of the first content piece after token {@code cueLast}, or -1 when there is none. */
        public int contentFirstAfter(int cueLast) {
            for (Range piece : content) if (piece.first() > cueLast) return piece.first();
            return -1;
        }
    }

    public static Arguments tagArguments(LinearModel model, AttributionFeatures features, Unit unit, int cueFirst, int cueLast) {
        String[] labels = Viterbi.decode(model, AttributionFeatures.ARG_LABELS, unit,
                i -> features.argument(i, unit, cueFirst, cueLast), 0);
        List<Range> sources = new ArrayList<>();
        List<Range> content = new ArrayList<>();
        for (int i = unit.first(); i < unit.last(); i++) {
            String label = labels[i - unit.first()];
            if (!label.startsWith("B")) continue;
            int last = i;
            String inside = "I" + label.substring(1);
            while (last + 1 < unit.last() && labels[last + 1 - unit.first()].equals(inside)) last++;
            if (i <= cueLast && last >= cueFirst) {
                i = last;
                continue; // never over the cue itself
            }
            (label.equals("BS") ? sources : content).add(new Range(i, last));
            i = last;
        }
        return new Arguments(sources, content);
    }

    private Found arguments(ArticleText doc, AttributionFeatures features, ChooserFeatures choosers, int u, Unit unit,
                            String[] cueLabels, int cueFirst, int cueLast,
                            java.util.function.BiConsumer<Found, AttributionDoubt.Reading> readings) {
        Arguments tagged = tagArguments(arguments, features, unit, cueFirst, cueLast);
        List<Range> sources = tagged.sources();
        List<TextSpan> content = new ArrayList<>();
        for (Range piece : tagged.content()) content.add(doc.tokenSpan(piece.first(), piece.last()));
        TextSpan cue = doc.tokenSpan(cueFirst, cueLast);
        Found rule = features.ruleFor(cue);
        // A cue the rules also found but whose content the tagger missed keeps the rules' reading.
        if (content.isEmpty() && rule != null) return new Found(rule.source(), cue, rule.content(), rule.type(), u, null);
        if (content.isEmpty()) return null;
        Range source = null;
        for (Range r : sources) {
            if (source == null || gap(r, cueFirst, cueLast) < gap(source, cueFirst, cueLast)) source = r;
        }
        if (source == null) source = EdgeRules.participleSubject(doc, unit, cueFirst);
        if (source != null) source = EdgeRules.withoutRelativeClause(doc, source);
        if (source != null) source = edges.withChosenSourceBounds(doc, choosers, unit, cueFirst, cueLast, source);
        // Where both read a content, start from the rules' pieces: they know quotation marks and split quotes, so
        // an answer quotes the parts without the cue between them. The choosers then move the edges either way
        // (held out, starting from either reading scores the same; docs/experiments.md).
        if (rule != null && overlaps(rule.content(), content)) content = rule.content();
        double[] startSure = {1, 0}, endSure = {1, 0}; // the chosen edge's probability, and 1 once a chooser was asked
        content = edges.withChosenStart(doc, choosers, unit, cueFirst, cueLast, content, rule, tagged.contentFirstAfter(cueLast), startSure);
        content = edges.withChosenEnd(doc, choosers, unit, cueFirst, cueLast, content, rule, tagged.contentLast(), endSure);
        int lead = edges.lead(doc, choosers, unit, cueFirst, cueLast, content);
        if (lead >= 0) {
            // The lead is a piece of its own, up to the source when one stands between it and the cue (“which | he
            // claimed | as …”); a source it covers (“No major polls | appear | to have …”) was the content's.
            boolean sourceBetween = source != null && source.first() > lead && source.last() < cueFirst;
            int last = sourceBetween ? source.first() - 1 : cueFirst - 1;
            while (last > lead && !doc.token(last).isWord() && !doc.token(last).quoted()) last--;
            content = new ArrayList<>(content);
            content.addFirst(doc.tokenSpan(lead, last));
            if (source != null && source.first() <= lead && source.last() >= lead) source = null;
        }
        content = EdgeRules.withContinuation(doc, u, cueFirst, cueLast, content);
        AttributionType type = type(doc, cue, content);
        Found found = new Found(source, cue, content, type, u, null);
        double[] sure = cueCertainty(features, unit, cueLabels, cueFirst, cueLast);
        String said = doc.text.substring(content.getFirst().start(), content.getLast().end()).strip();
        AttributionDoubt.Reading reading = new AttributionDoubt.Reading(sure[0], sure[1], sure[2], startSure[0], endSure[0],
                startSure[1] > 0, endSure[1] > 0, lead >= 0, rule != null, tagged.content().size() > 1, source != null, type,
                said.isEmpty() ? 0 : said.split("\\s+").length, cue.text().strip().contains(" "));
        readings.accept(found, reading);
        return doubt == null || doubt.keeps(reading) ? found : null;
    }

    /**
     * How sure the cue tagger was of the cue on cueFirst..cueLast, step by step along the labels it chose: of "B" at
     * the first word, of the whole label run (the product of its steps), and of the cue stopping after its last word
     * (1 at the end of the unit).
     */
    private double[] cueCertainty(AttributionFeatures features, Unit unit, String[] labels, int cueFirst, int cueLast) {
        double first = 0, whole = 0, stops = 1;
        for (int k = cueFirst; k <= cueLast + 1 && k < unit.last(); k++) {
            AttributionFeatures.Context context = features.cue(k, unit);
            double[] logs = cues.sum(context.fixed());
            cues.add(logs, context.previous(k == unit.first() ? "O" : labels[k - 1 - unit.first()]));
            LinearModel.logSoftmax(logs);
            if (k == cueFirst) first = logs[cues.index("B")];
            if (k <= cueLast) whole += logs[cues.index(k == cueFirst ? "B" : "I")];
            else stops = 1 - Math.exp(logs[cues.index("I")]);
        }
        return new double[] {Math.exp(first), Math.exp(whole), stops};
    }

    private static int gap(Range r, int cueFirst, int cueLast) {
        return r.last() < cueFirst ? cueFirst - r.last() : r.first() - cueLast;
    }

    private static AttributionType type(ArticleText doc, TextSpan cue, List<TextSpan> content) {
        if (cue.text().toLowerCase(java.util.Locale.ROOT).startsWith("according")) return AttributionType.ACCORDING_TO;
        int quoted = 0, words = 0;
        for (TextSpan part : content) {
            for (int k = doc.tokenAtOrAfter(part.start()); k < doc.tokens.size() && doc.token(k).end() <= part.end(); k++) {
                if (!doc.token(k).isWord()) continue;
                words++;
                if (doc.token(k).quoted()) quoted++;
            }
        }
        if (quoted == 0) return AttributionType.INDIRECT;
        return quoted == words ? AttributionType.DIRECT : AttributionType.MIXED;
    }

    private static boolean overlaps(List<TextSpan> a, List<TextSpan> b) {
        for (TextSpan x : a) for (TextSpan y : b) if (x.overlaps(y)) return true;
        return false;
    }
}
