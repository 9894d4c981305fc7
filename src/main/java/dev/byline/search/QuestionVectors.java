package dev.byline.search;

import dev.byline.index.Embedder;

/**
 * The question's vector for a search by meaning, from any backend: null when there is no model or it fails, and then
 * the search goes on by words alone. A failure is said once per process, not per question.
 */
public final class QuestionVectors {

    private final Embedder embedder;
    private volatile boolean failureReported;

    public QuestionVectors(Embedder embedder) {
        this.embedder = embedder;
    }

    /** Whether there is a model at all. */
    public boolean enabled() {
        return embedder != null;
    }

    /** The question's vector, or null when there is no model, the question is blank or the model fails. */
    public float[] of(String question) {
        if (embedder == null || question.isBlank()) return null;
        try {
            return embedder.question(question);
        } catch (RuntimeException e) {
            failed(e);
            return null;
        }
    }

    /** Says once that vectors cannot be read or made, and that BM25 answers meanwhile. */
    public void failed(Exception e) {
        if (failureReported) return;
        failureReported = true;
        System.err.println("byline: search by meaning failed, searching by words alone: " + e);
    }
}
