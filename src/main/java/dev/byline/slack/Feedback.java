package dev.byline.slack;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The 👍 / 👎 verdicts people give answers in Slack: one log line each, and counts per question and verdict. */
public final class Feedback {

    private static final Logger LOG = LoggerFactory.getLogger(Feedback.class);

    public enum Verdict { HELPFUL, NOT_HELPFUL }

    /** What was asked and what was said of the answer. */
    public record Key(String question, Verdict verdict) {}

    private final Map<Key, AtomicLong> counts = new ConcurrentHashMap<>();

    public void record(String question, Verdict verdict, String user, String channel) {
        long count = counts.computeIfAbsent(new Key(question, verdict), k -> new AtomicLong()).incrementAndGet();
        LOG.info("feedback {} from {} in {} on question \"{}\" ({} so far)", verdict, user, channel, question, count);
    }

    public long count(String question, Verdict verdict) {
        AtomicLong count = counts.get(new Key(question, verdict));
        return count == null ? 0 : count.get();
    }

    public Map<Key, Long> counts() {
        Map<Key, Long> copy = new java.util.HashMap<>();
        counts.forEach((k, v) -> copy.put(k, v.get()));
        return Map.copyOf(copy);
    }
}
