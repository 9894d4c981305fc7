package dev.byline.index.solr;

import dev.byline.index.SharedState;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;

/**
 * {@link SharedState} in Byline's collection: one small document per key (kind "state"), read with real-time get so a
 * write is seen at once by every server, written create-only with Solr's optimistic concurrency ({@code _version_ = -1})
 * when only the first writer may win, and deleted by the configset's expiry processor once its time to live has passed.
 */
public final class SolrState implements SharedState {

    static final String KIND = "state";
    static final String VALUE = "state_value";
    static final String EXPIRES = "expire_at";
    /** Who wrote a create-only entry, so a writer whose first try stored it before failing knows it won. */
    static final String OWNER = "state_owner";
    /** Entries are durable and searchable within this long; real-time get sees them at once. */
    private static final int COMMIT_WITHIN_MILLIS = 10_000;

    private final SolrCollection collection;

    public SolrState(SolrCollection collection) {
        this.collection = collection;
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        SolrDocument existing = stored(key);
        if (existing != null && !expired(existing)) return false;
        String owner = UUID.randomUUID().toString();
        SolrInputDocument doc = doc(key, value, ttl);
        doc.setField(OWNER, owner);
        // Create-only; an expired entry the expiry processor has not deleted yet is replaced only if nobody changed it since.
        doc.setField("_version_", existing == null ? -1L : existing.getFirstValue("_version_"));
        try {
            send(doc);
            return true;
        } catch (IllegalStateException e) {
            // Refused as a conflict: another server stored it first, or an earlier try of ours did before failing to
            // reach a replica. The owner token tells which.
            if (!(e.getCause() instanceof SolrException se && se.code() == 409)) throw e;
            SolrDocument now = stored(key);
            return now != null && owner.equals(now.getFirstValue(OWNER));
        }
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        send(doc(key, value, ttl));
    }

    @Override
    public Optional<String> get(String key) {
        SolrDocument doc = stored(key);
        return doc == null || expired(doc) ? Optional.empty() : Optional.ofNullable((String) doc.getFirstValue(VALUE));
    }

    private static boolean expired(SolrDocument doc) {
        return doc.getFirstValue(EXPIRES) instanceof Date date && date.toInstant().isBefore(Instant.now());
    }

    // Real-time get: the latest write, committed or not, from the shard that holds the key.
    private SolrDocument stored(String key) {
        var params = new org.apache.solr.common.params.ModifiableSolrParams();
        params.set("fl", "id," + VALUE + "," + EXPIRES + "," + OWNER + ",_version_");
        return collection.retrying("reading " + key, SolrCollection.READ_PATIENCE_MILLIS, () -> collection.client().getById(collection.name(), id(key), params));
    }

    private static String id(String key) {
        return "state!" + key;
    }

    private static SolrInputDocument doc(String key, String value, Duration ttl) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField("id", id(key));
        doc.setField("kind", KIND);
        doc.setField(VALUE, value);
        doc.setField(EXPIRES, Date.from(Instant.now().plus(ttl)));
        return doc;
    }

    /**
     * A reader waits for this: an answer is not held for long while a shard elects a new leader (which took up to a
     * minute in the fault tests); a conversation that cannot be stored only loses its follow-ups.
     */
    static final long STATE_PATIENCE_MILLIS = 5_000;

    // Retried while a node is down; a refusal (a version conflict, 409) is not retried and comes out as the cause.
    private void send(SolrInputDocument doc) {
        UpdateRequest update = new UpdateRequest();
        update.add(doc);
        update.setCommitWithin(COMMIT_WITHIN_MILLIS);
        collection.retrying("storing " + doc.getFieldValue("id"), STATE_PATIENCE_MILLIS, () -> update.process(collection.client(), collection.name()));
    }
}
