package dev.byline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.byline.App;
import dev.byline.attribution.Attribution;
import dev.byline.attribution.AttributionExtractor;
import dev.byline.corpus.Article;
import dev.byline.eval.AttributionEvaluation;
import dev.byline.eval.AttributionScores;
import dev.byline.eval.AttributionScores.Prf;
import dev.byline.eval.AttributionScores.SpanScores;
import dev.byline.eval.GoldAttribution;
import dev.byline.eval.PolnearFiles;
import dev.byline.eval.Referents;
import dev.byline.eval.SourceForm;
import dev.byline.nlp.text.TextModels;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code byline eval attributions}: scores attribution extraction against PolNeAR-style gold. */
@Command(name = "attributions", mixinStandardHelpOptions = true,
        description = "Score quote and attribution extraction against gold (PolNeAR Format B).")
public final class EvalAttributionsCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--articles", required = true, description = "Articles, Format A jsonl.")
    Path articles;

    @Option(names = "--gold", required = true, description = "Gold attributions, Format B jsonl; only these articles are scored.")
    Path gold;

    @Option(names = "--models", description = "Directory of attribution models to use instead of the shipped ones "
            + "(as written by train attributions).")
    Path models;

    @Option(names = "--rules-only", description = "Score the rule finder alone, without the learned taggers.")
    boolean rulesOnly;

    @Option(names = "--predictions", description = "Also write the predicted attributions to this file, one line per "
            + "article in the gold's own format, for error analysis.")
    Path predictions;

    @Option(names = "--referents", description = "Hand labels of whom gold pronoun sources refer to (tab-separated: "
            + "article id, start, end, text, referent), so a pronoun resolved to the wrong person counts as wrong "
            + "(default: the labels shipped for PolNeAR; 'none' to judge pronouns by their span alone).")
    String referents;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Map<String, List<GoldAttribution>> goldById = PolnearFiles.readGold(gold);
        List<Article> scored = PolnearFiles.readArticles(articles, goldById::containsKey);
        Map<Article, List<Attribution>> extracted = new java.util.LinkedHashMap<>();
        AttributionScores scores = new AttributionEvaluation(extractor(), referents()).run(scored, goldById, extracted::put);
        System.out.println(json ? toJson(scores) : toTable(scores));
        if (predictions != null) writePredictions(extracted);
        return 0;
    }

    private Referents referents() throws java.io.IOException {
        if (referents == null) return Referents.shipped();
        if (referents.equals("none")) return Referents.none();
        return Referents.load(Path.of(referents));
    }

    private AttributionExtractor extractor() throws java.io.IOException {
        TextModels text = App.text(spec);
        if (rulesOnly) return AttributionExtractor.rulesOnly(text);
        return models == null ? AttributionExtractor.shipped(text) : AttributionExtractor.withModels(text, models);
    }

    private void writePredictions(Map<Article, List<Attribution>> extracted) throws java.io.IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (java.io.BufferedWriter out = java.nio.file.Files.newBufferedWriter(predictions)) {
            for (Map.Entry<Article, List<Attribution>> e : extracted.entrySet()) {
                Article article = e.getKey();
                ObjectNode line = mapper.createObjectNode();
                line.put("article_id", article.id());
                var list = line.putArray("attributions");
                for (Attribution a : e.getValue()) {
                    ObjectNode node = list.addObject();
                    node.put("type", a.type().jsonName());
                    span(node, "source", a.speaker() == null ? null : a.speaker().mention());
                    span(node, "cue", a.cue());
                    ObjectNode content = span(node, "content", dev.byline.nlp.text.TextSpan.of(article.text(), a.contentStart(), a.contentEnd()));
                    if (a.content().size() > 1) {
                        var fragments = content.putArray("fragments");
                        for (var part : a.content()) fragments.addObject().put("start", part.start()).put("end", part.end()).put("text", part.text());
                    }
                    if (a.speaker() != null) node.put("speaker", a.speaker().name()).put("speaker_confidence", round(a.speaker().confidence()));
                }
                out.write(mapper.writeValueAsString(line));
                out.newLine();
            }
        }
    }

    private static ObjectNode span(ObjectNode parent, String field, dev.byline.nlp.text.TextSpan span) {
        if (span == null) {
            parent.putNull(field);
            return null;
        }
        return parent.putObject(field).put("start", span.start()).put("end", span.end()).put("text", span.text());
    }

    static String toJson(AttributionScores s) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("articles", s.articles());
        root.put("seconds", round(s.seconds()));
        put(root.putObject("source"), s.source());
        put(root.putObject("cue"), s.cue());
        put(root.putObject("content"), s.content());
        root.put("speaker_accuracy", round(s.speakerAccuracy()));
        ObjectNode speakers = root.putObject("speakers");
        for (SourceForm form : SourceForm.values()) tally(speakers.putObject(form.name().toLowerCase(java.util.Locale.ROOT)), s.speakers().form(form));
        tally(speakers.putObject("confident"), s.speakers().confident());
        tally(speakers.putObject("hedged"), s.speakers().hedged());
        speakers.put("hedge_rate", round(s.speakers().hedgeRate()));
        speakers.put("unjudged", s.speakers().unjudged());
        return root.toString();
    }

    private static void tally(ObjectNode node, AttributionScores.Tally t) {
        node.put("accuracy", round(t.accuracy()));
        node.put("right", t.right());
        node.put("scored", t.scored());
    }

    private static void put(ObjectNode node, SpanScores scores) {
        put(node.putObject("exact"), scores.exact());
        put(node.putObject("overlap"), scores.overlap());
    }

    private static void put(ObjectNode node, Prf prf) {
        node.put("p", round(prf.p()));
        node.put("r", round(prf.r()));
        node.put("f1", round(prf.f1()));
    }

    static String toTable(AttributionScores s) {
        StringBuilder out = new StringBuilder();
        out.append("Attribution extraction: %d articles in %.1f s (%.0f articles/s)%n".formatted(
                s.articles(), s.seconds(), s.seconds() == 0 ? 0 : s.articles() / s.seconds()));
        out.append("%-8s | %6s %6s %6s | %6s %6s %6s%n".formatted("role", "P", "R", "F1", "P~", "R~", "F1~"));
        out.append("-".repeat(8)).append("-+-").append("-".repeat(20)).append("-+-").append("-".repeat(20)).append('\n');
        row(out, "source", s.source());
        row(out, "cue", s.cue());
        row(out, "content", s.content());
        out.append("exact match left, any-overlap (~) right; percentages%n".formatted());
        out.append("speaker accuracy on matched contents: %.1f%%".formatted(100 * s.speakerAccuracy()));
        AttributionScores.SpeakerScores sp = s.speakers();
        if (sp.confident().scored() + sp.hedged().scored() > 0) {
            out.append("%n  by source form:".formatted());
            for (SourceForm form : SourceForm.values()) {
                AttributionScores.Tally t = sp.form(form);
                out.append(" %s %.1f%% (%d)".formatted(form.label(), 100 * t.accuracy(), t.scored()));
            }
            out.append("%n  confident %.1f%% (%d), hedged %.1f%% (%d), hedge rate %.1f%%".formatted(
                    100 * sp.confident().accuracy(), sp.confident().scored(), 100 * sp.hedged().accuracy(), sp.hedged().scored(),
                    100 * sp.hedgeRate()));
            if (sp.unjudged() > 0) out.append("; %d pronouns whose referent the text does not tell left out".formatted(sp.unjudged()));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String role, SpanScores s) {
        out.append("%-8s | %6.1f %6.1f %6.1f | %6.1f %6.1f %6.1f%n".formatted(role,
                100 * s.exact().p(), 100 * s.exact().r(), 100 * s.exact().f1(),
                100 * s.overlap().p(), 100 * s.overlap().r(), 100 * s.overlap().f1()));
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
