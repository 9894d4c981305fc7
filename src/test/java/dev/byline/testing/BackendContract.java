package dev.byline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.attribution.Attribution;
import dev.byline.attribution.AttributionType;
import dev.byline.attribution.SaidWhen;
import dev.byline.attribution.Speaker;
import dev.byline.corpus.Article;
import dev.byline.corpus.CorpusReader;
import dev.byline.index.AnalyzedArticle;
import dev.byline.index.IndexBackend;
import dev.byline.index.Indexer;
import dev.byline.index.IngestListener;
import dev.byline.nlp.text.Passages;
import dev.byline.nlp.text.TextSpan;
import dev.byline.search.PassageHit;
import dev.byline.search.QuoteHit;
import dev.byline.search.QuoteQuery;
import dev.byline.search.SearchBackend;
import dev.byline.search.SearchFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every store behind Byline must do, whatever engine it runs on: a backend's test extends this and says how to
 * open its {@link IndexBackend} and the {@link SearchBackend} over it. Articles are written as the Indexer writes them.
 */
public abstract class BackendContract {

    @TempDir
    protected Path dir;
    private IndexBackend index;
    private SearchBackend search;
    private final Passages passages = new Passages(Models.TEXT.sentences());

    /** A fresh, empty store in {@code dir}. */
    protected abstract IndexBackend openIndex(Path dir);

    /** Searches over {@code index}. */
    protected abstract SearchBackend openSearch(IndexBackend index);

    @BeforeEach
    void open() {
        index = openIndex(dir.resolve("store"));
        search = openSearch(index);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private static final String PUTIN = "Russian President Vladimir Putin ordered troops out of Syria on Monday. "
            + "“The task has been fulfilled,” Putin said at the Kremlin.";
    private static final String MERKEL = "German Chancellor Angela Merkel spoke about refugees in Berlin. "
            + "“We will manage this,” Merkel said of the refugees arriving in Germany.";
    private static final String TONGA = "A volcano erupted near Tonga, sending a tsunami across the Pacific.";

    private AnalyzedArticle analysed(String id, String source, String published, String text, Attribution... quotes) {
        Article article = new Article(id, "Title of " + id, source, published == null ? null : LocalDate.parse(published),
                "https://example.com/" + id, null, text);
        return new AnalyzedArticle(article, "/corpus/" + id + ".txt", "hash-" + id + "-" + text.length(), passages.cut(text), List.of(quotes));
    }

    /** A direct quote of {@code words} by {@code name}, mentioned as {@code mention}, said on {@code said} (or when unknown). */
    private static Attribution quote(String text, String name, String mention, String words, String said) {
        int w = text.indexOf(words);
        int m = text.indexOf(mention, w + words.length());
        int c = text.indexOf("said", m);
        return new Attribution(new Speaker(name, null, TextSpan.of(text, m, m + mention.length())), TextSpan.of(text, c, c + 4),
                List.of(TextSpan.of(text, w, w + words.length())), AttributionType.DIRECT,
                said == null ? SaidWhen.UNKNOWN : SaidWhen.day(LocalDate.parse(said)));
    }

    private void write(AnalyzedArticle... articles) {
        try (IndexBackend.Writer writer = index.open()) {
            for (AnalyzedArticle a : articles) writer.replace(a);
            writer.commit();
        }
        index.refresh();
    }

    private void writeThree() {
        write(analysed("putin", "BBC", "2016-03-14", PUTIN, quote(PUTIN, "Vladimir Putin", "Putin", "The task has been fulfilled", "2016-03-14")),
                analysed("merkel", "Reuters", "2015-09-01", MERKEL, quote(MERKEL, "Angela Merkel", "Merkel", "We will manage this", null)),
                analysed("tonga", "AP", null, TONGA));
    }

    private List<String> passageArticles(String question, SearchFilter filter) {
        return search.passages(question, filter, 10).hits().stream().map(PassageHit::articleId).distinct().toList();
    }

    @Test
    void written_articles_are_known_with_their_hash_and_origin_and_counted_once() {
        writeThree();
        assertThat(search.articleCount()).isEqualTo(3);
        assertThat(index.known()).containsOnlyKeys("putin", "merkel", "tonga");
        assertThat(index.known().get("putin")).isEqualTo(new IndexBackend.Known("hash-putin-" + PUTIN.length(), "/corpus/putin.txt"));
        assertThat(search.article("merkel")).hasValueSatisfying(a -> {
            assertThat(a.text()).isEqualTo(MERKEL);
            assertThat(a.source()).isEqualTo("Reuters");
            assertThat(a.published()).isEqualTo(LocalDate.of(2015, 9, 1));
        });
        assertThat(search.article("nobody")).isEmpty();
    }

    @Test
    void counts_articles_passages_and_quotes_apart() {
        assertThat(search.counts()).isEqualTo(new SearchBackend.Counts(0, 0, 0));
        writeThree();
        SearchBackend.Counts counts = search.counts();
        assertThat(counts.articles()).isEqualTo(3);
        assertThat(counts.passages()).isGreaterThanOrEqualTo(3);
        assertThat(counts.quotes()).isEqualTo(2);
    }

    @Test
    void passages_carry_offsets_into_their_article() {
        writeThree();
        List<PassageHit> hits = search.passages("volcano tsunami", SearchFilter.NONE, 10).hits();
        assertThat(hits).isNotEmpty();
        PassageHit top = hits.getFirst();
        assertThat(top.articleId()).isEqualTo("tonga");
        assertThat(TONGA.substring(top.start(), top.end())).isEqualTo(top.text());
    }

    @Test
    void replacing_an_article_replaces_its_passages_and_quotes() {
        writeThree();
        String changed = "President Vladimir Putin visited a hockey rink. “The ice is good,” Putin said.";
        write(analysed("putin", "BBC", "2016-03-15", changed, quote(changed, "Vladimir Putin", "Putin", "The ice is good", null)));
        assertThat(search.articleCount()).isEqualTo(3);
        assertThat(passageArticles("troops Syria", SearchFilter.NONE)).doesNotContain("putin");
        assertThat(passageArticles("hockey rink", SearchFilter.NONE)).containsExactly("putin");
        assertThat(search.latestQuotes(QuoteQuery.bySpeaker("Putin"), SearchFilter.NONE, 10).hits())
                .extracting(QuoteHit::text).containsExactly("The ice is good");
    }

    @Test
    void deleting_an_article_removes_its_passages_and_quotes() {
        writeThree();
        try (IndexBackend.Writer writer = index.open()) {
            writer.delete("merkel");
            writer.delete("never-written");
            writer.commit();
        }
        index.refresh();
        assertThat(search.articleCount()).isEqualTo(2);
        assertThat(search.article("merkel")).isEmpty();
        assertThat(passageArticles("refugees Berlin", SearchFilter.NONE)).isEmpty();
        assertThat(search.latestQuotes(QuoteQuery.bySpeaker("Merkel"), SearchFilter.NONE, 10).hits()).isEmpty();
    }

    @Test
    void an_ingest_with_prune_drops_articles_whose_files_left_the_folder() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Troops leave\n\nThe troops left Syria on Monday.");
        Files.writeString(corpus.resolve("b.txt"), "Talks resume\n\nPeace talks resumed in Geneva.");
        Indexer indexer = new Indexer(index, passages, null, new CorpusReader(), 2);
        assertThat(indexer.ingest(List.of(corpus), false, IngestListener.SILENT).added()).isEqualTo(2);
        Files.delete(corpus.resolve("b.txt"));
        assertThat(indexer.ingest(List.of(corpus), true, IngestListener.SILENT).pruned()).isEqualTo(1);
        assertThat(search.articleCount()).isEqualTo(1);
        assertThat(passageArticles("Geneva talks", SearchFilter.NONE)).isEmpty();
        assertThat(indexer.ingest(List.of(corpus), false, IngestListener.SILENT).unchanged()).isEqualTo(1);
    }

    @Test
    void passages_filter_by_publication_dates_and_outlet() {
        writeThree();
        String question = "Putin Merkel refugees troops volcano";
        assertThat(passageArticles(question, SearchFilter.NONE)).containsExactlyInAnyOrder("putin", "merkel", "tonga");
        assertThat(passageArticles(question, new SearchFilter(LocalDate.of(2016, 1, 1), null, null, List.of())))
                .containsExactly("putin");
        assertThat(passageArticles(question, new SearchFilter(null, LocalDate.of(2015, 12, 31), null, List.of())))
                .containsExactly("merkel");
        assertThat(passageArticles(question, new SearchFilter(null, null, null, List.of("reuters", "AP"))))
                .containsExactlyInAnyOrder("merkel", "tonga");
    }

    @Test
    void as_of_a_day_later_news_is_hidden_and_undated_news_is_kept() {
        writeThree();
        String question = "Putin Merkel refugees troops volcano";
        assertThat(passageArticles(question, new SearchFilter(null, null, LocalDate.of(2016, 1, 1), List.of())))
                .containsExactlyInAnyOrder("merkel", "tonga");
        assertThat(search.quotes(QuoteQuery.byWords("task fulfilled"), new SearchFilter(null, null, LocalDate.of(2016, 1, 1), List.of()), 10).hits())
                .isEmpty();
    }

    @Test
    void quotes_are_found_by_speaker_name_words_and_both() {
        writeThree();
        List<QuoteHit> bySpeaker = search.quotes(QuoteQuery.bySpeaker("Putin"), SearchFilter.NONE, 10).hits();
        assertThat(bySpeaker).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Vladimir Putin");
            assertThat(q.text()).isEqualTo("The task has been fulfilled");
            assertThat(PUTIN.substring(q.start(), q.end())).isEqualTo(q.text());
            assertThat(q.cue()).isEqualTo("said");
            assertThat(q.isoDate()).isEqualTo("2016-03-14");
            assertThat(q.source()).isEqualTo("BBC");
        });
        assertThat(search.quotes(QuoteQuery.byWords("manage"), SearchFilter.NONE, 10).hits())
                .extracting(QuoteHit::speaker).containsExactly("Angela Merkel");
        assertThat(search.quotes(new QuoteQuery("Merkel", "task"), SearchFilter.NONE, 10).hits()).isEmpty();
        assertThat(search.quotes(QuoteQuery.byWords("manage"), SearchFilter.NONE, 10).termWeights()).containsKey("manag");
    }

    @Test
    void latest_quotes_come_newest_first_and_need_every_word() {
        writeThree();
        List<String> speakers = new ArrayList<>();
        for (QuoteHit q : search.latestQuotes(new QuoteQuery(null, null), SearchFilter.NONE, 10).hits()) speakers.add(q.speaker());
        assertThat(speakers).containsExactly("Vladimir Putin", "Angela Merkel");
        assertThat(search.latestQuotes(QuoteQuery.byWords("manage Merkel"), SearchFilter.NONE, 10).hits()).hasSize(1);
        assertThat(search.latestQuotes(QuoteQuery.byWords("manage volcano"), SearchFilter.NONE, 10).hits()).isEmpty();
    }

    @Test
    void text_is_analysed_as_the_index_analyses_it_without_question_words() {
        assertThat(search.terms("Who ordered the troops out of Syria?")).containsExactly("order", "troop", "out", "syria");
    }
}
