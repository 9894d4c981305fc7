package dev.byline.cli;

import dev.byline.App;
import dev.byline.Byline;
import dev.byline.config.LlmSettings;
import dev.byline.config.Settings;
import dev.byline.config.Storage;
import dev.byline.config.SlackSettings;
import dev.byline.index.VectorFiller;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code byline serve}: the HTTP API and the chat page; ingests the corpus first when the index is empty. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the chat page and HTTP API (ingests the corpus first when the index is empty).")
public final class ServeCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--port", description = "Port (default: $BYLINE_PORT or 7070).") Integer port;
    @Option(names = "--host", description = "Address to bind (default: $BYLINE_HOST or 127.0.0.1).") String host;
    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: $BYLINE_INDEX or data/index).") Path index;
    @Option(names = "--corpus", paramLabel = "DIR", description = "Articles to ingest when the index is empty (default: $BYLINE_CORPUS or corpus/).") Path corpus;
    @Option(names = "--solr", paramLabel = "URLS", description = "Use the SolrCloud at these node URLs, comma-separated (default: $BYLINE_SOLR; unset: the embedded index).") String solr;

    /** How often the server looks for commits from an ingest running beside it. */
    static final long REFRESH_MILLIS = 2_000;

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.resolve(new Settings.Flags(host, port, index, corpus), System.getenv());
        SlackSettings slack = SlackSettings.resolve(System.getenv());
        LlmSettings llm = LlmSettings.fromEnv(System.getenv());
        Storage storage = Storage.resolve(settings.index(), solr, System.getenv());
        Byline byline = new Byline(App.text(spec), storage, llm, slack, App.embedder());
        byline.store().followCommits(Duration.ofMillis(REFRESH_MILLIS));
        Javalin app = byline.web(settings.metrics());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            try {
                byline.close();
            } catch (Exception ignored) {
                // shutting down anyway
            }
            stopped.countDown();
        }));
        app.start(settings.host(), settings.port());
        int articles = byline.search().articleCount();
        System.out.printf("Byline is serving %,d article%s from %s at http://%s:%d (Ctrl+C stops)%n",
                articles, articles == 1 ? "" : "s", storage.describe(), settings.host(), app.port());
        if (slack.enabled()) {
            System.out.printf("Slack: events at /slack/events, %s at /slack/commands, buttons at /slack/actions%n", slack.command());
        }
        System.out.println(byline.llmStatus());
        // The page and /health answer at once; a first corpus is read behind them (the parser alone takes ~20 s to load).
        // Then passages without vectors get them, while BM25 answers; an ingest beside the server is waited for.
        Thread.ofPlatform().daemon().name("corpus-ingest").start(() -> {
            try {
                IngestCommand.ingestCorpusIfEmpty(byline, settings.corpus(), System.out);
            } catch (RuntimeException e) {
                System.err.println("byline: ingesting " + settings.corpus() + " failed: " + e.getMessage());
            }
            byline.vectors().ifPresent(vectors -> fillVectorsEvery(vectors, Duration.ofMinutes(1)));
        });
        stopped.await();
        return 0;
    }

    /** Gives new passages (from ingests beside the server) their vectors, looking again every {@code pause}. */
    private static void fillVectorsEvery(VectorFiller vectors, Duration pause) {
        try {
            while (true) {
                try {
                    IngestCommand.fillVectors(vectors, System.out);
                } catch (RuntimeException e) {
                    System.err.println("byline: embedding passages failed, searching by words alone meanwhile: " + e.getMessage());
                }
                Thread.sleep(pause.toMillis());
            }
        } catch (InterruptedException stop) {
            // the server is stopping
        }
    }
}
