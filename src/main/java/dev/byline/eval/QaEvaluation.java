package dev.byline.eval;

import dev.byline.chat.ChatRequest;
import dev.byline.chat.ChatResponse;
import dev.byline.chat.ChatService;
import dev.byline.search.PassageHit;
import dev.byline.search.SearchBackend;
import dev.byline.search.SearchFilter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Asks each gold question as of its date and scores the answers: accuracy (an accepted answer and no distractor
 * in the answer text), evidence recall@k (an evidence article among the top k articles retrieved for the
 * question), cited evidence (an evidence article among the answer's citations), and latency.
 */
public final class QaEvaluation {

    /** One question's result; {@code evidenceRank} is the rank of the first evidence article retrieved (1 first), 0 when none of the top {@link #MRR_DEPTH} is. */
    public record Outcome(QaQuestion question, ChatResponse response, boolean correct, boolean evidenceInTopK,
                          boolean evidenceCited, double millis, int evidenceRank) {
        /** Whether the answer's span (the words a typed question asked for) names an accepted answer. */
        public boolean spanCorrect() {
            return response.answer().span() != null && question.isNamedBy(response.answer().span().text());
        }
    }

    /** How deep the mean reciprocal rank of the evidence looks: MRR@10. */
    public static final int MRR_DEPTH = 10;

    private final ChatService chat;
    private final SearchBackend search;

    public QaEvaluation(ChatService chat, SearchBackend search) {
        this.chat = chat;
        this.search = search;
    }

    public List<Outcome> run(List<QaQuestion> questions, int k, Consumer<Outcome> progress) {
        List<Outcome> outcomes = new ArrayList<>();
        for (QaQuestion q : questions) {
            SearchFilter asOf = new SearchFilter(null, null, q.asOf(), List.of());
            long start = System.nanoTime();
            ChatResponse response = chat.chat(new ChatRequest(q.question(), null, asOf));
            double millis = (System.nanoTime() - start) / 1e6;
            Set<String> evidence = new HashSet<>(q.evidence());
            List<String> top = topArticles(q.question(), asOf, Math.max(k, MRR_DEPTH));
            boolean inTopK = top.subList(0, Math.min(k, top.size())).stream().anyMatch(evidence::contains);
            int rank = 0;
            for (int i = 0; i < Math.min(MRR_DEPTH, top.size()) && rank == 0; i++) if (evidence.contains(top.get(i))) rank = i + 1;
            boolean cited = response.citations().stream().anyMatch(c -> evidence.contains(c.articleId()));
            Outcome outcome = new Outcome(q, response, q.isAnsweredBy(response.answer().text()), inTopK, cited, millis, rank);
            outcomes.add(outcome);
            progress.accept(outcome);
        }
        return outcomes;
    }

    /** Evidence recall@k and MRR@10 of one way of retrieving. */
    public record RetrievalScores(@com.fasterxml.jackson.annotation.JsonProperty("evidence_recall_at_k") double recallAtK,
                                  @com.fasterxml.jackson.annotation.JsonProperty("mrr_at_10") double mrrAt10) {}

    /**
     * Retrieval alone, the same questions asked of each retriever in turn (BM25, vectors, fused): evidence recall@k and
     * MRR@10 side by side, as of each question's day.
     */
    public static Map<String, RetrievalScores> compareRetrieval(List<QaQuestion> questions, Map<String, SearchBackend> retrievers, int k) {
        Map<String, RetrievalScores> out = new java.util.LinkedHashMap<>();
        retrievers.forEach((name, search) -> {
            QaEvaluation eval = new QaEvaluation(null, search);
            int found = 0;
            double reciprocal = 0;
            for (QaQuestion q : questions) {
                List<String> top = eval.topArticles(q.question(), new SearchFilter(null, null, q.asOf(), List.of()), Math.max(k, MRR_DEPTH));
                Set<String> evidence = new HashSet<>(q.evidence());
                if (top.subList(0, Math.min(k, top.size())).stream().anyMatch(evidence::contains)) found++;
                for (int i = 0; i < Math.min(MRR_DEPTH, top.size()); i++) {
                    if (evidence.contains(top.get(i))) { reciprocal += 1.0 / (i + 1); break; }
                }
            }
            out.put(name, new RetrievalScores(round((double) found / Math.max(1, questions.size())), round(reciprocal / Math.max(1, questions.size()))));
        });
        return out;
    }

    /** The first k distinct articles retrieval ranks for the question. */
    private List<String> topArticles(String question, SearchFilter filter, int k) {
        Set<String> ids = new LinkedHashSet<>();
        for (PassageHit hit : search.passages(question, filter, SearchBackend.MAX_LIMIT).hits()) {
            ids.add(hit.articleId());
            if (ids.size() == k) break;
        }
        return List.copyOf(ids);
    }

    public static QaReport report(List<Outcome> outcomes, int k) {
        Map<String, QaReport.TypeScores> byType = split(outcomes, o -> o.question().type());
        Map<String, QaReport.TypeScores> byQuestionType = split(outcomes, o -> dev.byline.answer.QuestionType.of(o.question().question()).label());
        List<Double> latencies = outcomes.stream().map(Outcome::millis).sorted().toList();
        return new QaReport(outcomes.size(), share(outcomes, Outcome::correct), k, share(outcomes, Outcome::evidenceInTopK),
                share(outcomes, Outcome::evidenceCited), meanReciprocalRank(outcomes),
                new QaReport.Latency(percentile(latencies, 0.50), percentile(latencies, 0.95)), byType, byQuestionType,
                spanShare(outcomes));
    }

    /** The scores of the outcomes grouped by {@code key}, keys in order. */
    private static Map<String, QaReport.TypeScores> split(List<Outcome> outcomes, java.util.function.Function<Outcome, String> key) {
        Map<String, QaReport.TypeScores> out = new TreeMap<>();
        outcomes.stream().collect(Collectors.groupingBy(key)).forEach((value, group) -> out.put(value, new QaReport.TypeScores(
                group.size(), share(group, Outcome::correct), share(group, Outcome::evidenceInTopK), share(group, Outcome::evidenceCited),
                spanShare(group))));
        return out;
    }

    /** The mean over questions of 1 / the rank of the first evidence article, 0 where none is in the top {@link #MRR_DEPTH}. */
    static double meanReciprocalRank(Collection<Outcome> outcomes) {
        if (outcomes.isEmpty()) return 0;
        return round(outcomes.stream().mapToDouble(o -> o.evidenceRank() == 0 ? 0 : 1.0 / o.evidenceRank()).sum() / outcomes.size());
    }

    /** The share of outcomes whose span names an answer, or null when no answer had a span. */
    private static Double spanShare(Collection<Outcome> outcomes) {
        return outcomes.stream().anyMatch(o -> o.response().answer().span() != null) ? share(outcomes, Outcome::spanCorrect) : null;
    }

    private static double share(Collection<Outcome> outcomes, java.util.function.Predicate<Outcome> test) {
        if (outcomes.isEmpty()) return 0;
        return round((double) outcomes.stream().filter(test).count() / outcomes.size());
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) return 0;
        int rank = (int) Math.ceil(p * sorted.size());
        return round(sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))));
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
