package dev.byline.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.byline.index.SharedState;
import java.time.Duration;

/**
 * A bounded, thread-safe memory of keys (seen event ids, answered threads, shareable answers): at most
 * {@code capacity} entries, the least used forgotten first, and each forgotten once idle for {@code idle}.
 */
final class Recent<V> {

    private final Cache<String, V> entries;
    /** Where the keys live when several servers share them (flags only); null keeps them here. */
    private final SharedState shared;
    private final String space;
    private final Duration idle;

    Recent(int capacity, Duration idle) {
        this(capacity, idle, null, null);
    }

    /** Kept in {@code shared} under "{@code space}:key" when it is not null, so every server sees every key. */
    Recent(int capacity, Duration idle, SharedState shared, String space) {
        this.entries = Caffeine.newBuilder().maximumSize(capacity).expireAfterAccess(idle).build();
        this.shared = shared;
        this.space = space;
        this.idle = idle;
    }

    /** Remembers the key; true when it was not already remembered (by any server, when shared). */
    boolean firstTime(String key, V value) {
        if (shared != null) return shared.putIfAbsent(space + ":" + key, "1", idle);
        return entries.asMap().putIfAbsent(key, value) == null;
    }

    void put(String key, V value) {
        if (shared != null) {
            shared.put(space + ":" + key, "1", idle);
            return;
        }
        entries.put(key, value);
    }

    V get(String key) {
        return entries.getIfPresent(key);
    }

    boolean contains(String key) {
        if (shared != null) return shared.get(space + ":" + key).isPresent();
        return entries.getIfPresent(key) != null;
    }
}
