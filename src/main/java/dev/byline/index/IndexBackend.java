package dev.byline.index;

import java.io.Closeable;
import java.time.Duration;
import java.util.Map;

/**
 * Where analysed articles are stored for search: the embedded Lucene index by default, a cluster in larger
 * deployments. The {@link Indexer} decides what to write; a backend only writes it, durably on {@link Writer#commit}.
 */
public interface IndexBackend extends Closeable {

    /** What the store already holds of an article: the hash of its content and the file it came from (or null). */
    record Known(String hash, String origin) {}

    /** The committed articles by id, read once per ingest so the per-article check is a map lookup. */
    Map<String, Known> known();

    /**
     * A writer for one ingest; only one may be open on a store at a time, a second fails with a clear message. Closing it
     * keeps what was written; {@link Writer#commit} makes it durable and visible before then.
     */
    Writer open();

    /** Makes the latest commit visible to searches in this process. */
    void refresh();

    /** Keeps searches in this process up to date with commits made by other processes (an ingest beside a server). */
    void followCommits(Duration every);

    /** Why the store cannot answer now (a cluster without a leader for some shard, or unreachable); empty when it can. */
    default java.util.Optional<String> unavailable() {
        return java.util.Optional.empty();
    }

    /** Where the store is, for messages ("data/index", a cluster's address). */
    String describe();

    /** A passage without a vector yet: where it is, its text, and what the date and outlet filters need. */
    record PendingPassage(String articleId, int start, String text, java.time.LocalDate published, String source) {}

    /** Up to a batch of passages without a vector, and how many lack one in all. */
    record PendingVectors(java.util.List<PendingPassage> batch, long total) {}

    /** A passage's vector, ready to store; null for a passage without words, marked done with none. */
    record PassageVector(PendingPassage passage, float[] vector) {}

    /** The first {@code max} committed passages that have no vector, and how many have none. */
    PendingVectors passagesWithoutVectors(int max);

    /**
     * Stores vectors for passages, each replacing any earlier one, durably, in a write of its own; false, storing
     * nothing, when an ingest holds the store's writer (try again later).
     */
    boolean addVectors(java.util.List<PassageVector> vectors);

    /** One ingest's writes. */
    interface Writer extends Closeable {

        /** Stores the article, replacing every trace of an earlier version with the same id. */
        void replace(AnalyzedArticle article);

        /** Drops the article with this id and all that came from it; nothing happens when there is none. */
        void delete(String articleId);

        /** Makes everything written so far durable and visible. */
        void commit();

        @Override
        void close();
    }
}
