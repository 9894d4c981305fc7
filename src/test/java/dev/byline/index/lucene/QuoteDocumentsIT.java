package dev.byline.index.lucene;

import static dev.byline.testing.Corpora.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Byline;
import dev.byline.index.Fields;
import dev.byline.index.IngestListener;
import dev.byline.search.QuoteHit;
import dev.byline.search.QuoteQuery;
import dev.byline.search.SearchFilter;
import dev.byline.testing.Corpora;
import dev.byline.testing.Models;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteDocumentsIT {

    @TempDir Path dir;

    @Test
    void reingesting_a_changed_article_replaces_its_quotes() throws Exception {
        Path corpus = dir.resolve("corpus");
        Corpora.jsonl(corpus, "a.jsonl", List.of(article("a1", "Talks", "BBC", "2016-03-14",
                "The talks opened.\n\n“We will stay in Geneva,” said Staffan de Mistura, the United Nations special envoy for Syria.")));
        try (Byline byline = new Byline(Models.TEXT, dir.resolve("index"))) {
            byline.indexer().ingest(List.of(corpus), false, IngestListener.SILENT);
            assertThat(texts(byline)).containsExactly("“We will stay in Geneva,”");

            Corpora.jsonl(corpus, "a.jsonl", List.of(article("a1", "Talks", "BBC", "2016-03-14",
                    "The talks ended.\n\n“We will leave Geneva tomorrow,” said Staffan de Mistura, the United Nations special envoy for Syria.")));
            byline.indexer().ingest(List.of(corpus), false, IngestListener.SILENT);
            assertThat(texts(byline)).containsExactly("“We will leave Geneva tomorrow,”");
            assertThat(quoteDocuments(byline)).isEqualTo(1);
        }
    }

    @Test
    void a_quote_document_keeps_speaker_role_cue_type_date_and_offsets() throws Exception {
        String text = "Russia began its withdrawal.\n\n“The mission has been accomplished,” Russian President Vladimir Putin said on Monday.";
        Path corpus = Corpora.jsonl(dir.resolve("corpus"), "a.jsonl", List.of(article("a1", "Troops", "CNN", "2016-03-16", text)));
        try (Byline byline = new Byline(Models.TEXT, dir.resolve("index"))) {
            byline.indexer().ingest(List.of(corpus), false, IngestListener.SILENT);
            QuoteHit hit = byline.search().latestQuotes(QuoteQuery.bySpeaker("Putin"), SearchFilter.NONE, 10).hits().getFirst();
            assertThat(hit.speaker()).isEqualTo("Vladimir Putin");
            assertThat(hit.role()).isEqualTo("Russian President");
            assertThat(hit.cue()).isEqualTo("said");
            assertThat(hit.type().jsonName()).isEqualTo("direct");
            assertThat(text.substring(hit.start(), hit.end())).isEqualTo(hit.text());
            assertThat(text.substring(hit.contextStart(), hit.contextEnd())).contains(hit.text()).contains("Putin said");
            assertThat(hit.when()).isEqualTo(QuoteDocuments.readWhen(QuoteDocuments.writeWhen(hit.when())));
        }
    }

    private static List<String> texts(Byline byline) {
        return byline.search().latestQuotes(new QuoteQuery(null, null), SearchFilter.NONE, 100).hits().stream().map(QuoteHit::text).toList();
    }

    private static int quoteDocuments(Byline byline) throws Exception {
        IndexSearcher searcher = ((IndexStore) byline.store()).searchers().acquire();
        try {
            return searcher.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_QUOTE)));
        } finally {
            ((IndexStore) byline.store()).searchers().release(searcher);
        }
    }
}
