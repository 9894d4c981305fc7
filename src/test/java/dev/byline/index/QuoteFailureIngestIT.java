package dev.byline.index;

import static dev.byline.testing.Corpora.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.attribution.AttributionExtractor;
import dev.byline.corpus.CorpusReader;
import dev.byline.corpus.ReadProblem;
import dev.byline.index.lucene.IndexStore;
import dev.byline.nlp.text.Passages;
import dev.byline.search.SearchFilter;
import dev.byline.search.lucene.LuceneSearch;
import dev.byline.testing.Corpora;
import dev.byline.testing.Models;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteFailureIngestIT {

    @TempDir Path dir;

    @Test
    void an_article_whose_quotes_fail_is_indexed_without_them_and_reported_with_file_and_line() throws Exception {
        Path corpus = dir.resolve("corpus");
        Corpora.jsonl(corpus, "a.jsonl", List.of(
                article("good", "Troops leave", "BBC", "2016-03-14", "“The mission is accomplished,” Putin said at the Kremlin."),
                article("odd", "Talks resume", "CNN", "2016-03-15", "Peace talks resumed in Geneva on Monday, officials said.")));
        AttributionExtractor real = AttributionExtractor.shipped(Models.TEXT);
        java.util.function.Function<dev.byline.corpus.Article, List<dev.byline.attribution.Attribution>> failing = a -> {
            if (a.id().equals("odd")) throw new IndexOutOfBoundsException("Index 9 out of bounds for length 9");
            return real.extract(a);
        };
        List<ReadProblem> problems = new ArrayList<>();
        try (IndexStore store = IndexStore.open(dir.resolve("index"))) {
            IngestReport report = new Indexer(store, new Passages(Models.TEXT.sentences()), failing, new CorpusReader(), 2).ingest(List.of(corpus), false,
                    new IngestListener() {
                        @Override
                        public synchronized void problem(ReadProblem problem) {
                            problems.add(problem);
                        }
                    });
            assertThat(report.added()).isEqualTo(2);
            assertThat(report.skipped()).isZero();
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.file().getFileName().toString()).isEqualTo("a.jsonl");
                assertThat(p.line()).isEqualTo(2);
                assertThat(p.skipped()).isFalse();
                assertThat(p.message()).contains("'odd'").contains("without quotes").contains("out of bounds");
            });
            LuceneSearch search = new LuceneSearch(store);
            assertThat(search.articleCount()).isEqualTo(2);
            assertThat(search.passages("Geneva", SearchFilter.NONE, 10).hits()).hasSize(1);
            assertThat(search.latestQuotes(dev.byline.search.QuoteQuery.bySpeaker("Putin"), SearchFilter.NONE, 10).hits()).hasSize(1);
        }
    }
}
