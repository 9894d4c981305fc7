package dev.byline.index.solr;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.common.util.NamedList;

/**
 * Byline's collection on a SolrCloud: the client (SolrJ over the JDK's HTTP client, cluster state read from the nodes
 * over HTTP), the configset and collection set-up, the schema-version check and the cluster's health. The address is
 * one or more Solr node URLs ({@code http://host:8983/solr,...}); any live one is enough to find the rest.
 */
public final class SolrCollection implements Closeable {

    /** How long a pooled connection may sit idle. */
    static final int IDLE_SECONDS = 30;

    /**
     * How long one request may take. A request in flight to a node that stops can hang until then before it is
     * retried elsewhere (seen in the fault tests), so this bounds how long a question stalls when a node dies; a
     * commit on a large index may take a while, and a commit cut short is simply sent again.
     */
    static final int REQUEST_SECONDS = 30;

    /**
     * How long the client trusts the cluster state it read (SolrJ's default is 60 s): after a node dies, requests go
     * to its replicas, fail and are retried until the state is read again, so this bounds that stall too.
     */
    static final int STATE_TTL_SECONDS = 5;

    /** The configset's name and schema version; a collection built from another version is reported at start-up. */
    public static final String SCHEMA = "byline-1";
    public static final String DEFAULT_COLLECTION = "byline";
    static final String[] CONFIG_FILES = {"solrconfig.xml", "schema.xml", "stopwords_en.txt"};

    private final List<String> urls;
    private final String name;
    private final CloudSolrClient client;
    /** A client with short time-outs for health checks, which must answer while the cluster is sick. */
    private final HttpJdkSolrClient probe;
    static final int PROBE_SECONDS = 3;

    private SolrCollection(List<String> urls, String name, CloudSolrClient client) {
        this.urls = urls;
        this.name = name;
        this.client = client;
        this.probe = new HttpJdkSolrClient.Builder().withConnectionTimeout(2, TimeUnit.SECONDS)
                .withRequestTimeout(PROBE_SECONDS, TimeUnit.SECONDS).build();
    }

    /**
     * Connects to the collection {@code name} of the cluster at {@code address} (comma-separated Solr URLs). Nothing is
     * asked of the cluster yet, so a cluster that is down is reported by the first use, not here.
     */
    public static SolrCollection connect(String address, String name) {
        List<String> urls = urls(address);
        CloudSolrClient client = new CloudSolrClient.Builder(urls)
                .withHttpClientBuilder(new HttpJdkSolrClient.Builder()
                        .withConnectionTimeout(5, TimeUnit.SECONDS)
                        .withIdleTimeout(IDLE_SECONDS, TimeUnit.SECONDS)
                        .withRequestTimeout(REQUEST_SECONDS, TimeUnit.SECONDS))
                .withDefaultCollection(name)
                .withRetryExpiryTime(5, TimeUnit.SECONDS)
                .withCollectionCacheTtl(STATE_TTL_SECONDS, TimeUnit.SECONDS)
                .build();
        return new SolrCollection(urls, name, client);
    }

    /** The node URLs in {@code address} (comma-separated, checked by {@link dev.byline.config.Storage.Solr}), without trailing slashes. */
    public static List<String> urls(String address) {
        List<String> urls = new ArrayList<>();
        for (String part : address.split(",")) {
            String url = part.strip();
            if (!url.isEmpty()) urls.add(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        }
        if (urls.isEmpty()) throw new IllegalArgumentException("BYLINE_SOLR lists no Solr URL");
        return List.copyOf(urls);
    }

    public CloudSolrClient client() {
        return client;
    }

    public String name() {
        return name;
    }

    /** "collection byline on http://…", for messages. */
    public String describe() {
        return "SolrCloud collection " + name + " at " + String.join(",", urls);
    }

    /**
     * Uploads Byline's configset (replacing an older one of the same version) and creates the collection when it does
     * not exist; safe to run again. Returns what it did, one line per step.
     */
    public List<String> init(int shards, int replicas) {
        if (shards < 1 || replicas < 1) throw new IllegalArgumentException("shards and replicas must be at least 1");
        List<String> done = new ArrayList<>();
        try {
            Path zip = configsetZip();
            try {
                new ConfigSetAdminRequest.Upload().setConfigSetName(SCHEMA).setUploadFile(zip, "application/zip").setOverwrite(true).process(client);
            } finally {
                Files.deleteIfExists(zip);
            }
            done.add("configset " + SCHEMA + " uploaded");
            if (CollectionAdminRequest.listCollections(client).contains(name)) {
                CollectionAdminRequest.reloadCollection(name).process(client);
                done.add("collection " + name + " exists; reloaded with the configset");
            } else {
                CollectionAdminRequest.createCollection(name, SCHEMA, shards, replicas).process(client);
                done.add("collection " + name + " created: " + shards + " shard(s), " + replicas + " replica(s) each");
            }
            return done;
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new IllegalStateException("cannot set up " + describe() + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the collection when it exists (tests start each run fresh). */
    public void drop() {
        try {
            if (CollectionAdminRequest.listCollections(client).contains(name)) CollectionAdminRequest.deleteCollection(name).process(client);
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException("cannot delete " + describe() + ": " + e.getMessage(), e);
        }
    }

    /** Why the collection cannot serve this Byline (missing, or built from another schema version); empty when it can. */
    public Optional<String> schemaProblem() {
        try {
            if (!CollectionAdminRequest.listCollections(client).contains(name)) {
                return Optional.of("the collection " + name + " does not exist; run: byline solr init");
            }
            NamedList<Object> response = client.request(new GenericSolrRequest(SolrRequest.METHOD.GET, "/schema/name").setRequiresCollection(true), name);
            Object schema = response.get("name");
            if (!SCHEMA.equals(schema)) {
                return Optional.of("the collection " + name + " has schema " + schema + ", this Byline needs " + SCHEMA + "; run: byline solr init, then ingest again");
            }
            return Optional.empty();
        } catch (SolrServerException | IOException | RuntimeException e) {
            return Optional.of("the cluster does not answer: " + e.getMessage());
        }
    }

    /** Whether every shard of the collection has a live leader, or why not; asks the cluster, which asks ZooKeeper. */
    public Optional<String> unavailable() {
        try {
            Map<String, Map<String, Object>> shards = shards();
            if (shards == null) return Optional.of("the collection " + name + " does not exist");
            for (var shard : shards.entrySet()) {
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> replicas = (Map<String, Map<String, Object>>) shard.getValue().get("replicas");
                boolean leader = replicas.values().stream().anyMatch(r -> "true".equals(String.valueOf(r.get("leader"))) && "active".equals(r.get("state")));
                if (!leader) return Optional.of("shard " + shard.getKey() + " has no active leader");
            }
            return Optional.empty();
        } catch (SolrServerException | IOException | RuntimeException e) {
            return Optional.of("the cluster does not answer: " + e.getMessage());
        }
    }

    /**
     * The collection's shards as the cluster state has them (each with its "replicas": state, leader, base_url, core),
     * or null when there is no such collection; asks the Collections API, which needs ZooKeeper.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Map<String, Object>> shards() throws SolrServerException, IOException {
        var params = new org.apache.solr.common.params.ModifiableSolrParams();
        params.set("action", "CLUSTERSTATUS");
        params.set("collection", name);
        NamedList<Object> status = null;
        Exception last = null;
        long giveUp = System.nanoTime() + PROBE_SECONDS * 1_000_000_000L;
        for (String url : urls) { // the first node that answers in time; a health check must not hang on a sick cluster
            if (last != null && System.nanoTime() > giveUp) break;
            try {
                status = probe.requestWithBaseUrl(url, new GenericSolrRequest(SolrRequest.METHOD.GET, "/admin/collections", params), null);
                break;
            } catch (SolrServerException | IOException | RuntimeException e) {
                last = e;
            }
        }
        if (status == null) throw new SolrServerException("no node answered the cluster status within " + PROBE_SECONDS + " s: " + last.getMessage(), last);
        Object cluster = status.get("cluster");
        Object collections = cluster instanceof NamedList<?> c ? ((NamedList<Object>) c).get("collections") : cluster instanceof Map<?, ?> m ? m.get("collections") : null;
        Object collection = collections instanceof NamedList<?> c ? ((NamedList<Object>) c).get(name) : collections instanceof Map<?, ?> m ? m.get(name) : null;
        if (collection == null) return null;
        Object shards = collection instanceof NamedList<?> c ? ((NamedList<Object>) c).get("shards") : ((Map<String, Object>) collection).get("shards");
        return (Map<String, Map<String, Object>>) shards;
    }

    /** How long a read or a write keeps trying while a node is down or a shard elects a new leader. */
    public static final long READ_PATIENCE_MILLIS = 10_000;
    public static final long WRITE_PATIENCE_MILLIS = 90_000;

    private final java.util.concurrent.atomic.AtomicLong requests = new java.util.concurrent.atomic.AtomicLong();

    /** Requests sent to the cluster through {@link #retrying} so far, tries included (the bench counts them per answer). */
    public long requests() {
        return requests.get();
    }

    /** A request to the cluster. */
    public interface Call<T> {
        T call() throws SolrServerException, IOException;
    }

    /**
     * Calls until it succeeds or {@code patience} runs out, waiting a little longer each time; a request the cluster
     * refuses as wrong (4xx) is not retried. Replacing an article is idempotent, so a write may safely be sent twice.
     */
    public <T> T retrying(String what, long patience, Call<T> call) {
        long deadline = System.currentTimeMillis() + patience;
        long wait = 100;
        while (true) {
            requests.incrementAndGet();
            try {
                return call.call();
            } catch (SolrServerException | IOException | RuntimeException e) {
                boolean refused = e instanceof org.apache.solr.common.SolrException se && se.code() >= 400 && se.code() < 500;
                if (refused || System.currentTimeMillis() + wait > deadline) {
                    throw new IllegalStateException(what + " on " + describe() + " failed: " + e.getMessage(), e);
                }
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(what + " on " + describe() + " was interrupted", e);
                }
                wait = Math.min(wait * 2, 3_000);
            }
        }
    }

    /** The configset shipped in Byline's jar, zipped as the Configset API takes it. */
    static Path configsetZip() throws IOException {
        Path zip = Files.createTempFile("byline-configset", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String file : CONFIG_FILES) {
                try (InputStream in = SolrCollection.class.getResourceAsStream("/solr/configset/" + file)) {
                    if (in == null) throw new IOException("the configset file " + file + " is missing from Byline's jar");
                    out.putNextEntry(new ZipEntry(file));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        return zip;
    }

    @Override
    public void close() {
        try {
            probe.close();
        } catch (IOException e) {
            // nothing held worth reporting
        }
        client.close();
    }
}
