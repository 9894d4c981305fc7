package dev.byline.search.solr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import dev.byline.Byline;
import dev.byline.chat.ChatRequest;
import dev.byline.chat.ChatResponse;
import dev.byline.config.LlmSettings;
import dev.byline.config.SlackSettings;
import dev.byline.config.Storage;
import dev.byline.corpus.Article;
import dev.byline.eval.PolnearFiles;
import dev.byline.eval.QaQuestion;
import dev.byline.index.IngestListener;
import dev.byline.index.solr.SolrCollection;
import dev.byline.search.SearchFilter;
import dev.byline.testing.Corpora;
import dev.byline.testing.Models;
import dev.byline.testing.SolrClusters;
import dev.byline.web.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same corpus answers the same on the embedded index and on a 3-node SolrCloud (2 shards of 2 replicas): the
 * README's seed questions, and PolNeAR's who-said dev questions over its dev articles when the data is here. Same means
 * the same answer text, the same cited articles in the same order and the same quotes.
 */
class SolrParityIT {

    /** The questions the README and the page suggest for the demo corpus. */
    static final List<String> SEED_QUESTIONS = List.of("Who ordered the troops out of Syria?", "What did Putin say about Syria?",
            "Who said the only plan B is to return to war?", "When did Putin say the mission was accomplished?", "Who is Walid Al Moallem?",
            "What did Staffan de Mistura say?", "What happened in Geneva?");

    @TempDir
    Path dir;

    @Test
    void seed_and_polnear_who_said_questions_get_the_same_answers_on_both_backends() throws Exception {
        List<Path> corpus = new ArrayList<>(List.of(Corpora.SEED));
        List<QaQuestion> polnear = List.of();
        Path data = Corpora.sharedData("polnear");
        if (data != null) {
            polnear = read(data.resolve("qa-who-said-dev.jsonl"));
            Set<String> evidence = polnear.stream().flatMap(q -> q.evidence().stream()).collect(Collectors.toSet());
            List<Article> articles = PolnearFiles.readArticles(data.resolve("articles.jsonl"), evidence::contains);
            corpus.add(Corpora.jsonl(dir, "polnear-dev.jsonl", articles));
        }
        try (SolrCollection c = SolrClusters.freshCollection("parity");
             Byline embedded = new Byline(Models.TEXT, new Storage.Embedded(dir.resolve("index")), LlmSettings.NONE, SlackSettings.DISABLED, null);
             Byline cluster = new Byline(Models.TEXT, new Storage.Solr(SolrClusters.shared().address(), "parity"), LlmSettings.NONE, SlackSettings.DISABLED, null)) {
            long t0 = System.nanoTime();
            embedded.indexer().ingest(corpus, false, IngestListener.SILENT);
            long t1 = System.nanoTime();
            cluster.indexer().ingest(corpus, false, IngestListener.SILENT);
            long t2 = System.nanoTime();
            System.out.printf("parity: ingest %d articles: embedded %.1f s, SolrCloud %.1f s%n", embedded.search().articleCount(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
            assertThat(cluster.search().counts()).isEqualTo(embedded.search().counts());

            for (String q : SEED_QUESTIONS) {
                assertThat(comparable(ask(cluster, q, null))).as(q).isEqualTo(comparable(ask(embedded, q, null)));
            }
            if (polnear.isEmpty()) return;
            int same = 0;
            List<String> differing = new ArrayList<>();
            for (QaQuestion q : polnear) {
                String a = comparable(ask(embedded, q.question(), q.asOf())), b = comparable(ask(cluster, q.question(), q.asOf()));
                if (a.equals(b)) same++;
                else differing.add(q.id());
            }
            double agreement = (double) same / polnear.size();
            System.out.printf("parity: PolNeAR who-said dev: %d of %d answers the same (%.3f); differing: %s%n", same, polnear.size(), agreement, differing);
            assertThat(agreement).isGreaterThanOrEqualTo(0.97);
        }
    }

    private static ChatResponse ask(Byline byline, String question, java.time.LocalDate asOf) {
        return byline.chat().chat(new ChatRequest(question, null, new SearchFilter(null, null, asOf, List.of())));
    }

    /** What a reader sees: the answer, the cited articles in order with their passages, the quotes; not the conversation id. */
    private static String comparable(ChatResponse r) {
        return Json.write(List.of(r.answer(), r.citations(), r.quotes()));
    }

    private static List<QaQuestion> read(Path file) throws java.io.IOException {
        List<QaQuestion> out = new ArrayList<>();
        try (MappingIterator<QaQuestion> it = Json.mapper().readerFor(QaQuestion.class).readValues(file.toFile())) {
            while (it.hasNext()) out.add(it.next());
        }
        return out;
    }
}
