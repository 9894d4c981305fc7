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
                       @JsonProperty("by_question_type") Map<String, TypeScores> byQuestionType) {

    /** A report without the split by question form. */
    public QaReport(int questions, double accuracy, int k, double evidenceRecallAtK, double citedEvidence, double mrrAt10,
                    Latency latencyMs, Map<String, TypeScores> byType) {
        this(questions, accuracy, k, evidenceRecallAtK, citedEvidence, mrrAt10, latencyMs, byType, Map.of());
    }

    public record Latency(double p50, double p95) {}

    public record TypeScores(int questions, double accuracy,
                             @JsonProperty("evidence_recall_at_k") double evidenceRecallAtK,
                             @JsonProperty("cited_evidence") double citedEvidence) {}
}
