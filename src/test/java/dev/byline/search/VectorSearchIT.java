package dev.byline.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.corpus.Article;
import dev.byline.index.AnalyzedArticle;
import dev.byline.index.Embedder;
import dev.byline.index.IndexBackend;
import dev.byline.index.VectorFiller;
import dev.byline.index.lucene.IndexStore;
import dev.byline.llm.LocalEmbedder;
import dev.byline.nlp.text.Passages;
import dev.byline.search.lucene.LuceneSearch;
import dev.byline.testing.Models;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Passage vectors with the real in-process model: a passage that shares no word with the question is found by
 * meaning, filters hold on the vector side, and vectors are filled in batches that a restart resumes without
 * embedding anything twice.
 */
public class VectorSearchIT {

    /** The real model, counting the passages it embeds. */
    public static final class Counting implements Embedder {
        static final LocalEmbedder MODEL = new LocalEmbedder();
        public final AtomicInteger passages = new AtomicInteger();

        @Override public int dimensions() { return MODEL.dimensions(); }
        @Override public List<float[]> passages(List<String> texts) { passages.addAndGet(texts.size()); return MODEL.passages(texts); }
        @Override public float[] question(String question) { return MODEL.question(question); }
    }

    public static final String QUESTION = "Which carmaker is recalling vehicles?";
    public static final List<Article> ARTICLES = List.of(
            new Article("trucks", "Brakes", "Wire", LocalDate.of(2024, 3, 1), null, null,
                    "Toyota is calling back 200,000 pickup trucks because their brakes can fail on icy roads."),
            new Article("mayor", "Council", "Wire", LocalDate.of(2024, 3, 2), null, null,
                    "The city council voted to recall the mayor after a long debate on Tuesday."),
            new Article("market", "Market day", "Other Wire", LocalDate.of(2024, 3, 3), null, null,
                    "Farmers brought their vehicles to the Saturday market, which was crowded again."));

    @TempDir Path dir;
    IndexStore store;
    Counting embedder;

    @BeforeEach
    void index() {
        store = IndexStore.open(dir.resolve("index"));
        embedder = new Counting();
        write(ARTICLES);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private void write(List<Article> articles) {
        Passages passages = new Passages(Models.TEXT.sentences());
        try (IndexBackend.Writer writer = store.open()) {
            for (Article a : articles) writer.replace(new AnalyzedArticle(a, null, "h-" + a.id() + a.text().hashCode(), passages.cut(a.text()), List.of()));
            writer.commit();
        }
        store.refresh();
    }

    private static List<String> articles(SearchResult result) {
        return result.hits().stream().map(PassageHit::articleId).toList();
    }

    @Test
    void a_passage_in_other_words_is_found_by_meaning_where_bm25_alone_misses_it() throws Exception {
        assertThat(articles(new LuceneSearch(store, embedder).passages(QUESTION, SearchFilter.NONE, 5)))
                .as("no vectors yet: BM25 alone").doesNotContain("trucks");

        new VectorFiller(store, embedder).fill(() -> false, (done, left, rate) -> {});

        assertThat(articles(new LuceneSearch(store).passages(QUESTION, SearchFilter.NONE, 5))).doesNotContain("trucks");
        assertThat(articles(new LuceneSearch(store, embedder).passages(QUESTION, SearchFilter.NONE, 5))).contains("trucks", "mayor", "market");
    }

    @Test
    void a_passage_without_words_is_marked_done_without_a_vector() throws Exception {
        Article photos = new Article("photos", "Photos", "Wire", LocalDate.of(2024, 3, 4), null, null, "Gallery\n\u00a0\u00a0\u00a0");
        try (IndexBackend.Writer writer = store.open()) {
            writer.replace(new AnalyzedArticle(photos, null, "h-photos",
                    List.of(new Passages.Passage(0, 0, 7), new Passages.Passage(1, 8, 11)), List.of()));
            writer.commit();
        }
        store.refresh();
        VectorFiller filler = new VectorFiller(store, embedder);
        assertThat(filler.count()).isEqualTo(5);
        assertThat(filler.fill(() -> false, (done, left, rate) -> {})).isEqualTo(5);
        assertThat(embedder.passages.get()).as("the blank passage is not embedded").isEqualTo(4);
        assertThat(filler.count()).isZero();
        assertThat(articles(new LuceneSearch(store, embedder).passages(QUESTION, SearchFilter.NONE, 10))).contains("trucks");
    }

    @Test
    void a_model_that_fails_leaves_bm25_answering() throws Exception {
        new VectorFiller(store, embedder).fill(() -> false, (done, left, rate) -> {});
        Embedder broken = new Embedder() {
            @Override public int dimensions() { return 384; }
            @Override public List<float[]> passages(List<String> texts) { throw new IllegalStateException("model file unreadable"); }
            @Override public float[] question(String question) { throw new IllegalStateException("model file unreadable"); }
        };
        assertThat(articles(new LuceneSearch(store, broken).passages(QUESTION, SearchFilter.NONE, 5)))
                .isEqualTo(articles(new LuceneSearch(store).passages(QUESTION, SearchFilter.NONE, 5))).isNotEmpty();
    }

    @Test
    void metrics_and_health_count_the_passages_still_without_a_vector() throws Exception {
        try (dev.byline.Byline byline = new dev.byline.Byline(Models.TEXT, dir.resolve("other"), dev.byline.config.LlmSettings.NONE,
                dev.byline.config.SlackSettings.DISABLED, embedder)) {
            var filler = byline.vectors().orElseThrow();
            assertThat(filler.remaining()).isEqualTo(-1);
            assertThat(filler.count()).isZero();
            String scraped = ((io.micrometer.prometheusmetrics.PrometheusMeterRegistry) byline.metrics()).scrape();
            assertThat(scraped).contains("byline_vectors_pending 0.0");
            io.javalin.Javalin server = byline.web().start("127.0.0.1", 0);
            try {
                var health = java.net.http.HttpClient.newHttpClient().send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + server.port() + "/health")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(health.body()).isEqualTo("{\"status\":\"ok\",\"articles\":0,\"vectorsPending\":0}");
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void filters_apply_to_the_vectors_too() throws Exception {
        new VectorFiller(store, embedder).fill(() -> false, (done, left, rate) -> {});
        SearchFilter otherWire = new SearchFilter(null, null, null, List.of("Other Wire"));
        assertThat(articles(new LuceneSearch(store, embedder).passages(QUESTION, otherWire, 5))).containsExactly("market");
        SearchFilter before = new SearchFilter(null, LocalDate.of(2024, 3, 1), null, List.of());
        assertThat(articles(new LuceneSearch(store, embedder).passages(QUESTION, before, 5))).containsExactly("trucks");
    }

    @Test
    void a_stopped_fill_resumes_and_nothing_is_embedded_twice() throws Exception {
        VectorFiller filler = new VectorFiller(store, embedder, 1);
        assertThat(filler.count()).isEqualTo(3);
        AtomicInteger written = new AtomicInteger();
        assertThat(filler.fill(() -> written.get() >= 1, (done, left, rate) -> written.set((int) done))).as("stopped after its first write").isEqualTo(1);

        VectorFiller restarted = new VectorFiller(store, embedder, 1);
        assertThat(restarted.count()).isEqualTo(2);
        assertThat(restarted.fill(() -> false, (done, left, rate) -> {})).isEqualTo(2);
        assertThat(embedder.passages.get()).isEqualTo(3);
        assertThat(restarted.count()).isZero();

        // A changed article replaces the old one and its vectors; only its passage is embedded again. (An unchanged
        // one is never rewritten: the ingest skips it by its hash, and its vectors stay.)
        Article mayor = ARTICLES.get(1);
        write(List.of(new Article(mayor.id(), mayor.title(), mayor.source(), mayor.published(), null, null, mayor.text() + " It failed.")));
        assertThat(restarted.count()).isEqualTo(1);
        assertThat(restarted.fill(() -> false, (done, left, rate) -> {})).isEqualTo(1);
        assertThat(embedder.passages.get()).isEqualTo(4);
    }
}
