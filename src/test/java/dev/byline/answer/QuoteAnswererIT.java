package dev.byline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Byline;
import dev.byline.index.Fields;
import dev.byline.index.IngestListener;
import dev.byline.index.lucene.IndexStore;
import dev.byline.search.SearchFilter;
import dev.byline.testing.Corpora;
import dev.byline.testing.Models;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quote answers over the seed article, with one tampered quote planted in the index that must never be shown. */
class QuoteAnswererIT {

    @TempDir static Path dir;
    static Byline byline;
    static final String TAMPERED = "“I consider the mission a total failure.”";

    @BeforeAll
    static void build() throws Exception {
        byline = new Byline(Models.TEXT, dir.resolve("index"));
        byline.indexer().ingest(List.of(Corpora.SEED), false, IngestListener.SILENT);
        String text = byline.search().article("seed-putin-syria").orElseThrow().text();
        int start = text.indexOf("“I consider");
        try (IndexWriter writer = ((IndexStore) byline.store()).openWriter()) {
            writer.addDocument(tampered(start, start + TAMPERED.length()));
        }
        byline.store().refresh();
    }

    /** A quote document like the indexer writes, but its words are not what the article says at its offsets. */
    private static Document tampered(int start, int end) {
        Document doc = new Document();
        doc.add(new StringField(Fields.KIND, Fields.KIND_QUOTE, Field.Store.NO));
        doc.add(new StringField(Fields.ARTICLE_ID, "seed-putin-syria", Field.Store.YES));
        doc.add(new TextField(Fields.TITLE, "Putin Orders Most Troops Out Of Syria", Field.Store.YES));
        doc.add(new TextField(Fields.SPEAKER, "Vladimir Putin", Field.Store.YES));
        doc.add(new StringField(Fields.SPEAKER_KEY, "vladimir putin", Field.Store.YES));
        doc.add(new StoredField(Fields.CUE, "said"));
        doc.add(new TextField(Fields.QUOTE_TEXT, TAMPERED, Field.Store.YES));
        doc.add(new StoredField(Fields.QUOTE_START, start));
        doc.add(new StoredField(Fields.QUOTE_END, end));
        doc.add(new TextField(Fields.QUOTE_CONTEXT, TAMPERED + " Putin said", Field.Store.NO));
        doc.add(new StoredField(Fields.ATTRIBUTION_START, start));
        doc.add(new StoredField(Fields.ATTRIBUTION_END, end));
        doc.add(new StoredField(Fields.CONTEXT_START, start));
        doc.add(new StoredField(Fields.CONTEXT_END, end));
        doc.add(new StringField(Fields.QUOTE_TYPE, "direct", Field.Store.YES));
        doc.add(new StoredField(Fields.SAID, "---UNKNOWN"));
        return doc;
    }

    @AfterAll
    static void close() throws Exception {
        byline.close();
    }

    private static AnswerResult ask(String question) {
        return answerer().answer(new Question(question, SearchFilter.NONE));
    }

    private static Answerer answerer() {
        return new QuoteAnswerer(new QuestionAnalyzer(), byline.search(), new QuoteCheck(), Models.TEXT.sentences(),
                new ExtractiveAnswerer(byline.search(), Models.TEXT.sentences(), Models.TEXT.tagger()));
    }

    @Test
    void the_tampered_quote_is_in_the_index() {
        assertThat(byline.search().latestQuotes(dev.byline.search.QuoteQuery.byWords("total failure"), SearchFilter.NONE, 10).hits()).hasSize(1);
    }

    @Test
    void a_tampered_quote_never_reaches_the_answer_and_the_real_one_does() {
        AnswerResult result = ask("What did Putin say?");
        assertThat(result.answer().text()).doesNotContain("failure").contains("I consider the mission set for the defense ministry");
        assertThat(result.quotes()).extracting(AnsweredQuote::text).noneMatch(t -> t.contains("failure"));
    }

    @Test
    void a_question_only_the_tampered_quote_answers_gets_no_quote() {
        AnswerResult result = ask("Who said the mission was a total failure?");
        assertThat(result.quotes()).isEmpty();
        assertThat(result.answer().kind()).isIn(AnswerKind.PASSAGE, AnswerKind.NONE);
        assertThat(result.answer().text()).doesNotContain("“I consider the mission a total failure");
    }

    @Test
    void a_speaker_without_quotes_falls_back_to_passages() {
        AnswerResult result = ask("What did Angela Merkel say?");
        assertThat(result.quotes()).isEmpty();
        // Merkel is nowhere in the corpus: no quote, and no passage about someone else either.
        assertThat(result.answer().kind()).isEqualTo(AnswerKind.NONE);
        assertThat(result.citations()).isEmpty();
        assertThat(result.searched().terms()).contains("merkel");
    }
}
