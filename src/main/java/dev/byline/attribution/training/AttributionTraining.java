package dev.byline.attribution.training;

import dev.byline.attribution.AttributionExtractor;
import dev.byline.attribution.model.AttributionFeatures;
import dev.byline.attribution.model.AttributionModels;
import dev.byline.attribution.model.AttributionTagger;
import dev.byline.attribution.model.ChooserFeatures;
import dev.byline.attribution.model.EdgeChoosers;
import dev.byline.attribution.model.LinearModel;
import dev.byline.attribution.model.Viterbi;
import dev.byline.attribution.rules.AttributionFinder.Found;
import dev.byline.attribution.rules.EdgeRules;
import dev.byline.corpus.Article;
import dev.byline.nlp.text.ArticleText;
import dev.byline.nlp.text.ArticleText.Unit;
import dev.byline.nlp.text.TextModels;
import dev.byline.nlp.text.TextSpan;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the models of {@link AttributionTagger} from gold attributions (PolNeAR's train split): the two taggers
 * with one event per token and the gold label of the previous token as a feature, the content's start and end
 * choosers with one choice among their candidate tokens ({@link ListwiseChooser}), the other choosers with one event
 * per candidate token; all L2-regularised log-linear models fitted with OpenNLP's quasi-Newton optimiser. Training
 * on 756 articles, parse included, took 638 s on two cores (with the content choosers still maximum entropy).
 */
public final class AttributionTraining {

    /** One gold attribution: its source (or null), cue (or null) and content pieces in text order. */
    public record Labelled(TextSpan source, TextSpan cue, List<TextSpan> content) {}

    /** Trained models, usable at once and writable as the resources the jar ships. */
    public record Trained(AttributionExtractor extractor, Map<String, MaxentModel> models, int cueEvents, int argumentEvents) {

        /** Writes every model into {@code directory} under the name the extractor loads it by. */
        public void save(Path directory) throws IOException {
            Files.createDirectories(directory);
            for (Map.Entry<String, MaxentModel> e : models.entrySet()) write(e.getValue(), directory.resolve(e.getKey()));
        }

        private static void write(MaxentModel model, Path file) throws IOException {
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            try (OutputStream out = Files.newOutputStream(partial);
                 DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out))) {
                new GenericModelWriter((AbstractModel) model, data).persist();
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Every model's L2 cost; see {@link #fit} for how it was chosen. */
    private static final double L2 = 0.5;

    private final TextModels text;
    private final AttributionExtractor analysis;
    private final Map<String, String> strings = new HashMap<>();
    private final int iterations;
    private final int threads;

    public AttributionTraining(TextModels text, int iterations, int threads) {
        this.text = text;
        this.analysis = AttributionExtractor.rulesOnly(text);
        this.iterations = iterations;
        this.threads = threads;
    }

    /** Trains on every article that has gold; {@code progress} hears a line now and then. */
    public Trained train(List<Article> articles, Map<String, List<Labelled>> gold, java.util.function.Consumer<String> progress) throws IOException {
        List<Event> cueEvents = new ArrayList<>();
        List<Event> argumentEvents = new ArrayList<>();
        List<List<Event>> halves = List.of(new ArrayList<>(), new ArrayList<>());
        List<ListwiseChooser.Choice> endChoices = new ArrayList<>();
        List<ListwiseChooser.Choice> startChoices = new ArrayList<>();
        List<Event> sourceStartEvents = new ArrayList<>();
        List<Event> sourceEndEvents = new ArrayList<>();
        List<Event> leadEvents = new ArrayList<>();
        List<Analysed> analysed = new ArrayList<>();
        for (Article article : articles) {
            List<Labelled> labelled = gold.get(article.id());
            if (labelled == null) continue;
            ArticleText doc = analysis.analyse(article.text());
            List<Found> rules = analysis.rules(doc);
            AttributionFeatures features = new AttributionFeatures(doc, rules);
            ChooserFeatures choosers = new ChooserFeatures(features);
            analysed.add(new Analysed(doc, features, choosers, labelled));
            addCueEvents(doc, features, labelled, cueEvents);
            List<Event> arguments = new ArrayList<>();
            addArgumentEvents(doc, features, labelled, arguments);
            argumentEvents.addAll(arguments);
            halves.get(analysed.size() % 2).addAll(arguments);
            addSourceEvents(doc, choosers, labelled, sourceStartEvents, sourceEndEvents);
            addLeadEvents(doc, choosers, labelled, leadEvents);
            if (analysed.size() % 200 == 0) progress.accept("analysed " + analysed.size() + " articles");
        }
        Map<String, MaxentModel> models = new java.util.LinkedHashMap<>();
        models.put(AttributionModels.CUE_MODEL, fit("cue tagger", cueEvents, progress));
        models.put(AttributionModels.ARGUMENT_MODEL, fit("argument tagger", argumentEvents, progress));
        // The start and end choosers hear where the argument tagger puts a content. On the articles it was trained
        // on, the tagger is right more often than on new ones, so each half of the articles is read by a tagger
        // trained on the other half. With a single article there is no other half, and the tagger reads its own
        // training data.
        List<LinearModel> crossed = new ArrayList<>();
        for (int half = 0; half < 2; half++) {
            List<Event> other = halves.get(1 - half);
            crossed.add(new LinearModel(other.isEmpty() ? models.get(AttributionModels.ARGUMENT_MODEL)
                    : fit("argument tagger for half " + (half + 1) + " of the articles", other, progress)));
        }
        for (int i = 0; i < analysed.size(); i++) {
            addContentEdgeChoices(analysed.get(i), crossed.get((i + 1) % 2), startChoices, endChoices);
        }
        models.put(AttributionModels.START_MODEL, fitChoices("content start chooser", startChoices, progress));
        models.put(AttributionModels.END_MODEL, fitChoices("content end chooser", endChoices, progress));
        models.put(AttributionModels.SOURCE_START_MODEL, fit("source start chooser", sourceStartEvents, progress));
        models.put(AttributionModels.SOURCE_END_MODEL, fit("source end chooser", sourceEndEvents, progress));
        models.put(AttributionModels.LEAD_MODEL, fit("content lead chooser", leadEvents, progress));
        return new Trained(new AttributionExtractor(text, new AttributionTagger(models)), models, cueEvents.size(),
                argumentEvents.size());
    }

    /** An article read for training, kept for the start and end choosers' events, which need the crossed taggers. */
    private record Analysed(ArticleText doc, AttributionFeatures features, ChooserFeatures choosers, List<Labelled> labelled) {}

    private void addCueEvents(ArticleText doc, AttributionFeatures features, List<Labelled> gold, List<Event> events) {
        String[] labels = new String[doc.tokens.size()];
        java.util.Arrays.fill(labels, "O");
        for (Labelled g : gold) if (g.cue() != null) mark(doc, labels, g.cue(), "B", "I");
        for (Unit unit : doc.units) {
            String previous = "O";
            for (int i = unit.first(); i < unit.last(); i++) {
                events.add(event(labels[i], features.cue(i, unit).with(previous)));
                previous = labels[i];
            }
        }
    }

    private void addArgumentEvents(ArticleText doc, AttributionFeatures features, List<Labelled> gold, List<Event> events) {
        for (Labelled g : gold) {
            if (g.cue() == null) continue;
            int[] cue = tokens(doc, g.cue());
            if (cue == null) continue;
            Unit unit = unitOf(doc, cue[0]);
            if (unit == null || cue[1] >= unit.last()) continue;
            String[] labels = new String[doc.tokens.size()];
            for (int i = unit.first(); i < unit.last(); i++) labels[i] = "O";
            if (g.source() != null) mark(doc, labels, g.source(), "BS", "IS");
            for (TextSpan piece : g.content()) mark(doc, labels, piece, "BC", "IC");
            for (int i = cue[0]; i <= cue[1]; i++) labels[i] = "O";
            String previous = "O";
            for (int i = unit.first(); i < unit.last(); i++) {
                String label = labels[i] == null ? "O" : labels[i];
                if (label.startsWith("I") && !Viterbi.allowed(previous, label)) label = "B" + label.substring(1);
                events.add(event(label, features.argument(i, unit, cue[0], cue[1]).with(previous)));
                previous = label;
            }
        }
    }

    // For a gold content after its cue: a start choice among the tokens from just after the cue to the end of its
    // first piece, and an end choice among those from the start of its last piece to the unit's end, less those the
    // extractor never ends at. Both hear where the crossed argument tagger put that edge; it reads the cue once for
    // the two.
    private void addContentEdgeChoices(Analysed a, LinearModel arguments, List<ListwiseChooser.Choice> startChoices,
                                       List<ListwiseChooser.Choice> endChoices) {
        ArticleText doc = a.doc();
        ChooserFeatures features = a.choosers();
        for (Labelled g : a.labelled()) {
            if (g.cue() == null || g.content().isEmpty()) continue;
            int[] cue = tokens(doc, g.cue());
            Unit unit = cue == null ? null : unitOf(doc, cue[0]);
            if (unit == null) continue;
            TextSpan first = g.content().getFirst(), last = g.content().getLast();
            int[] head = first.start() < g.cue().end() ? null : tokens(doc, first);
            int[] tail = last.start() < g.cue().end() ? null : tokens(doc, last);
            boolean starts = head != null && head[1] < unit.last() && doc.token(head[0]).start() == first.start();
            boolean ends = tail != null && tail[1] < unit.last() && doc.token(tail[1]).end() == last.end();
            if (!starts && !ends) continue;
            Found rule = features.ruleFor(g.cue());
            AttributionTagger.Arguments tagged = AttributionTagger.tagArguments(arguments, a.features(), unit, cue[0], cue[1]);
            if (starts) {
                int taggedStart = tagged.contentFirstAfter(cue[1]);
                List<String[]> candidates = new ArrayList<>();
                for (int b = cue[1] + 1; b <= head[1]; b++) {
                    candidates.add(interned(features.start(b, unit, cue[0], cue[1], rule, taggedStart)));
                }
                startChoices.add(new ListwiseChooser.Choice(candidates, head[0] - cue[1] - 1));
            }
            if (ends) {
                int taggedEnd = tagged.contentLast();
                List<String[]> candidates = new ArrayList<>();
                for (int e = tail[0]; e < unit.last(); e++) {
                    boolean offered = e == tail[1] || !EdgeRules.runsOnPastQuotation(doc, unit, e);
                    candidates.add(offered ? interned(features.end(e, unit, tail[0], cue[0], cue[1], rule, taggedEnd)) : null);
                }
                endChoices.add(new ListwiseChooser.Choice(candidates, tail[1] - tail[0]));
            }
        }
    }

    // For a gold source next to its cue: one event per candidate first token (a few before the source to its last
    // token) and per candidate last token (its first token to a few after, never across the cue).
    private void addSourceEvents(ArticleText doc, ChooserFeatures features, List<Labelled> gold, List<Event> starts,
                                 List<Event> ends) {
        for (Labelled g : gold) {
            if (g.cue() == null || g.source() == null) continue;
            int[] cue = tokens(doc, g.cue());
            int[] source = tokens(doc, g.source());
            if (cue == null || source == null || doc.token(source[0]).start() != g.source().start()
                    || doc.token(source[1]).end() != g.source().end()) continue;
            Unit unit = unitOf(doc, cue[0]);
            if (unit == null || source[0] < unit.first() || source[1] >= unit.last()) continue;
            boolean before = source[1] < cue[0];
            if (!before && source[0] <= cue[1]) continue;
            int low = before ? unit.first() : cue[1] + 1;
            int high = before ? cue[0] - 1 : unit.last() - 1;
            for (int b = Math.max(low, source[0] - EdgeChoosers.SOURCE_REACH); b <= source[1]; b++) {
                starts.add(event(b == source[0] ? "yes" : "no", features.sourceStart(b, unit, cue[0], cue[1])));
            }
            for (int e = source[0]; e <= Math.min(high, source[1] + EdgeChoosers.SOURCE_REACH); e++) {
                ends.add(event(e == source[1] ? "yes" : "no", features.sourceEnd(e, unit, cue[0], cue[1])));
            }
        }
    }

    // For a content with a piece after its cue whose rules' reading starts after the cue too (where the tagger asks
    // the lead chooser): one event for "no lead" and one per token before the cue in its unit, "yes" where the
    // content begins.
    private void addLeadEvents(ArticleText doc, ChooserFeatures features, List<Labelled> gold, List<Event> events) {
        for (Labelled g : gold) {
            if (g.cue() == null || g.content().isEmpty() || g.content().getLast().start() < g.cue().end()) continue;
            int[] cue = tokens(doc, g.cue());
            if (cue == null) continue;
            Unit unit = unitOf(doc, cue[0]);
            Found rule = features.ruleFor(g.cue());
            if (unit == null || rule != null && rule.content().getFirst().start() < g.cue().start()) continue;
            int low = Math.max(unit.first(), cue[0] - EdgeChoosers.LEAD_REACH);
            int lead = -1;
            TextSpan first = g.content().getFirst();
            if (first.start() < g.cue().start()) {
                lead = doc.tokenAtOrAfter(first.start());
                if (lead < low || lead >= cue[0] || doc.token(lead).start() != first.start()) continue;
            }
            events.add(event(lead < 0 ? "yes" : "no", features.lead(-1, unit, cue[0], cue[1])));
            for (int b = low; b < cue[0]; b++) {
                events.add(event(b == lead ? "yes" : "no", features.lead(b, unit, cue[0], cue[1])));
            }
        }
    }

    private static Unit unitOf(ArticleText doc, int token) {
        int u = doc.unitOf(token);
        return u < 0 ? null : doc.units.get(u);
    }

    /** The first and last token inside {@code span}, or null when no token lies wholly inside. */
    private static int[] tokens(ArticleText doc, TextSpan span) {
        int first = doc.tokenAtOrAfter(span.start());
        int last = first - 1;
        while (last + 1 < doc.tokens.size() && doc.token(last + 1).end() <= span.end()) last++;
        return last < first ? null : new int[] {first, last};
    }

    private static void mark(ArticleText doc, String[] labels, TextSpan span, String begin, String inside) {
        int[] range = tokens(doc, span);
        if (range == null) return;
        for (int i = range[0]; i <= range[1]; i++) {
            if (i < labels.length && labels[i] != null) labels[i] = i == range[0] ? begin : inside;
        }
    }

    private Event event(String outcome, String[] context) {
        return new Event(outcome, interned(context));
    }

    private String[] interned(String[] context) {
        for (int i = 0; i < context.length; i++) context[i] = strings.computeIfAbsent(context[i], s -> s);
        return context;
    }

    private MaxentModel fitChoices(String what, List<ListwiseChooser.Choice> choices, java.util.function.Consumer<String> progress) {
        progress.accept("training the " + what + " on " + choices.size() + " choices");
        return ListwiseChooser.train(choices, L2, iterations);
    }

    private MaxentModel fit(String what, List<Event> events, java.util.function.Consumer<String> progress) throws IOException {
        progress.accept("training the " + what + " on " + events.size() + " events");
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, 2);
        params.put(QNTrainer.THREADS_PARAM, threads);
        // L2 0.5 beat 0.15 and 1.0 on held-out articles (docs/experiments.md, "Tuning notes").
        params.put(QNTrainer.L2COST_PARAM, L2);
        params.put(QNTrainer.L1COST_PARAM, 0.0);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        return trainer.train(ObjectStreamUtils.createObjectStream(events));
    }
}
