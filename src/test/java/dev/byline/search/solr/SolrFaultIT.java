package dev.byline.search.solr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Byline;
import dev.byline.chat.ChatRequest;
import dev.byline.config.LlmSettings;
import dev.byline.config.SlackSettings;
import dev.byline.config.Storage;
import dev.byline.corpus.Article;
import dev.byline.index.IngestListener;
import dev.byline.index.IngestReport;
import dev.byline.index.solr.LocalCloud;
import dev.byline.index.solr.SolrCollection;
import dev.byline.search.SearchFilter;
import dev.byline.testing.Corpora;
import dev.byline.testing.Http;
import dev.byline.testing.Models;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults on a real 3-node SolrCloud of its own (2 shards of 2 replicas), all on loopback and bounded in count and time:
 * a node stops while questions are being answered, a node stops while an ingest runs, ZooKeeper stops under a server.
 */
class SolrFaultIT {

    private static final String COLLECTION = "faults";
    private static LocalCloud cloud;

    @TempDir
    Path dir;

    @BeforeAll
    static void start(@TempDir Path clusterDir) {
        long t0 = System.nanoTime();
        cloud = LocalCloud.start(3, clusterDir.resolve("cloud"), 0);
        System.out.printf("faults: 3 nodes up in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    }

    @AfterAll
    static void stop() {
        if (cloud != null) cloud.close();
    }

    private static SolrCollection fresh() {
        SolrCollection c = SolrCollection.connect(cloud.address(), COLLECTION);
        c.drop();
        c.init(2, 2);
        return c;
    }

    private Byline byline() {
        return new Byline(Models.TEXT, new Storage.Solr(cloud.address(), COLLECTION), LlmSettings.NONE, SlackSettings.DISABLED, null);
    }

    /**
     * {@code n} small articles, each with a quote, so extraction and the quote index have work. They share most words,
     * so only questions that name one of them (its number, its mayor) have a single best answer; the replicas of a
     * shard may order tied documents differently.
     */
    private Path articles(int n) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            articles.add(Corpora.article("fault-" + i, "Bridge " + i + " reopens in Town" + i, "Wire", "2024-03-" + String.format("%02d", 1 + i % 28),
                    "Officials in Town" + i + " said the bridge number " + i + " would reopen on Monday. “We are ready for traffic again,” Mayor Person"
                            + i + " said at a briefing on the river crossing."));
        }
        return Corpora.jsonl(dir, "faults.jsonl", articles);
    }

    @Test
    void questions_keep_their_answers_while_a_node_stops_and_rejoins() throws Exception {
        try (SolrCollection c = fresh(); Byline byline = byline()) {
            byline.indexer().ingest(List.of(Corpora.SEED, articles(40)), false, IngestListener.SILENT);
            List<String> questions = List.of("Who ordered the troops out of Syria?", "What did Putin say about Syria?", "What did Mayor Person30 say about traffic?",
                    "When will bridge number 7 reopen?", "What did Mayor Person12 say?");
            Map<String, String> expected = new java.util.HashMap<>();
            for (String q : questions) expected.put(q, answer(byline, q));

            int total = 600;
            AtomicInteger asked = new AtomicInteger(), wrong = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            CountDownLatch third = new CountDownLatch(total / 3), twoThirds = new CountDownLatch(2 * total / 3);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> load = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            for (int t = 0; t < 4; t++) {
                load.add(pool.submit(() -> {
                    int i;
                    while ((i = asked.getAndIncrement()) < total && System.nanoTime() < deadline) {
                        String q = questions.get(i % questions.size());
                        try {
                            if (!answer(byline, q).equals(expected.get(q))) wrong.incrementAndGet();
                        } catch (RuntimeException e) {
                            failures.add(e.toString());
                        }
                        third.countDown();
                        twoThirds.countDown();
                    }
                }));
            }
            third.await(3, TimeUnit.MINUTES);
            cloud.stopNode(2);
            twoThirds.await(3, TimeUnit.MINUTES);
            cloud.startNode(2);
            for (Future<?> f : load) f.get(5, TimeUnit.MINUTES);
            pool.shutdown();
            System.out.printf("faults: %d answers while node 2 stopped and restarted: %d failed, %d differed%n", Math.min(asked.get(), total), failures.size(), wrong.get());
            assertThat(failures).isEmpty();
            assertThat(wrong.get()).isZero();
            assertThat(asked.get()).isGreaterThanOrEqualTo(total);
            awaitReplicasInStep(c);
        }
    }

    @Test
    void an_ingest_loses_nothing_while_a_node_stops_and_the_node_catches_up_after() throws Exception {
        int n = 120;
        try (SolrCollection c = fresh(); Byline byline = byline()) {
            Path file = articles(n);
            CountDownLatch begun = new CountDownLatch(10);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            Future<IngestReport> ingest = pool.submit(() -> byline.indexer().ingest(List.of(file), false, new IngestListener() {
                @Override
                public void progressed(long done) {
                    begun.countDown();
                }
            }));
            assertThat(begun.await(3, TimeUnit.MINUTES)).isTrue();
            long t0 = System.nanoTime();
            cloud.stopNode(3);
            System.out.printf("faults: node 3 stopped in %d ms during the ingest%n", (System.nanoTime() - t0) / 1_000_000);
            IngestReport report = ingest.get(5, TimeUnit.MINUTES);
            pool.shutdown();
            assertThat(report.added()).isEqualTo(n);
            assertThat(byline.search().articleCount()).isEqualTo(n);
            long t1 = System.nanoTime();
            cloud.startNode(3);
            awaitReplicasInStep(c);
            System.out.printf("faults: ingest of %d articles complete with node 3 down; node 3 rejoined and caught up in %d ms%n", n, (System.nanoTime() - t1) / 1_000_000);
            assertThat(byline.indexer().ingest(List.of(file), false, IngestListener.SILENT).unchanged()).isEqualTo(n);
        }
    }

    @Test
    void health_says_unavailable_while_zookeeper_is_down_and_recovers() throws Exception {
        try (SolrCollection c = fresh(); Byline byline = byline()) {
            byline.indexer().ingest(List.of(Corpora.SEED), false, IngestListener.SILENT);
            Javalin app = byline.web(false).start("127.0.0.1", 0);
            try {
                Http http = new Http(app.port());
                assertThat(http.get("/health").status()).isEqualTo(200);
                cloud.stopZooKeeper();
                long t0 = System.nanoTime();
                Http.Reply down = awaitHealth(http, 503, 90);
                System.out.printf("faults: ZooKeeper stopped: /health 503 after %d ms: %s%n", (System.nanoTime() - t0) / 1_000_000, down.body());
                assertThat(down.json().path("status").asText()).isEqualTo("unavailable");
                assertThat(down.json().path("message").asText()).isNotBlank();
                cloud.startZooKeeper();
                long t1 = System.nanoTime();
                awaitHealth(http, 200, 180);
                System.out.printf("faults: ZooKeeper back: /health 200 after %d ms%n", (System.nanoTime() - t1) / 1_000_000);
                assertThat(byline.chat().chat(new ChatRequest("Who ordered the troops out of Syria?", null, SearchFilter.NONE)).citations()).isNotEmpty();
            } finally {
                app.stop();
            }
        }
    }

    private static Http.Reply awaitHealth(Http http, int status, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Http.Reply reply = null;
        while (System.nanoTime() < deadline) {
            reply = http.get("/health");
            if (reply.status() == status) return reply;
            Thread.sleep(500);
        }
        throw new AssertionError("/health did not answer " + status + " within " + seconds + " s; last: " + (reply == null ? "none" : reply.status() + " " + reply.body()));
    }

    private static String answer(Byline byline, String question) {
        return byline.chat().chat(new ChatRequest(question, null, SearchFilter.NONE)).answer().text();
    }

    /** Waits until every replica is active and each shard's replicas hold the same number of documents. */
    @SuppressWarnings("unchecked")
    private static void awaitReplicasInStep(SolrCollection c) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        String last = "";
        while (System.nanoTime() < deadline) {
            Map<String, Map<String, Object>> shards = c.shards();
            boolean inStep = true;
            StringBuilder seen = new StringBuilder();
            for (var shard : shards.entrySet()) {
                Map<String, Map<String, Object>> replicas = (Map<String, Map<String, Object>>) shard.getValue().get("replicas");
                java.util.Set<Long> counts = new java.util.HashSet<>();
                for (Map<String, Object> r : replicas.values()) {
                    if (!"active".equals(r.get("state"))) {
                        inStep = false;
                        continue;
                    }
                    try (HttpJdkSolrClient core = new HttpJdkSolrClient.Builder((String) r.get("base_url")).build()) {
                        long count = core.query((String) r.get("core"), new SolrQuery("*:*").setRows(0).setParam("distrib", "false")).getResults().getNumFound();
                        counts.add(count);
                    }
                }
                seen.append(shard.getKey()).append(counts).append(' ');
                if (counts.size() != 1 || replicas.size() != 2) inStep = false;
            }
            if (inStep) return;
            last = seen.toString();
            Thread.sleep(1_000);
        }
        throw new AssertionError("replicas not in step within 3 minutes: " + last);
    }
}
