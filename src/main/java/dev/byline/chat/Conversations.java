package dev.byline.chat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Recent conversations in memory, least recently used dropped first, each keeping its last few turns. */
public final class Conversations {

    /**
     * A question, the standalone question answered for it, what Byline answered, and who and what it was about
     * (the speaker quoted or asked about, the words quoted or asked for; null when none).
     */
    public record Turn(String question, String standalone, ChatResponse response, String speaker, String topic) {
        public Turn(String question, ChatResponse response) {
            this(question, question, response, null, null);
        }
    }

    /** What a follow-up may refer to: the last speaker the conversation was about, and the last topic. */
    public record Context(String speaker, String topic) {
        public static final Context NONE = new Context(null, null);
    }

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

    /** The last speaker any turn was about, with the last topic a turn about them had ("Who is he?" keeps the quote before it). */
    public Context context(String conversationId) {
        String speaker = null;
        for (Turn t : turns(conversationId).reversed()) {
            if (speaker == null) speaker = t.speaker();
            if (speaker != null && speaker.equals(t.speaker()) && t.topic() != null) return new Context(speaker, t.topic());
        }
        return speaker == null ? Context.NONE : new Context(speaker, null);
    }

    public void record(String conversationId, Turn turn) {
        List<Turn> turns = byId.computeIfAbsent(conversationId, id -> new ArrayList<>());
        synchronized (turns) {
            turns.add(turn);
            if (turns.size() > MAX_TURNS) turns.removeFirst();
        }
    }
}
