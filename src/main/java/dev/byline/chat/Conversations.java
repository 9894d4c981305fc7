package dev.byline.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Recent conversations in memory, at most {@link #MAX_CONVERSATIONS} and each forgotten after a day idle, keeping its last turns. */
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
    /** A conversation nobody has continued for this long is forgotten. */
    static final Duration IDLE = Duration.ofHours(24);

    private final Cache<String, List<Turn>> byId = Caffeine.newBuilder().maximumSize(MAX_CONVERSATIONS).expireAfterAccess(IDLE).build();

    /** The id to use: the given one, or a new one. */
    public String idFor(String requested) {
        return requested != null ? requested : UUID.randomUUID().toString();
    }

    /** The conversation's turns, oldest first; empty for an unknown or forgotten one. */
    public List<Turn> turns(String conversationId) {
        List<Turn> turns = byId.getIfPresent(conversationId);
        if (turns == null) return List.of();
        synchronized (turns) {
            return List.copyOf(turns);
        }
    }

    /** What the conversation is about now; see {@link #context(List)}. */
    public Context context(String conversationId) {
        return context(turns(conversationId));
    }

    /** The last speaker any turn was about, with the last topic a turn about them had ("Who is he?" keeps the quote before it). */
    public static Context context(List<Turn> turns) {
        String speaker = null;
        for (Turn t : turns.reversed()) {
            if (speaker == null) speaker = t.speaker();
            if (speaker != null && speaker.equals(t.speaker()) && t.topic() != null) return new Context(speaker, t.topic());
        }
        return speaker == null ? Context.NONE : new Context(speaker, null);
    }

    public void record(String conversationId, Turn turn) {
        List<Turn> turns = byId.get(conversationId, id -> new ArrayList<>());
        synchronized (turns) {
            turns.add(turn);
            if (turns.size() > MAX_TURNS) turns.removeFirst();
        }
    }

    /** Conversations held now (after pending evictions), for metrics and the memory bound's test. */
    public long size() {
        byId.cleanUp();
        return byId.estimatedSize();
    }
}
