package dev.byline.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import dev.byline.App;
import dev.byline.Byline;
import dev.byline.config.LlmSettings;
import dev.byline.config.SlackSettings;
import dev.byline.config.Storage;
import dev.byline.eval.QaEvaluation;
import dev.byline.eval.QaQuestion;
import dev.byline.eval.QaReport;
import dev.byline.index.Embedder;
import dev.byline.index.lucene.IndexStore;
import dev.byline.nlp.text.TextModels;
import dev.byline.search.SearchBackend;
import dev.byline.search.lucene.LuceneSearch;
import dev.byline.web.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code byline eval qa}: builds a fresh temporary index from the articles, asks the gold questions, prints the scores. */
@Command(name = "qa", mixinStandardHelpOptions = true, description = "Question answering: accuracy, evidence recall@k and latency on gold questions (Format C).")
public final class EvalQaCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--articles", required = true, paramLabel = "FILE", description = "Articles to index (repeatable).") List<Path> articles;
    @Option(names = "--questions", required = true, paramLabel = "FILE", description = "Gold questions, one JSON object per line.") Path questions;
    @Option(names = "--k", defaultValue = "5", description = "Articles retrieved for evidence recall (default 5).") int k;
    @Option(names = "--json", description = "Print one JSON object.") boolean json;
    @Option(names = "--limit", paramLabel = "N", description = "Ask only the first N questions.") Integer limit;
    @Option(names = "--index", paramLabel = "DIR", description = "Keep the index in DIR and reuse it next time (default: a temporary one).") Path keptIndex;
    @Option(names = "--solr", paramLabel = "URLS", description = "Index into and answer from the SolrCloud at these node URLs (default: $BYLINE_SOLR; unset: an embedded index).") String solr;
    @Option(names = "--llm", description = "Answer through the LLM configured by BYLINE_LLM* (see docs/llm.md).") boolean llm;
    @Option(names = "--details", description = "Also print each question's outcome to standard error.") boolean details;

    @Override
    public Integer call() throws Exception {
        List<QaQuestion> gold = read(questions);
        if (limit != null) gold = gold.subList(0, Math.min(limit, gold.size()));
        Path index = keptIndex != null ? keptIndex : Files.createTempDirectory("byline-eval-qa");
        LlmSettings llmSettings = llm ? LlmSettings.fromEnv(System.getenv()) : LlmSettings.NONE;
        if (llm && !llmSettings.isEnabled()) {
            System.err.println("byline: --llm needs BYLINE_LLM=openai or ollama (and BYLINE_LLM_BASE_URL, BYLINE_LLM_MODEL); see docs/llm.md");
            return 2;
        }
        try {
            QaReport report = evaluate(App.text(spec), Storage.resolve(index, solr, System.getenv()), llmSettings, articles, gold, k, o -> {
                if (details) System.err.printf("%s %s | %s | expected %s | evidence %s%s | %s%n", o.correct() ? "OK  " : "MISS", o.question().id(),
                        o.question().question(), o.question().answers(), o.evidenceRank() == 0 ? "not in top " + QaEvaluation.MRR_DEPTH : "@" + o.evidenceRank(),
                        o.evidenceCited() ? ", cited" : "", o.response().answer().text().replace('\n', ' '));
            });
            if (report == null) return 2;
            if (json) System.out.println(Json.write(report));
            else print(report);
            return 0;
        } finally {
            if (keptIndex == null) deleteTree(index);
        }
    }

    /**
     * Indexes {@code articles} into {@code index}, asks {@code gold} and scores the answers; null when an LLM was asked
     * for and cannot be reached (the reason is printed).
     */
    static QaReport evaluate(TextModels text, Storage index, LlmSettings llm, List<Path> articles, List<QaQuestion> gold, int k,
                             java.util.function.Consumer<QaEvaluation.Outcome> each) throws IOException, InterruptedException {
        Embedder embedder = App.embedder();
        try (Byline byline = new Byline(text, index, llm, SlackSettings.DISABLED, embedder)) {
            if (llm.isEnabled()) {
                System.err.println(byline.llmStatus());
                if (!byline.llmStatus().startsWith("LLM: ")) return null;
            }
            System.err.println("Indexing " + articles + " into " + index.describe() + " ...");
            byline.indexer().ingest(articles, false, new IngestPrinter(System.err, false));
            if (byline.vectors().isPresent()) IngestCommand.fillVectors(byline.vectors().get(), System.err);
            System.err.printf("Asking %d questions ...%n", gold.size());
            QaReport report = QaEvaluation.report(new QaEvaluation(byline.chat(), byline.search()).run(gold, k, each::accept), k);
            if (embedder == null || !(byline.store() instanceof IndexStore store)) return report;
            Map<String, SearchBackend> retrievers = new LinkedHashMap<>();
            for (String mode : List.of("bm25", "vectors", "fused")) retrievers.put(mode, LuceneSearch.withMode(store, embedder, mode));
            return report.withRetrieval(QaEvaluation.compareRetrieval(gold, retrievers, k));
        }
    }

    static List<QaQuestion> read(Path file) throws IOException {
        List<QaQuestion> out = new ArrayList<>();
        try (MappingIterator<QaQuestion> it = Json.mapper().readerFor(QaQuestion.class).readValues(file.toFile())) {
            while (it.hasNext()) out.add(it.next());
        }
        return out;
    }

    private static void print(QaReport r) {
        System.out.printf("questions            %d%n", r.questions());
        System.out.printf("accuracy             %.3f%n", r.accuracy());
        System.out.printf("evidence recall@%-3d  %.3f%n", r.k(), r.evidenceRecallAtK());
        System.out.printf("evidence MRR@10      %.3f%n", r.mrrAt10());
        System.out.printf("cited evidence       %.3f%n", r.citedEvidence());
        if (r.spanAccuracy() != null) System.out.printf("answer span accuracy %.3f%n", r.spanAccuracy());
        System.out.printf("latency ms p50/p95   %.1f / %.1f%n", r.latencyMs().p50(), r.latencyMs().p95());
        if (!r.retrieval().isEmpty()) {
            System.out.println("retrieval alone     recall@" + r.k() + "  MRR@10");
            r.retrieval().forEach((mode, s) -> System.out.printf("  %-16s  %.3f     %.3f%n", mode, s.recallAtK(), s.mrrAt10()));
        }
        printSplit(r.byType());
        if (!r.byQuestionType().isEmpty()) System.out.println("by question form:");
        printSplit(r.byQuestionType());
    }

    private static void printSplit(Map<String, QaReport.TypeScores> scores) {
        for (Map.Entry<String, QaReport.TypeScores> e : scores.entrySet()) {
            QaReport.TypeScores t = e.getValue();
            System.out.printf("  %-16s n=%d accuracy %.3f recall@k %.3f cited %.3f%s%n", e.getKey(), t.questions(), t.accuracy(),
                    t.evidenceRecallAtK(), t.citedEvidence(), t.spanAccuracy() == null ? "" : " span %.3f".formatted(t.spanAccuracy()));
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
