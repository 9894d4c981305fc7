package dev.byline.search.solr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.corpus.Article;
import dev.byline.index.AnalyzedArticle;
import dev.byline.index.IndexBackend;
import dev.byline.index.VectorFiller;
import dev.byline.index.solr.SolrCollection;
import dev.byline.index.solr.SolrIndex;
import dev.byline.nlp.text.Passages;
import dev.byline.search.PassageHit;
import dev.byline.search.SearchFilter;
import dev.byline.search.SearchResult;
import dev.byline.search.VectorSearchIT;
import dev.byline.testing.Models;
import dev.byline.testing.SolrClusters;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Passage vectors on SolrCloud with the real in-process model, as on the embedded index: found by meaning where BM25
 * misses, filters hold on the vector side, a stopped fill resumes, and a changed article is embedded again alone.
 */
class SolrVectorIT {

    private SolrCollection collection;
    private SolrIndex index;
    private VectorSearchIT.Counting embedder;

    @BeforeEach
    void index() {
        collection = SolrClusters.freshCollection("vectors");
        index = new SolrIndex(collection);
        embedder = new VectorSearchIT.Counting();
        write(VectorSearchIT.ARTICLES);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private void write(List<Article> articles) {
        Passages passages = new Passages(Models.TEXT.sentences());
        try (IndexBackend.Writer writer = index.open()) {
            for (Article a : articles) writer.replace(new AnalyzedArticle(a, null, "h-" + a.id() + a.text().hashCode(), passages.cut(a.text()), List.of()));
            writer.commit();
        }
    }

    private static List<String> articles(SearchResult result) {
        return result.hits().stream().map(PassageHit::articleId).toList();
    }

    @Test
    void a_passage_in_other_words_is_found_by_meaning_and_filters_hold() throws Exception {
        String question = VectorSearchIT.QUESTION;
        assertThat(articles(new SolrSearch(index, null).passages(question, SearchFilter.NONE, 5))).doesNotContain("trucks");
        assertThat(new VectorFiller(index, embedder).fill(() -> false, (done, left, rate) -> {})).isEqualTo(3);
        assertThat(index.passagesWithoutVectors(10).total()).isZero();
        assertThat(articles(new SolrSearch(index, embedder).passages(question, SearchFilter.NONE, 5))).contains("trucks", "mayor", "market");
        SearchFilter otherWire = new SearchFilter(null, null, null, List.of("Other Wire"));
        assertThat(articles(new SolrSearch(index, embedder).passages(question, otherWire, 5))).containsExactly("market");
        SearchFilter before = new SearchFilter(null, LocalDate.of(2024, 3, 1), null, List.of());
        assertThat(articles(new SolrSearch(index, embedder).passages(question, before, 5))).containsExactly("trucks");
    }

    @Test
    void a_stopped_fill_resumes_and_a_changed_article_alone_is_embedded_again() throws Exception {
        VectorFiller filler = new VectorFiller(index, embedder, 1);
        assertThat(filler.count()).isEqualTo(3);
        AtomicInteger written = new AtomicInteger();
        assertThat(filler.fill(() -> written.get() >= 1, (done, left, rate) -> written.set((int) done))).isEqualTo(1);
        VectorFiller restarted = new VectorFiller(index, embedder, 1);
        assertThat(restarted.count()).isEqualTo(2);
        assertThat(restarted.fill(() -> false, (done, left, rate) -> {})).isEqualTo(2);
        assertThat(embedder.passages.get()).isEqualTo(3);

        Article mayor = VectorSearchIT.ARTICLES.get(1);
        write(List.of(new Article(mayor.id(), mayor.title(), mayor.source(), mayor.published(), null, null, mayor.text() + " It failed.")));
        assertThat(restarted.count()).isEqualTo(1);
        assertThat(restarted.fill(() -> false, (done, left, rate) -> {})).isEqualTo(1);
        assertThat(embedder.passages.get()).isEqualTo(4);
    }
}
