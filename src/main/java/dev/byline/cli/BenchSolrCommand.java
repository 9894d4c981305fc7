package dev.byline.cli;

import dev.byline.App;
import dev.byline.Byline;
import dev.byline.bench.ChatLoad;
import dev.byline.bench.GeneratedSection;
import dev.byline.config.LlmSettings;
import dev.byline.config.SlackSettings;
import dev.byline.config.Storage;
import dev.byline.index.IngestListener;
import dev.byline.index.IngestReport;
import dev.byline.index.solr.LocalCloud;
import dev.byline.index.solr.SolrCollection;
import dev.byline.index.solr.SolrIndex;
import dev.byline.web.Json;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code byline bench solr}: the embedded index and a local SolrCloud side by side in one run, on the same articles and
 * questions: the cluster's start-up, ingest throughput, index size, and {@code /api/chat} latency over HTTP.
 */
@Command(name = "solr", mixinStandardHelpOptions = true,
        description = "Compare the embedded index with a local SolrCloud: start-up, ingest, index size, /api/chat latency; updates docs/scale.md.")
public final class BenchSolrCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--articles", defaultValue = "../shared/data/polnear/articles.jsonl", paramLabel = "FILE",
            description = "Articles to ingest into both (default: ${DEFAULT-VALUE}).") Path articles;
    @Option(names = "--questions", defaultValue = "../shared/data/polnear/qa-who-said-dev.jsonl", paramLabel = "FILE",
            description = "Questions to ask, one JSON object per line with \"question\" (default: ${DEFAULT-VALUE}).") Path questions;
    @Option(names = "--nodes", defaultValue = "3", description = "Solr nodes (default: ${DEFAULT-VALUE}).") int nodes;
    @Option(names = "--shards", defaultValue = "2", description = "Shards (default: ${DEFAULT-VALUE}).") int shards;
    @Option(names = "--replicas", defaultValue = "2", description = "Replicas per shard (default: ${DEFAULT-VALUE}).") int replicas;
    @Option(names = "--runs", defaultValue = "3", description = "Ingest runs per store, alternating; the median counts (default: ${DEFAULT-VALUE}).") int runs;
    @Option(names = "--requests", defaultValue = "300", description = "Chat requests per concurrency level (default: ${DEFAULT-VALUE}).") int requests;
    @Option(names = "--concurrency", defaultValue = "1,8", split = ",", description = "Concurrency levels (default: ${DEFAULT-VALUE}).") List<Integer> concurrency;
    @Option(names = "--out", defaultValue = "docs/scale.md", paramLabel = "FILE", description = "Page whose measured section is replaced (default: ${DEFAULT-VALUE}).") Path out;

    static final String BEGIN = "<!-- bench solr: begin -->", END = "<!-- bench solr: end -->";

    record Side(String store, double ingestSeconds, long articles, long indexBytes, List<ChatLoad.Result> chat, Double requestsPerAnswer) {}

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(articles) || !Files.isReadable(questions)) {
            System.err.println("byline: bench solr needs readable --articles and --questions (got " + articles + ", " + questions + ")");
            return 2;
        }
        List<String> asked = new ArrayList<>();
        for (String line : Files.readAllLines(questions)) if (!line.isBlank()) asked.add(Json.mapper().readTree(line).path("question").asText());
        Path work = Files.createTempDirectory("byline-bench-solr");
        String commit = EvalReportCommand.commit();
        try {
            System.err.printf("bench solr: starting %d Solr nodes ...%n", nodes);
            long t0 = System.nanoTime();
            try (LocalCloud cloud = LocalCloud.start(nodes, work.resolve("cloud"), 0)) {
                double startSeconds = (System.nanoTime() - t0) / 1e9;
                // Ingests alternate between the stores, each run into a fresh index or collection; the median counts.
                List<Double> embeddedSeconds = new ArrayList<>(), clusterSeconds = new ArrayList<>();
                Path index = null;
                Storage.Solr cluster = new Storage.Solr(cloud.address(), "bench");
                for (int r = 1; r <= runs; r++) {
                    if (index != null) EvalQaCommand.deleteTree(index);
                    index = work.resolve("index-" + r);
                    embeddedSeconds.add(ingest("embedded Lucene", new Storage.Embedded(index), r));
                    try (SolrCollection collection = SolrCollection.connect(cloud.address(), cluster.collection())) {
                        collection.drop();
                        collection.init(shards, replicas);
                    }
                    clusterSeconds.add(ingest("SolrCloud", cluster, r));
                }
                Path lastIndex = index;
                List<Side> sides = new ArrayList<>();
                sides.add(side("embedded Lucene", new Storage.Embedded(lastIndex), median(embeddedSeconds), asked, () -> bytes(lastIndex)));
                // Every replica holds a full copy of its shard: the size per copy of the collection is the total over the replication factor.
                sides.add(side("SolrCloud %d nodes, %d×%d".formatted(nodes, shards, replicas), cluster, median(clusterSeconds), asked,
                        () -> bytes(work.resolve("cloud")) / replicas));
                String section = markdown(startSeconds, sides, commit);
                System.out.println(section);
                String page = Files.exists(out) ? Files.readString(out) : "# Scale\n";
                Files.writeString(out, GeneratedSection.replace(page, BEGIN, END, BEGIN + "\n" + section + END + "\n"));
                System.out.println("Wrote " + out);
            }
            return 0;
        } finally {
            EvalQaCommand.deleteTree(work);
        }
    }

    private interface Size {
        long bytes() throws IOException;
    }

    private double ingest(String name, Storage storage, int run) throws Exception {
        try (Byline byline = new Byline(App.text(spec), storage, LlmSettings.NONE, SlackSettings.DISABLED, null)) {
            IngestReport report = byline.indexer().ingest(List.of(articles), false, IngestListener.SILENT);
            System.err.printf("bench solr: run %d: %s ingested %d articles in %.1f s%n", run, name, report.added(), report.seconds());
            return report.seconds();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private Side side(String name, Storage storage, double ingestSeconds, List<String> asked, Size size) throws Exception {
        try (Byline byline = new Byline(App.text(spec), storage, LlmSettings.NONE, SlackSettings.DISABLED, null)) {
            long articleCount = byline.search().articleCount();
            List<ChatLoad.Result> chat = new ArrayList<>();
            Javalin server = byline.web(false).start("127.0.0.1", 0);
            SolrCollection cluster = byline.store() instanceof SolrIndex solr ? solr.collection() : null;
            long sent;
            try {
                ChatLoad.overHttp(server.port(), asked, 4, Math.min(100, requests)); // warm-up
                sent = cluster == null ? 0 : cluster.requests();
                for (int c : concurrency) {
                    System.err.printf("bench solr: %s: /api/chat at concurrency %d ...%n", name, c);
                    chat.add(ChatLoad.overHttp(server.port(), asked, c, requests));
                }
            } finally {
                server.stop();
            }
            Double perAnswer = cluster == null ? null : (cluster.requests() - sent) / (double) (requests * concurrency.size());
            return new Side(name, ingestSeconds, articleCount, size.bytes(), chat, perAnswer);
        }
    }

    private static long bytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.toString().contains("zookeeper") && !p.toString().endsWith(".log"))
                    .mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private String markdown(double startSeconds, List<Side> sides, String commit) {
        StringBuilder md = new StringBuilder();
        md.append("Measured by `byline bench solr` on ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(" at commit `").append(commit).append("`, ").append(EvalReportCommand.machine()).append(", both stores side by side in one run: ")
                .append(articles.getFileName()).append(" ingested in process with full extraction, ").append(runs)
                .append(" times into each, alternating (ingest seconds are the median), then ").append(requests)
                .append(" `/api/chat` requests per concurrency level over HTTP from ").append(questions.getFileName()).append(". The local cluster (")
                .append(nodes).append(" Solr 9.10.1 nodes and ZooKeeper on loopback, one machine) started in ")
                .append(String.format(Locale.ROOT, "%.1f s.%n%n", startSeconds));
        md.append("| store | articles | ingest s | articles/s | index MB (one copy) | KB/article | store requests per answer |");
        for (int c : concurrency) md.append(" c=").append(c).append(" p50 / p95 ms | c=").append(c).append(" answers/s |");
        md.append("\n|---|---:|---:|---:|---:|---:|---:|");
        for (int ignored : concurrency) md.append("---:|---:|");
        md.append('\n');
        for (Side s : sides) {
            md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %.1f | %s |", s.store(), s.articles(), s.ingestSeconds(),
                    s.articles() / s.ingestSeconds(), s.indexBytes() / 1e6, s.indexBytes() / 1e3 / Math.max(1, s.articles()),
                    s.requestsPerAnswer() == null ? "in process" : String.format(Locale.ROOT, "%.1f", s.requestsPerAnswer())));
            for (ChatLoad.Result r : s.chat()) {
                md.append(String.format(Locale.ROOT, " %.1f / %.1f | %.0f |", r.p50(), r.p95(), r.perSecond()));
                if (r.errors() > 0) md.append(" (").append(r.errors()).append(" errors)");
            }
            md.append('\n');
        }
        return md.toString();
    }
}
