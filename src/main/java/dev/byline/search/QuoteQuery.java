package dev.byline.search;

/**
 * What to look for among quotes: a speaker (matched by name words, so "Putin" finds "Vladimir Putin") and/or words
 * said (matched in the quote and around it). Either may be null, not both blank at once when searching by relevance.
 * A search by speaker leaves out the quotes whose speaker is only a likely reading of "he" or "she" (hedged, see
 * {@link dev.byline.attribution.Speaker#hedged()}) unless {@code withHedged} asks for them.
 */
public record QuoteQuery(String speaker, String words, boolean withHedged) {

    public QuoteQuery {
        speaker = speaker == null || speaker.isBlank() ? null : speaker.strip();
        words = words == null || words.isBlank() ? null : words.strip();
    }

    public QuoteQuery(String speaker, String words) {
        this(speaker, words, false);
    }

    public static QuoteQuery bySpeaker(String speaker) {
        return new QuoteQuery(speaker, null);
    }

    public static QuoteQuery byWords(String words) {
        return new QuoteQuery(null, words);
    }
}
