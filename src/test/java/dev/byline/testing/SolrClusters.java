package dev.byline.testing;

import dev.byline.index.solr.LocalCloud;
import dev.byline.index.solr.SolrCollection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One real 3-node SolrCloud for the end-to-end tests that need a cluster, started on first use (Solr 9 nodes and
 * ZooKeeper in a child JVM, see {@link LocalCloud}) and stopped when the test JVM ends. Collections are made with 2
 * shards of 2 replicas each, so every test crosses nodes.
 */
public final class SolrClusters {

    public static final int NODES = 3;
    public static final int SHARDS = 2;
    public static final int REPLICAS = 2;

    private static LocalCloud shared;
    private static long startMillis;

    private SolrClusters() {}

    /** The shared cluster, started on first call. */
    public static synchronized LocalCloud shared() {
        if (shared == null) {
            try {
                Path dir = Files.createTempDirectory("byline-solr");
                long t0 = System.nanoTime();
                shared = LocalCloud.start(NODES, dir, 0);
                startMillis = (System.nanoTime() - t0) / 1_000_000;
                System.out.println("SolrCloud: " + NODES + " nodes up in " + startMillis + " ms at " + shared.address());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** A new, empty collection of {@link #SHARDS} shards of {@link #REPLICAS} replicas on the shared cluster. */
    public static SolrCollection freshCollection(String name) {
        SolrCollection collection = SolrCollection.connect(shared().address(), name);
        collection.drop();
        collection.init(SHARDS, REPLICAS);
        return collection;
    }
}
