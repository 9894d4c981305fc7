package dev.byline.llm;

import dev.byline.index.Embedder;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * BGE small English v1.5, quantized, run in process through LangChain4j and ONNX Runtime (the model ships inside its
 * jar; nothing is downloaded): 384 dimensions, unit length. Passages are embedded as written; questions with the
 * instruction BGE was trained to read before a search query. Batches are split over one thread per core. The model
 * loads on first use (about a second), so a server answers before it is needed.
 */
public final class LocalEmbedder implements Embedder {

    /** BGE v1.5's instruction for short queries that search for passages. */
    static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

    private volatile EmbeddingModel model;

    public LocalEmbedder() {}

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
                            Thread.ofPlatform().daemon().name("embed-", 0).factory());
                    model = new BgeSmallEnV15QuantizedEmbeddingModel(threads);
                }
                loaded = model;
            }
        }
        return loaded;
    }

    @Override
    public int dimensions() {
        return 384;
    }

    @Override
    public List<float[]> passages(List<String> texts) {
        if (texts.isEmpty()) return List.of();
        List<Embedding> embeddings = model().embedAll(texts.stream().map(TextSegment::from).toList()).content();
        return embeddings.stream().map(Embedding::vector).toList();
    }

    @Override
    public float[] question(String question) {
        return model().embed(QUERY_INSTRUCTION + question).content().vector();
    }
}
