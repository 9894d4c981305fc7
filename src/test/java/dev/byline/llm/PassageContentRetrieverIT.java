package dev.byline.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Byline;
import dev.byline.index.IngestListener;
import dev.byline.testing.Corpora;
import dev.byline.testing.Models;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.query.Query;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassageContentRetrieverIT {

    @Test
    void retrieved_content_carries_the_article_metadata_and_exact_offsets(@TempDir Path dir) throws Exception {
        try (Byline byline = new Byline(Models.TEXT, dir.resolve("index"))) {
            byline.indexer().ingest(List.of(Corpora.jsonl(dir, "a.jsonl", List.of(
                    Corpora.article("a1", "Troops leave Syria", "BBC", "2016-03-14", "Putin ordered the troops out of Syria.")))), false, IngestListener.SILENT);
            List<Content> contents = new PassageContentRetriever(byline.search()).retrieve(Query.from("Who ordered troops out?"));
            assertThat(contents).hasSize(1);
            var segment = contents.getFirst().textSegment();
            assertThat(segment.text()).isEqualTo("Putin ordered the troops out of Syria.");
            assertThat(segment.metadata().getString(PassageContentRetriever.ARTICLE_ID)).isEqualTo("a1");
            assertThat(segment.metadata().getString(PassageContentRetriever.SOURCE)).isEqualTo("BBC");
            assertThat(segment.metadata().getString(PassageContentRetriever.PUBLISHED)).isEqualTo("2016-03-14");
            assertThat(segment.metadata().getString(PassageContentRetriever.TITLE)).isEqualTo("Troops leave Syria");
            assertThat(segment.metadata().getInteger(PassageContentRetriever.START)).isZero();
            assertThat(segment.metadata().getInteger(PassageContentRetriever.END)).isEqualTo(segment.text().length());
        }
    }
}
