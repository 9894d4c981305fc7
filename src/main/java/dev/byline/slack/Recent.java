package dev.byline.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * A bounded, thread-safe memory of keys (seen event ids, answered threads, shareable answers): at most
 * {@code capacity} entries, the least used forgotten first, and each forgotten once idle for {@code idle}.
 */
final class Recent<V> {

    private final Cache<String, V> entries;

    Recent(int capacity, Duration idle) {
        this.entries = Caffeine.newBuilder().maximumSize(capacity).expireAfterAccess(idle).build();
    }

    /** Remembers the key; true when it was not already remembered. */
    boolean firstTime(String key, V value) {
        return entries.asMap().putIfAbsent(key, value) == null;
    }

    void put(String key, V value) {
        entries.put(key, value);
    }

    V get(String key) {
        return entries.getIfPresent(key);
    }

    boolean contains(String key) {
        return entries.getIfPresent(key) != null;
    }
}
