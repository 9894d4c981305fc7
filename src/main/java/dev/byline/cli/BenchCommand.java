package dev.byline.cli;

import dev.byline.App;
import dev.byline.Byline;
import dev.byline.bench.BenchReport;
import dev.byline.bench.ChatLoad;
import dev.byline.bench.IngestRuns;
import dev.byline.index.IngestListener;
import dev.byline.web.Json;
import io.javalin.Javalin;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code byline bench}: ingest throughput, memory and stage times on a sample of articles (this build, and another
 * build's jar side by side when given), serve's start-up, and /api/chat latency at several concurrencies against raw
 * passage search on the same index; prints the figures and writes them as JSON and into docs/performance.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BenchSolrCommand.class,
        description = "Measure ingest speed and memory, start-up and answer latency; write docs/performance.md and a JSON report.")
public final class BenchCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--articles", defaultValue = "../shared/data/realtimeqa/articles.jsonl.gz", paramLabel = "FILE",
            description = "Articles (jsonl or jsonl.gz) to sample (default: ${DEFAULT-VALUE}).")
    Path articles;
    @Option(names = "--sample", defaultValue = "1000", description = "Articles in the sample (default: ${DEFAULT-VALUE}).") int sample;
    @Option(names = "--every", defaultValue = "26", description = "Take every Nth article of the file (default: ${DEFAULT-VALUE}).") int every;
    @Option(names = "--questions", defaultValue = "../shared/data/realtimeqa/qa-dev.jsonl", paramLabel = "FILE",
            description = "Questions (jsonl with a \"question\" field) for the latency runs (default: ${DEFAULT-VALUE}).")
    Path questions;
    @Option(names = "--runs", defaultValue = "3", description = "Ingest and start-up runs per build; medians are reported (default: ${DEFAULT-VALUE}).") int runs;
    @Option(names = "--requests", defaultValue = "300", description = "Chat requests per concurrency level (default: ${DEFAULT-VALUE}).") int requests;
    @Option(names = "--concurrency", defaultValue = "1,8,32", split = ",", description = "Concurrency levels (default: ${DEFAULT-VALUE}).") List<Integer> concurrency;
    @Option(names = "--baseline-jar", paramLabel = "JAR", description = "Another build's byline.jar, measured side by side.") Path baselineJar;

    @Option(names = "--baseline-java-opts", paramLabel = "OPTS", description = "JVM options the baseline's launcher gave it "
            + "(default: none, as before the launcher set -Xmx1536m on 2026-12-05).") String baselineJavaOpts = "";

    /** The heap the launcher ({@code byline}) gives every command but training; the bench starts this build the same way. */
    public static final String LAUNCHER_HEAP = "-Xmx1536m";
    @Option(names = "--out", defaultValue = "docs/performance.md", paramLabel = "FILE", description = "Markdown page to update (default: ${DEFAULT-VALUE}).") Path out;
    @Option(names = "--json", defaultValue = "docs/performance.json", paramLabel = "FILE", description = "JSON report (default: ${DEFAULT-VALUE}).") Path json;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(articles) || !Files.isReadable(questions)) {
            System.err.println("byline: bench needs readable --articles and --questions (got " + articles + ", " + questions + ")");
            return 2;
        }
        Path jar = Path.of(App.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!jar.toString().endsWith(".jar")) {
            System.err.println("byline: bench runs from the built jar (./byline bench), not from classes at " + jar);
            return 2;
        }
        String commit = EvalReportCommand.commit(); // the commit measured is the one checked out now, not at the end
        Path work = Files.createTempDirectory("byline-bench");
        try {
            Path sampleFile = work.resolve("sample.jsonl");
            long taken = sample(sampleFile);
            double sampleMb = Files.size(sampleFile) / 1e6;
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            List<IngestRuns.Run> ingestRuns = new ArrayList<>();
            for (int r = 1; r <= runs; r++) {
                ingestRuns.add(progress(IngestRuns.run("this build", java, List.of(LAUNCHER_HEAP), jar, sampleFile, work)));
                if (baselineJar != null) {
                    List<String> options = baselineJavaOpts.isBlank() ? List.of() : List.of(baselineJavaOpts.trim().split("\\s+"));
                    ingestRuns.add(progress(IngestRuns.run("baseline " + baselineJar.getFileName(), java, options, baselineJar, sampleFile, work)));
                }
            }
            Path index = work.resolve("index");
            Map<String, Double> stages;
            List<ChatLoad.Result> chat = new ArrayList<>();
            ChatLoad.Result bare;
            double heapAfter;
            List<String> asked = readQuestions();
            try (Byline byline = new Byline(App.text(spec), index)) {
                System.err.println("bench: one ingest in process for the stage times ...");
                byline.indexer().ingest(List.of(sampleFile), false, IngestListener.SILENT);
                stages = stageSeconds(byline.metrics());
                Javalin server = byline.web().start("127.0.0.1", 0);
                try {
                    ChatLoad.overHttp(server.port(), asked, 4, Math.min(100, requests)); // warm-up
                    for (int c : concurrency) {
                        System.err.printf("bench: /api/chat at concurrency %d ...%n", c);
                        chat.add(ChatLoad.overHttp(server.port(), asked, c, requests));
                    }
                    bare = ChatLoad.bareSearch(byline.search(), asked, requests);
                } finally {
                    server.stop();
                }
                System.gc();
                heapAfter = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6;
            }
            List<Double> startups = new ArrayList<>();
            for (int r = 0; r < runs; r++) startups.add(serveStartupMillis(java, jar, index, work));
            BenchReport report = new BenchReport(now(), commit, EvalReportCommand.machine(), "Java " + System.getProperty("java.version"),
                    "every %dth article of %s".formatted(every, articles), taken, sampleMb, runs, ingestRuns, stages,
                    IngestRuns.median(startups), chat, bare, heapAfter);
            Files.writeString(json, Json.write(report));
            String page = Files.exists(out) ? Files.readString(out) : "# Performance\n";
            Files.writeString(out, report.into(page));
            System.out.println(report.markdown());
            System.out.println("Wrote " + out + " and " + json);
            return 0;
        } finally {
            EvalQaCommand.deleteTree(work);
        }
    }

    private static IngestRuns.Run progress(IngestRuns.Run run) {
        System.err.printf("bench: %s ingested %d articles in %.1f s (peak heap %.0f MB)%n", run.build(), run.articles(), run.seconds(), run.peakHeapMb());
        return run;
    }

    /** Every {@link #every}th line of the articles file, up to {@link #sample}; returns the count. */
    private long sample(Path to) throws IOException {
        long n = 0, line = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(articles.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(articles)) : Files.newInputStream(articles), StandardCharsets.UTF_8));
             var w = Files.newBufferedWriter(to)) {
            for (String l; n < sample && (l = in.readLine()) != null; line++) {
                if (line % every != 0 || l.isBlank()) continue;
                w.write(l);
                w.newLine();
                n++;
            }
        }
        return n;
    }

    private List<String> readQuestions() throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(questions)) {
            if (line.isBlank()) continue;
            out.add(Json.mapper().readTree(line).path("question").asText());
        }
        return out;
    }

    private static Map<String, Double> stageSeconds(MeterRegistry registry) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String name : List.of("byline.ingest.stage", "byline.extract.stage")) {
            for (Timer t : registry.find(name).timers()) {
                out.put((name.contains("extract") ? "extraction: " : "ingest: ") + t.getId().getTag("stage"), t.totalTime(TimeUnit.SECONDS));
            }
        }
        return out;
    }

    /** Milliseconds from starting {@code serve} on {@code index} to its first answer on /health. */
    private static double serveStartupMillis(Path java, Path jar, Path index, Path work) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path empty = Files.createTempDirectory(work, "corpus-");
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED", LAUNCHER_HEAP, "-jar", jar.toString(), "serve",
                "--index", index.toString(), "--port", Integer.toString(port), "--corpus", empty.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("serve.log").toFile());
        builder.environment().put("BYLINE_VECTORS", "off"); // the bench's index has no vectors; start-up without the model
        Process p = builder.start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).timeout(Duration.ofSeconds(2)).build();
            while (System.nanoTime() - started < 120e9) {
                try {
                    if (client.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) return (System.nanoTime() - started) / 1e6;
                } catch (IOException notYet) {
                    Thread.sleep(20);
                }
                if (!p.isAlive()) throw new IllegalStateException("serve exited early; see its log");
            }
            throw new IllegalStateException("serve did not answer /health within 120 s");
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String now() {
        return ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    }
}
