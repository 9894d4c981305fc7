package dev.byline.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.byline.index.SharedState;
import dev.byline.nlp.lexicon.Genders.Gender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Recent conversations in memory, at most {@link #MAX_CONVERSATIONS} and each forgotten after a day idle, keeping its last turns. */
public final class Conversations {

    /**
     * A question, the standalone question answered for it, what Byline answered, and who and what it was about: the
     * speaker quoted or asked about and their gender as far as their name or role tells, the words quoted or asked
     * for, and the subject asked about ("the Supreme Court" in "What did McConnell say about the Supreme Court?");
     * null when none.
     */
    public record Turn(String question, String standalone, ChatResponse response, String speaker, Gender speakerGender,
                       String topic, String about) {
        public Turn {
            speakerGender = speakerGender == null ? Gender.UNKNOWN : speakerGender;
        }

        public Turn(String question, ChatResponse response) {
            this(question, question, response, null, Gender.UNKNOWN, null, null);
        }
    }

    /** Someone a conversation has been about, and their gender as far as known. */
    public record Person(String name, Gender gender) {}

    /**
     * What a follow-up may refer to: the people the conversation was about, the most recent first; the last topic
     * (the words last quoted of the most recent person); and the last subject asked about.
     */
    public record Context(List<Person> people, String topic, String about) {
        public static final Context NONE = new Context(List.of(), null, null);

        public Context {
            people = List.copyOf(people);
        }

        /** One person talked about, with a topic. */
        public Context(String speaker, Gender gender, String topic) {
            this(speaker == null ? List.of() : List.of(new Person(speaker, gender)), topic, null);
        }

        /** The person talked about last, or null. */
        public String speaker() {
            return people.isEmpty() ? null : people.getFirst().name();
        }
    }

    static final int MAX_CONVERSATIONS = 10_000;
    static final int MAX_TURNS = 20;
    /** A conversation nobody has continued for this long is forgotten. */
    static final Duration IDLE = Duration.ofHours(24);

    private final Cache<String, List<Turn>> byId = Caffeine.newBuilder().maximumSize(MAX_CONVERSATIONS).expireAfterAccess(IDLE).build();
    /** Where conversations live when several servers share them; null keeps them in this process. */
    private final SharedState shared;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper()
            .findAndRegisterModules().configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final com.fasterxml.jackson.databind.JavaType TURNS = JSON.getTypeFactory().constructCollectionType(List.class, Turn.class);

    /** Conversations in this process's memory. */
    public Conversations() {
        this(null);
    }

    /** Conversations kept in {@code shared} (JSON, forgotten after a day idle), so any server may continue one; in memory when null. */
    public Conversations(SharedState shared) {
        this.shared = shared;
    }

    /** The id to use: the given one, or a new one. */
    public String idFor(String requested) {
        return requested != null ? requested : UUID.randomUUID().toString();
    }

    /** The conversation's turns, oldest first; empty for an unknown or forgotten one. */
    public List<Turn> turns(String conversationId) {
        if (shared != null) return sharedTurns(conversationId);
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

    /**
     * The people the turns were about, the most recent first; the last topic a turn about the most recent of them had
     * ("Who is he?" keeps the quote before it); and the last subject asked about.
     */
    public static Context context(List<Turn> turns) {
        List<Person> people = new ArrayList<>();
        String topic = null, about = null;
        for (Turn t : turns.reversed()) {
            if (about == null) about = t.about();
            if (t.speaker() == null) continue;
            if (people.stream().noneMatch(p -> p.name().equals(t.speaker()))) people.add(new Person(t.speaker(), t.speakerGender()));
            if (topic == null && t.topic() != null && t.speaker().equals(people.getFirst().name())) topic = t.topic();
        }
        return people.isEmpty() && about == null ? Context.NONE : new Context(people, topic, about);
    }

    public void record(String conversationId, Turn turn) {
        record(conversationId, null, turn);
    }

    /**
     * Adds a turn to a conversation whose turns were just read as {@code before} (null: read them again); when the
     * conversations live in a cluster, that saves a round trip per answer.
     */
    public void record(String conversationId, List<Turn> before, Turn turn) {
        if (shared != null) {
            List<Turn> turns = new ArrayList<>(before != null ? before : sharedTurns(conversationId));
            turns.add(turn);
            if (turns.size() > MAX_TURNS) turns.removeFirst();
            try {
                shared.put(KEY + conversationId, JSON.writeValueAsString(turns), IDLE);
            } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
                // The answer has been given; a conversation the store cannot keep only loses its follow-ups.
                LOG.warn("cannot keep conversation {}: {}", conversationId, e.getMessage());
            }
            return;
        }
        List<Turn> turns = byId.get(conversationId, id -> new ArrayList<>());
        synchronized (turns) {
            turns.add(turn);
            if (turns.size() > MAX_TURNS) turns.removeFirst();
        }
    }

    private static final String KEY = "conversation:";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Conversations.class);

    // A conversation another server may have continued; one that cannot be read back starts afresh rather than failing.
    private List<Turn> sharedTurns(String conversationId) {
        try {
            Optional<String> stored = shared.get(KEY + conversationId);
            return stored.isEmpty() ? List.of() : JSON.readValue(stored.get(), TURNS);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
            LOG.warn("cannot read conversation {}, answering it as a new one: {}", conversationId, e.getMessage());
            return List.of();
        }
    }

    /** Conversations held now (after pending evictions), for metrics and the memory bound's test. */
    public long size() {
        byId.cleanUp();
        return byId.estimatedSize();
    }
}
