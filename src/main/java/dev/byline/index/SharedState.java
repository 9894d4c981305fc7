package dev.byline.index;

import java.time.Duration;
import java.util.Optional;

/**
 * Small state that several Byline servers behind one load balancer must share: conversations (so a follow-up may land
 * on any server) and Slack's event ids and threads (so a retried event is answered once). Each entry is a string under
 * a key and is forgotten after its time to live. On one server Byline keeps these in memory and needs none of this;
 * on SolrCloud the cluster holds them beside the articles (see dev.byline.index.solr.SolrState).
 */
public interface SharedState {

    /** Stores the value only when the key holds none; true when this call stored it (exactly one caller wins). */
    boolean putIfAbsent(String key, String value, Duration ttl);

    /** Stores the value, replacing any. */
    void put(String key, String value, Duration ttl);

    /** The value, if present and not expired. */
    Optional<String> get(String key);
}
