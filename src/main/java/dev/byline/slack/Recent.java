package dev.byline.slack;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A bounded, thread-safe map that forgets the least recently used entry first: seen event ids, answered threads, shareable answers. */
final class Recent<V> {

    private final Map<String, V> entries;

    Recent(int capacity) {
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        });
    }

    /** Remembers the key; true when it was not already remembered. */
    boolean firstTime(String key, V value) {
        return entries.putIfAbsent(key, value) == null;
    }

    void put(String key, V value) {
        entries.put(key, value);
    }

    V get(String key) {
        return entries.get(key);
    }

    boolean contains(String key) {
        return entries.containsKey(key);
    }
}
