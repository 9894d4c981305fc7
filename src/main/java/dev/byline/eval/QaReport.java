package dev.byline.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** Scores of a QA run; the shape `byline eval qa --json` prints. */
public record QaReport(int questions, double accuracy, int k,
                       @JsonProperty("evidence_recall_at_k") double evidenceRecallAtK,
                       @JsonProperty("cited_evidence") double citedEvidence,
                       @JsonProperty("mrr_at_10") double mrrAt10,
                       @JsonProperty("latency_ms") Latency latencyMs,
                       @JsonProperty("by_type") Map<String, TypeScores> byType,
                       @JsonProperty("by_question_type") Map<String, TypeScores> byQuestionType,
                       @JsonProperty("span_accuracy") Double spanAccuracy,
                       @JsonProperty("retrieval") Map<String, QaEvaluation.RetrievalScores> retrieval) {

    public QaReport {
        retrieval = retrieval == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(retrieval));
    }

    public QaReport(int questions, double accuracy, int k, double evidenceRecallAtK, double citedEvidence, double mrrAt10,
                    Latency latencyMs, Map<String, TypeScores> byType, Map<String, TypeScores> byQuestionType, Double spanAccuracy) {
        this(questions, accuracy, k, evidenceRecallAtK, citedEvidence, mrrAt10, latencyMs, byType, byQuestionType, spanAccuracy, Map.of());
    }

    /** This report with retrieval compared side by side (BM25, vectors, fused). */
    public QaReport withRetrieval(Map<String, QaEvaluation.RetrievalScores> compared) {
        return new QaReport(questions, accuracy, k, evidenceRecallAtK, citedEvidence, mrrAt10, latencyMs, byType, byQuestionType, spanAccuracy, compared);
    }

    /** A report without the split by question form. */
    public QaReport(int questions, double accuracy, int k, double evidenceRecallAtK, double citedEvidence, double mrrAt10,
                    Latency latencyMs, Map<String, TypeScores> byType) {
        this(questions, accuracy, k, evidenceRecallAtK, citedEvidence, mrrAt10, latencyMs, byType, Map.of(), null);
    }

    /** A report without answer spans (who-said questions answer with quotes, not spans). */
    public QaReport(int questions, double accuracy, int k, double evidenceRecallAtK, double citedEvidence, double mrrAt10,
                    Latency latencyMs, Map<String, TypeScores> byType, Map<String, TypeScores> byQuestionType) {
        this(questions, accuracy, k, evidenceRecallAtK, citedEvidence, mrrAt10, latencyMs, byType, byQuestionType, null);
    }

    public record Latency(double p50, double p95) {}

    /**
     * {@code spanAccuracy}: the share of questions whose answer span names an accepted answer (an answer without one
     * counts as wrong); null when no answer had a span (quote answers, for instance).
     */
    public record TypeScores(int questions, double accuracy,
                             @JsonProperty("evidence_recall_at_k") double evidenceRecallAtK,
                             @JsonProperty("cited_evidence") double citedEvidence,
                             @JsonProperty("span_accuracy") Double spanAccuracy) {
        public TypeScores(int questions, double accuracy, double evidenceRecallAtK, double citedEvidence) {
            this(questions, accuracy, evidenceRecallAtK, citedEvidence, null);
        }
    }
}
