package dev.byline.chat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Recent conversations in memory, least recently used dropped first, each keeping its last few turns. */
public final class Conversations {

    /** A question and what Byline answered. */
    public record Turn(String question, ChatResponse response) {}

    static final int MAX_CONVERSATIONS = 10_000;
    static final int MAX_TURNS = 20;

    private final Map<String, List<Turn>> byId = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Turn>> eldest) {
            return size() > MAX_CONVERSATIONS;
        }
    });

    /** The id to use: the given one, or a new one. */
    public String idFor(String requested) {
        return requested != null ? requested : UUID.randomUUID().toString();
    }

    public List<Turn> turns(String conversationId) {
        List<Turn> turns = byId.get(conversationId);
        if (turns == null) return List.of();
        synchronized (turns) {
            return List.copyOf(turns);
        }
    }

    public void record(String conversationId, Turn turn) {
        List<Turn> turns = byId.computeIfAbsent(conversationId, id -> new ArrayList<>());
        synchronized (turns) {
            turns.add(turn);
            if (turns.size() > MAX_TURNS) turns.removeFirst();
        }
    }
}
