package dev.byline.index;

import java.util.List;

/**
 * Turns text into a dense vector, so a question finds passages that say the same thing in other words. Byline's runs
 * a model in process ({@code llm/LocalEmbedder}); vectors are unit length, so their dot product is their cosine.
 */
public interface Embedder {

    /** The length of every vector. */
    int dimensions();

    /** Vectors for passages, in order. */
    List<float[]> passages(List<String> texts);

    /** The vector for a question, as the model wants a search query written. */
    float[] question(String question);
}
