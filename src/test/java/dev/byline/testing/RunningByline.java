package dev.byline.testing;

import dev.byline.Byline;
import dev.byline.config.LlmSettings;
import dev.byline.index.IngestListener;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.List;

/** A real Byline server on a random port over a fresh index of the given articles (the seed article by default). */
public final class RunningByline implements AutoCloseable {

    private final Byline byline;
    private final Javalin server;
    private final Http http;

    private RunningByline(Byline byline, List<Path> articles) {
        this(byline, articles, true);
    }

    private RunningByline(Byline byline, List<Path> articles, boolean metrics) {
        this.byline = byline;
        byline.indexer().ingest(articles, false, IngestListener.SILENT);
        this.server = byline.web(metrics).start("127.0.0.1", 0);
        this.http = new Http(server.port());
    }

    /** Serves the seed article from an index under {@code dir}. */
    public static RunningByline onSeed(Path dir) {
        return new RunningByline(new Byline(Models.TEXT, dir.resolve("index")), List.of(Corpora.SEED));
    }

    /** Serves the seed article, answering through the given LLM settings. */
    public static RunningByline onSeed(Path dir, LlmSettings llm) {
        return new RunningByline(new Byline(Models.TEXT, dir.resolve("index"), llm), List.of(Corpora.SEED));
    }

    /** Serves {@code byline} (an index Byline built, maybe with Slack or an LLM) once it has ingested {@code articles}. */
    public static RunningByline of(Byline byline, List<Path> articles) {
        return new RunningByline(byline, articles);
    }

    /** Serves an empty index with BYLINE_METRICS=off. */
    public static RunningByline withoutMetrics(Path dir) {
        return new RunningByline(new Byline(Models.TEXT, dir.resolve("index")), List.of(), false);
    }

    /** Serves the given files or folders. */
    public static RunningByline on(Path dir, List<Path> articles) {
        return new RunningByline(new Byline(Models.TEXT, dir.resolve("index")), articles);
    }

    public Byline byline() {
        return byline;
    }

    public Http http() {
        return http;
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() throws java.io.IOException {
        server.stop();
        byline.close();
    }
}
