package dev.byline.index;

import dev.byline.index.IndexBackend.PassageVector;
import dev.byline.index.IndexBackend.PendingPassage;
import dev.byline.index.IndexBackend.PendingVectors;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Gives committed passages their vectors, a batch at a time, after the ingest that wrote them: articles are searchable
 * by BM25 at once and by meaning as their vectors arrive. What it has stored stays stored, so a run that is stopped or
 * killed resumes where it was; an unchanged article keeps its vectors across re-ingests.
 */
public final class VectorFiller {

    /** Passages embedded per write: about five seconds of embedding on two cores. */
    static final int BATCH = 512;
    /** Passages read per look for what lacks a vector (the look reads every passage's key, so not once per write). */
    static final int CHUNK = 8 * BATCH;

    /** Progress after each batch: passages embedded in this run, still without a vector, and the rate. */
    @FunctionalInterface
    public interface Progress {
        void batch(long embedded, long remaining, double perSecond);
    }

    private final IndexBackend store;
    private final Embedder embedder;
    private final int batchSize;
    private volatile long remaining = -1;

    public VectorFiller(IndexBackend store, Embedder embedder) {
        this(store, embedder, BATCH);
    }

    public VectorFiller(IndexBackend store, Embedder embedder, int batchSize) {
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        this.store = store;
        this.embedder = embedder;
        this.batchSize = batchSize;
    }

    private static boolean hasWords(PendingPassage p) {
        return p.text().codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** Passages still without a vector as last counted, or -1 before the first count. */
    public long remaining() {
        return remaining;
    }

    /** Counts the passages without a vector now. */
    public long count() {
        remaining = store.passagesWithoutVectors(0).total();
        return remaining;
    }

    /** Embeds until every committed passage has a vector or {@code stop} says so; returns how many it embedded. */
    public long fill(BooleanSupplier stop, Progress progress) throws InterruptedException {
        long embedded = 0, started = System.nanoTime();
        while (!stop.getAsBoolean()) {
            PendingVectors pending = store.passagesWithoutVectors(batchSize * (CHUNK / BATCH));
            remaining = pending.total();
            if (pending.batch().isEmpty()) break;
            List<PendingPassage> chunk = pending.batch();
            for (int from = 0; from < chunk.size(); from += batchSize) {
                if (stop.getAsBoolean()) return embedded;
                List<PendingPassage> batch = chunk.subList(from, Math.min(chunk.size(), from + batchSize));
                // A passage without words has nothing to be found by; it is marked done without a vector.
                List<PendingPassage> worded = batch.stream().filter(VectorFiller::hasWords).toList();
                java.util.Iterator<float[]> vectors = embedder.passages(worded.stream().map(PendingPassage::text).toList()).iterator();
                List<PassageVector> out = new ArrayList<>(batch.size());
                for (PendingPassage p : batch) out.add(new PassageVector(p, hasWords(p) ? vectors.next() : null));
                while (!store.addVectors(out)) {
                    if (stop.getAsBoolean()) return embedded;
                    Thread.sleep(1_000); // an ingest holds the writer; its commits come first
                }
                embedded += batch.size();
                remaining = Math.max(0, remaining - batch.size());
                double seconds = (System.nanoTime() - started) / 1e9;
                progress.batch(embedded, remaining, seconds == 0 ? 0 : embedded / seconds);
            }
        }
        return embedded;
    }
}
