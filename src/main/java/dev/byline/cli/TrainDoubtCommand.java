package dev.byline.cli;

import dev.byline.App;
import dev.byline.attribution.model.AttributionDoubt;
import dev.byline.attribution.training.DoubtFitting;
import dev.byline.attribution.training.Folds;
import dev.byline.corpus.Article;
import dev.byline.eval.GoldAttribution;
import dev.byline.eval.PolnearFiles;
import dev.byline.nlp.text.TextModels;
import dev.byline.nlp.text.TextSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code byline train doubt}: fits the weights with which the extractor leaves out the attributions its models doubt
 * ({@link AttributionDoubt}). It needs attributions found by models that never saw their articles: the models that
 * {@code train attributions --holdout N --holdout-fold F --out DIR} wrote, each run on the articles its fold held out.
 */
@Command(name = "doubt", mixinStandardHelpOptions = true,
        description = "Fit the weights that leave out doubtful attributions, from models trained with --holdout.")
public final class TrainDoubtCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--articles", required = true, description = "Articles, Format A jsonl.")
    Path articles;

    @Option(names = "--gold", required = true, description = "The gold attributions the fold models were trained from, Format B jsonl.")
    Path gold;

    @Option(names = "--holdout", required = true, description = "The --holdout the fold models were trained with.")
    int holdout;

    @Option(names = "--fold", required = true, description = "FOLD=DIR: the models `train attributions --holdout-fold FOLD "
            + "--out DIR` wrote; repeat for each fold.")
    Map<String, Path> folds = new LinkedHashMap<>();

    @Option(names = "--out", description = "Directory to write " + "attribution-doubt.txt" + " to (default: "
            + TrainAttributionsCommand.SHIPPED + ", where the build packs it into the jar).")
    Path out;

    @Override
    public Integer call() throws Exception {
        for (Path file : List.of(articles, gold)) {
            if (!Files.isRegularFile(file)) {
                System.err.println("byline: no such file: " + file);
                return 2;
            }
        }
        for (Map.Entry<String, Path> fold : folds.entrySet()) {
            if (!fold.getKey().matches("[012]") && !fold.getKey().equals(Folds.LATEST)) {
                System.err.println("byline: a --fold must be 0, 1, 2 or " + Folds.LATEST + ", not " + fold.getKey());
                return 2;
            }
            if (!Files.isDirectory(fold.getValue())) {
                System.err.println("byline: no such model directory: " + fold.getValue());
                return 2;
            }
        }
        Map<String, List<GoldAttribution>> goldById = PolnearFiles.readGold(gold);
        List<String> ids = new ArrayList<>(goldById.keySet());
        List<Article> all = PolnearFiles.readArticles(articles, goldById::containsKey);
        TextModels text = App.text(spec);
        List<DoubtFitting.Example> examples = new ArrayList<>();
        for (Map.Entry<String, Path> fold : folds.entrySet()) {
            java.util.Set<String> held = Folds.heldOut(ids, holdout, fold.getKey(), all);
            List<Article> heldArticles = all.stream().filter(a -> held.contains(a.id())).toList();
            Map<String, List<TextSpan>> contents = new LinkedHashMap<>();
            for (Article a : heldArticles) {
                List<TextSpan> spans = new ArrayList<>();
                for (GoldAttribution g : goldById.get(a.id())) {
                    if (g.contentPieces().isEmpty()) continue;
                    spans.add(TextSpan.of(a.text(), g.contentPieces().getFirst().start(), g.contentPieces().getLast().end()));
                }
                contents.put(a.id(), spans);
            }
            List<DoubtFitting.Example> found = DoubtFitting.examples(text, fold.getValue(), heldArticles, contents);
            long right = found.stream().filter(DoubtFitting.Example::right).count();
            System.out.printf("fold %s: %d held-out articles, %d tagged attributions, %d of them exactly right%n",
                    fold.getKey(), held.size(), found.size(), right);
            examples.addAll(found);
        }
        AttributionDoubt doubt = DoubtFitting.fit(examples);
        long left = examples.stream().filter(e -> !doubt.keeps(e.values())).count();
        long leftRight = examples.stream().filter(e -> !doubt.keeps(e.values()) && e.right()).count();
        System.out.printf("fitted on %d attributions; it leaves out %d of them, %d of those exactly right%n",
                examples.size(), left, leftRight);
        doubt.weights().forEach((name, w) -> System.out.printf("  %-16s %8.3f%n", name, w));
        Path dir = out == null ? Path.of(TrainAttributionsCommand.SHIPPED) : out;
        Path file = dir.resolve("attribution-doubt.txt");
        doubt.write(file, "Written by `byline train doubt --holdout " + holdout + "` from folds " + String.join(", ", folds.keySet())
                + ": logistic-regression weights over AttributionDoubt.FEATURES.");
        System.out.println("wrote " + file);
        return 0;
    }
}
