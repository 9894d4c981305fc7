package dev.byline.cli;

import dev.byline.App;
import dev.byline.Byline;
import dev.byline.config.Settings;
import dev.byline.config.Storage;
import dev.byline.config.LlmSettings;
import dev.byline.config.SlackSettings;
import dev.byline.index.IngestReport;
import dev.byline.index.VectorFiller;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code byline ingest PATH... [--index DIR] [--prune]}. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Read articles (.jsonl, .jsonl.gz, .json, .txt, .md, .html) from files or folders into the index.")
public final class IngestCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read, recursively.")
    List<Path> paths;

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: $BYLINE_INDEX or data/index).")
    Path index;

    @Option(names = "--solr", paramLabel = "URLS", description = "Use the SolrCloud at these node URLs, comma-separated (default: $BYLINE_SOLR; unset: the embedded index).") String solr;

    @Option(names = "--prune", description = "Remove articles whose files have left the given folders.")
    boolean prune;

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.resolve(new Settings.Flags(null, null, index, null), System.getenv());
        Storage storage = Storage.resolve(settings.index(), solr, System.getenv());
        try (Byline byline = new Byline(App.text(spec), storage, LlmSettings.NONE, SlackSettings.DISABLED, App.embedder())) {
            System.out.println("Ingesting " + paths + " into " + storage.describe());
            IngestReport report = byline.indexer().ingest(paths, prune, new IngestPrinter(System.out, System.console() != null));
            if (report.foundNothing()) {
                System.err.println("byline: no valid articles found in " + paths);
                return 1;
            }
            System.out.printf("The index now holds %,d articles.%n", byline.search().articleCount());
            if (byline.vectors().isPresent()) fillVectors(byline.vectors().get(), System.out);
            return 0;
        }
    }

    /**
     * Embeds the passages that lack vectors, with a progress line every ten seconds; BM25 answers meanwhile, and a
     * run that is stopped resumes where it was.
     */
    static void fillVectors(VectorFiller vectors, java.io.PrintStream out) throws InterruptedException {
        long pending = vectors.count();
        if (pending == 0) return;
        out.printf("Embedding %,d passages for search by meaning (stopping keeps what is done; BYLINE_VECTORS=off skips this) ...%n", pending);
        long[] lastPrinted = {System.nanoTime()};
        long done = vectors.fill(() -> false, (embedded, remaining, perSecond) -> {
            if (System.nanoTime() - lastPrinted[0] < 10e9 && remaining > 0) return;
            lastPrinted[0] = System.nanoTime();
            out.printf("  %,d embedded, %,d to go, %.0f passages/s%s%n", embedded, remaining, perSecond,
                    perSecond > 0 && remaining > 0 ? ", about " + IngestPrinter.clock((long) (remaining / perSecond)) + " left" : "");
        });
        out.printf("Embedded %,d passages.%n", done);
    }

    /**
     * Ingests the corpus into an empty index (serve and ask on a fresh clone), reporting on {@code out}; quiet when
     * there is nothing to do.
     */
    static void ingestCorpusIfEmpty(Byline byline, Path corpus, java.io.PrintStream out) {
        if (byline.search().articleCount() > 0) return;
        if (!corpus.toFile().exists()) {
            System.err.println("byline: the index is empty and the corpus folder " + corpus + " does not exist; ingest articles with ./byline ingest PATH");
            return;
        }
        out.println("The index is empty; ingesting " + corpus + ".");
        byline.indexer().ingest(List.of(corpus), false, new IngestPrinter(out, false));
        out.printf("Ingested %s: the index now holds %,d articles.%n", corpus, byline.search().articleCount());
    }
}
