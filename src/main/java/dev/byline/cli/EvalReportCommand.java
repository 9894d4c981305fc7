package dev.byline.cli;

import dev.byline.App;
import dev.byline.attribution.AttributionExtractor;
import dev.byline.config.LlmSettings;
import dev.byline.corpus.Article;
import dev.byline.eval.AttributionEvaluation;
import dev.byline.eval.AttributionScores;
import dev.byline.eval.EffectivenessPage;
import dev.byline.eval.GoldAttribution;
import dev.byline.eval.PolnearFiles;
import dev.byline.eval.QaReport;
import dev.byline.nlp.text.TextModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code byline eval report}: runs the evaluations on the dev sets and writes docs/effectiveness.md from their scores. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Run the evaluations on the dev sets and write the effectiveness page (Markdown, with date and commit).")
public final class EvalReportCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--data", defaultValue = "../shared/data", paramLabel = "DIR",
            description = "The evaluation data: polnear/ and realtimeqa/ as in shared/data (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", defaultValue = "docs/effectiveness.md", paramLabel = "FILE", description = "Where to write the page (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--realtimeqa", description = "Also run RealTime QA dev (indexes 26,389 articles: most of an hour on two cores).")
    boolean realtimeqa;

    @Option(names = "--k", defaultValue = "5", description = "Articles retrieved for evidence recall (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--keep-indexes", paramLabel = "DIR",
            description = "Keep each evaluation's index under DIR and reuse it next time (RealTime QA's takes most of an hour to build).")
    Path keep;

    @Override
    public Integer call() throws Exception {
        Path polnear = data.resolve("polnear");
        Path articles = polnear.resolve("articles.jsonl"), gold = polnear.resolve("attributions-dev.jsonl"), whoSaid = polnear.resolve("qa-who-said-dev.jsonl");
        for (Path required : List.of(articles, gold, whoSaid)) {
            if (!Files.isReadable(required)) {
                System.err.println("byline: no evaluation data at " + required + "; point --data at a folder like shared/data");
                return 2;
            }
        }
        EffectivenessPage.Run run = run(); // the commit measured is the one checked out now, not at the end
        TextModels text = App.text(spec);
        System.err.println("Scoring attribution extraction on " + gold + " ...");
        Map<String, List<GoldAttribution>> goldById = PolnearFiles.readGold(gold);
        List<Article> scored = PolnearFiles.readArticles(articles, goldById::containsKey);
        AttributionScores attributions = new AttributionEvaluation(AttributionExtractor.shipped(text), dev.byline.eval.Referents.shipped()).run(scored, goldById);

        List<EffectivenessPage.Qa> qa = new ArrayList<>();
        qa.add(new EffectivenessPage.Qa("who said what, PolNeAR dev", "`polnear/qa-who-said-dev.jsonl` over the 924 PolNeAR articles",
                qa(text, "polnear", List.of(articles), whoSaid), "./byline eval qa --articles " + articles + " --questions " + whoSaid));
        List<String> skipped = new ArrayList<>();
        Path rtqaArticles = data.resolve("realtimeqa/articles.jsonl.gz"), rtqaQuestions = data.resolve("realtimeqa/qa-dev.jsonl");
        String rtqaCommand = "./byline eval qa --articles " + rtqaArticles + " --questions " + rtqaQuestions;
        if (realtimeqa) {
            qa.add(new EffectivenessPage.Qa("any news question, RealTime QA dev", "`realtimeqa/qa-dev.jsonl` over its 26,389 articles",
                    qa(text, "realtimeqa", List.of(rtqaArticles), rtqaQuestions), rtqaCommand));
        } else {
            skipped.add("RealTime QA dev (`eval report --realtimeqa`, or `" + rtqaCommand + "`): indexing its 26,389 articles takes most of an hour on two cores.");
        }
        String attributionCommand = "./byline eval attributions --articles " + articles + " --gold " + gold;
        String page = EffectivenessPage.render(run, attributions, attributionCommand, qa, skipped);
        if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, page);
        System.out.println("Wrote " + out);
        return 0;
    }

    private QaReport qa(TextModels text, String name, List<Path> articles, Path questions) throws IOException, InterruptedException {
        Path index = keep != null ? keep.resolve(name) : Files.createTempDirectory("byline-eval-report");
        try {
            return EvalQaCommand.evaluate(text, new dev.byline.config.Storage.Embedded(index), LlmSettings.NONE, articles, EvalQaCommand.read(questions), k, o -> {});
        } finally {
            if (keep == null) EvalQaCommand.deleteTree(index);
        }
    }

    private static EffectivenessPage.Run run() {
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        return new EffectivenessPage.Run(date, commit(), machine(), "Java " + System.getProperty("java.version"));
    }

    /** The short commit of the working tree, marked when it has uncommitted changes; "unknown" outside git. */
    static String commit() {
        String commit = git("rev-parse", "--short", "HEAD");
        if (!git("status", "--porcelain", "--untracked-files=no").isEmpty() && !commit.equals("unknown")) commit += " with uncommitted changes";
        return commit;
    }

    /** Cores, the JVM's heap limit, the system. */
    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB max heap, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }

    /** git's one-line answer, "" for none, "unknown" outside a work tree or without git. */
    private static String git(String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes()).strip();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) return "unknown";
            return output.lines().findFirst().orElse("");
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
