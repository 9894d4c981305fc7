package dev.byline.cli;

import dev.byline.App;
import dev.byline.attribution.AttributionExtractor;
import dev.byline.attribution.training.AttributionTraining;
import dev.byline.attribution.training.AttributionTraining.Labelled;
import dev.byline.attribution.training.Folds;
import dev.byline.corpus.Article;
import dev.byline.eval.AttributionEvaluation;
import dev.byline.eval.GoldAttribution;
import dev.byline.eval.PolnearFiles;
import dev.byline.nlp.text.TextModels;
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
 * {@code byline train attributions}: trains the attribution taggers on gold (PolNeAR Format B) and writes them
 * where the extractor loads them. With {@code --holdout N}, N gold articles spread evenly through the file are kept
 * out of training and scored with the rules alone and with the trained taggers, which is how changes to the
 * features are judged without looking at the dev split; {@code --holdout-fold} picks one of three disjoint such sets,
 * or the articles published last.
 */
@Command(name = "attributions", mixinStandardHelpOptions = true,
        description = "Train the attribution taggers from gold attributions (PolNeAR Format B).")
public final class TrainAttributionsCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--articles", required = true, description = "Articles, Format A jsonl.")
    Path articles;

    @Option(names = "--gold", required = true, description = "Gold attributions to train on, Format B jsonl.")
    Path gold;

    /** Where the build picks the models up to pack them into the jar. */
    static final String SHIPPED = "src/main/resources/dev/byline/attribution/model";

    @Option(names = "--out", description = "Directory to write the models to (default: " + SHIPPED
            + ", where the build packs them into the jar; with --holdout, none unless given).")
    Path out;

    @Option(names = "--holdout", defaultValue = "0",
            description = "Keep N gold articles, spread evenly through the file, out of training and score them; "
                    + "writes no models unless --out is given.")
    int holdout;

    @Option(names = "--holdout-fold", defaultValue = "0",
            description = "Which held-out set --holdout keeps out: 0 (the default, the set the README's held-out figures "
                    + "come from), 1 or 2 (three disjoint sets spread through the file), or 'latest' (the N articles "
                    + "published last, as the dev split follows the train split in time).")
    String fold;

    @Option(names = "--iterations", defaultValue = "100", description = "Optimiser iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Override
    public Integer call() throws Exception {
        Map<String, List<GoldAttribution>> goldById = PolnearFiles.readGold(gold);
        if (holdout < 0 || holdout >= goldById.size()) {
            System.err.println("byline: --holdout must be between 0 and " + (goldById.size() - 1));
            return 2;
        }
        if (!fold.matches("[012]") && !fold.equals(Folds.LATEST)) {
            System.err.println("byline: --holdout-fold must be 0, 1, 2 or " + Folds.LATEST);
            return 2;
        }
        List<String> ids = new ArrayList<>(goldById.keySet());
        List<Article> all = PolnearFiles.readArticles(articles, goldById::containsKey);
        java.util.Set<String> heldIds = Folds.heldOut(ids, holdout, fold, all);
        Map<String, List<GoldAttribution>> held = new LinkedHashMap<>();
        Map<String, List<Labelled>> training = new LinkedHashMap<>();
        for (String id : ids) {
            if (heldIds.contains(id)) held.put(id, goldById.get(id));
            else training.put(id, labelled(goldById.get(id)));
        }
        TextModels text = App.text(spec);
        long started = System.nanoTime();
        AttributionTraining.Trained trained = new AttributionTraining(text, iterations, Runtime.getRuntime().availableProcessors())
                .train(all, training, line -> System.err.println("train: " + line));
        System.err.printf("train: %d articles, %d cue and %d argument events in %.0f s%n", training.size(),
                trained.cueEvents(), trained.argumentEvents(), (System.nanoTime() - started) / 1e9);
        if (holdout > 0) {
            List<Article> scored = all.stream().filter(a -> held.containsKey(a.id())).toList();
            System.out.println("Held out " + scored.size() + " articles, rules alone:");
            System.out.println(EvalAttributionsCommand.toTable(new AttributionEvaluation(AttributionExtractor.rulesOnly(text), dev.byline.eval.Referents.shipped()).run(scored, held)));
            System.out.println("Held out " + scored.size() + " articles, trained taggers:");
            System.out.println(EvalAttributionsCommand.toTable(new AttributionEvaluation(trained.extractor(), dev.byline.eval.Referents.shipped()).run(scored, held)));
            if (out == null) return 0;
        }
        if (out == null) out = Path.of(SHIPPED);
        trained.save(out);
        System.out.println("wrote the attribution models to " + out);
        return 0;
    }

    private static List<Labelled> labelled(List<GoldAttribution> gold) {
        return gold.stream().map(g -> new Labelled(g.source(), g.cue(), g.contentPieces())).toList();
    }
}
