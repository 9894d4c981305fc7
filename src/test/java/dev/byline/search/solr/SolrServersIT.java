package dev.byline.search.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.Byline;
import dev.byline.config.LlmSettings;
import dev.byline.config.SlackSettings;
import dev.byline.config.Storage;
import dev.byline.corpus.Article;
import dev.byline.index.IngestListener;
import dev.byline.index.IngestReport;
import dev.byline.index.solr.SolrCollection;
import dev.byline.testing.Corpora;
import dev.byline.testing.FakeSlack;
import dev.byline.testing.Http;
import dev.byline.testing.Models;
import dev.byline.testing.RunningByline;
import dev.byline.testing.SlackRequests;
import dev.byline.testing.SolrClusters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several Byline processes on one SolrCloud collection: two ingest workers feeding it at once, and two servers behind
 * one (imagined) load balancer sharing conversations and Slack's event ids through the cluster.
 */
class SolrServersIT {

    static final String SECRET = "test-signing-secret";
    static final String TOKEN = "xoxb-test-token";

    @TempDir
    Path dir;

    private Byline onCluster(String collection, SlackSettings slack) {
        return new Byline(Models.TEXT, new Storage.Solr(SolrClusters.shared().address(), collection), LlmSettings.NONE, slack, null);
    }

    private Path articles(String name, int from, int to) {
        List<Article> articles = new ArrayList<>();
        for (int i = from; i < to; i++) {
            articles.add(Corpora.article("w-" + i, "Council " + i + " votes on budget", "Wire", "2024-05-" + String.format("%02d", 1 + i % 28),
                    "The council of District" + i + " voted on the budget on Tuesday. “This budget number " + i + " is fair,” Chair Member" + i + " said."));
        }
        return Corpora.jsonl(dir, name, articles);
    }

    @Test
    void two_ingest_workers_feeding_one_collection_leave_every_article_once() throws Exception {
        Path a = articles("a.jsonl", 0, 40), shared = articles("shared.jsonl", 40, 60), b = articles("b.jsonl", 60, 100);
        try (SolrCollection c = SolrClusters.freshCollection("workers"); Byline one = onCluster("workers", SlackSettings.DISABLED);
             Byline two = onCluster("workers", SlackSettings.DISABLED)) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Future<IngestReport> first = pool.submit(() -> one.indexer().ingest(List.of(a, shared), false, IngestListener.SILENT));
            Future<IngestReport> second = pool.submit(() -> two.indexer().ingest(List.of(shared, b), false, IngestListener.SILENT));
            IngestReport r1 = first.get(), r2 = second.get();
            pool.shutdown();
            System.out.printf("workers: %s / %s%n", r1, r2);
            assertThat(one.search().articleCount()).isEqualTo(100);
            var twice = c.client().query("workers", new SolrQuery("kind:article").setRows(0).setFacet(true).addFacetField("article_id").setFacetMinCount(2));
            assertThat(twice.getFacetField("article_id").getValues()).isEmpty();
            long passages = one.search().counts().passages();
            assertThat(one.indexer().ingest(List.of(a, shared, b), false, IngestListener.SILENT).unchanged()).isEqualTo(100);
            assertThat(two.search().counts().passages()).isEqualTo(passages);
        }
    }

    @Test
    void a_conversation_started_on_one_server_continues_on_another() throws Exception {
        try (SolrCollection c = SolrClusters.freshCollection("servers");
             RunningByline left = RunningByline.of(onCluster("servers", SlackSettings.DISABLED), List.of(Corpora.SEED));
             RunningByline right = RunningByline.of(onCluster("servers", SlackSettings.DISABLED), List.of())) {
            String first = "What did Putin say about Syria?", followUp = "Who is he?";
            // Asked entirely on one server: the reference.
            JsonNode alone = left.http().postJson("/api/chat", Map.of("message", first)).json();
            JsonNode aloneFollow = left.http().postJson("/api/chat", Map.of("message", followUp, "conversationId", alone.get("conversationId").asText())).json();
            // Started on the left, continued on the right.
            JsonNode started = left.http().postJson("/api/chat", Map.of("message", first)).json();
            Http.Reply continued = right.http().postJson("/api/chat", Map.of("message", followUp, "conversationId", started.get("conversationId").asText()));
            assertThat(continued.status()).isEqualTo(200);
            assertThat(continued.json().path("answer").path("text").asText()).isEqualTo(aloneFollow.path("answer").path("text").asText()).contains("Putin");
            // Without the conversation the right server cannot know who "he" is.
            JsonNode fresh = right.http().postJson("/api/chat", Map.of("message", followUp)).json();
            assertThat(fresh.path("answer").path("text").asText()).isNotEqualTo(aloneFollow.path("answer").path("text").asText());
        }
    }

    @Test
    void a_slack_event_delivered_to_both_servers_is_answered_once() throws Exception {
        try (FakeSlack slack = new FakeSlack(TOKEN); SolrCollection c = SolrClusters.freshCollection("slack")) {
            SlackSettings settings = new SlackSettings(SECRET, TOKEN, slack.apiUrl(), "/byline", true, null);
            try (RunningByline left = RunningByline.of(onCluster("slack", settings), List.of(Corpora.SEED));
                 RunningByline right = RunningByline.of(onCluster("slack", settings), List.of())) {
                String mention = SlackRequests.appMention("Ev-TWO-SERVERS", "C0TWO", "1700000099.000100", null, "<@UBYLINE> Who ordered the troops out of Syria?");
                assertThat(new SlackRequests(left.port(), SECRET).event(mention).status()).isEqualTo(200);
                // Slack retries the event; the load balancer sends the retry to the other server.
                assertThat(new SlackRequests(right.port(), SECRET).post("/slack/events", "application/json", mention, SlackRequests.Signing.now(),
                        Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout")).status()).isEqualTo(200);
                slack.await("reactions.remove", "timestamp", "1700000099.000100", Duration.ofSeconds(20));
                Thread.sleep(1_000);
                assertThat(slack.calls("chat.postMessage")).hasSize(1);
                assertThat(slack.calls("chat.postMessage").getFirst().field("text")).contains("Putin");
            }
        }
    }

    @Test
    void a_missing_collection_or_one_of_another_schema_version_stops_start_up_in_one_line() throws Exception {
        String address = SolrClusters.shared().address();
        assertThatThrownBy(() -> onCluster("nothing-here", SlackSettings.DISABLED))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not exist").hasMessageContaining("byline solr init");

        // A collection made from an older configset: same files, another schema version in its name.
        Path zip = dir.resolve("old.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (String file : List.of("solrconfig.xml", "schema.xml", "stopwords_en.txt")) {
                String text = new String(SolrServersIT.class.getResourceAsStream("/solr/configset/" + file).readAllBytes(), StandardCharsets.UTF_8);
                out.putNextEntry(new java.util.zip.ZipEntry(file));
                out.write(text.replace("name=\"" + SolrCollection.SCHEMA + "\"", "name=\"byline-0\"").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        try (SolrCollection old = SolrCollection.connect(address, "old-schema")) {
            old.drop();
            new ConfigSetAdminRequest.Upload().setConfigSetName("byline-0").setUploadFile(zip, "application/zip").setOverwrite(true).process(old.client());
            CollectionAdminRequest.createCollection("old-schema", "byline-0", 1, 1).process(old.client());
            assertThatThrownBy(() -> onCluster("old-schema", SlackSettings.DISABLED))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("byline-0").hasMessageContaining(SolrCollection.SCHEMA);
            old.drop();
        }
    }
}
