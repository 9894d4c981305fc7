package dev.byline.attribution;

import dev.byline.nlp.text.TextSpan;
import java.util.Locale;
import java.util.Objects;

/**
 * Who said it: the fullest name the article uses for the speaker, kept apart from their role.
 *
 * @param name       "Vladimir Putin", "the Kremlin", "a spokesman"; never blank
 * @param normalized lower-case form of {@code name} for search; derived when null
 * @param role       "Russian President", or null when the article gives none
 * @param mention    where this attribution names the speaker ("Putin", "he", "said a spokesman, Scott Whiffen")
 * @param confidence how sure the resolver is that {@code name} is whom the mention means, in [0, 1]: 1 for a name
 *                   the mention spells out, less for a pronoun, a description or a family name two people share
 */
public record Speaker(String name, String normalized, String role, TextSpan mention, double confidence) {

    /**
     * Below this confidence a speaker is hedged: an answer quotes the article's own mention ("he") and says whom it
     * most likely means instead of naming the person as certain. Chosen on held-out train folds (docs/attribution.md).
     */
    public static final double CONFIDENT = 0.7;

    public Speaker {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) throw new IllegalArgumentException("speaker name is blank");
        Objects.requireNonNull(mention, "mention");
        name = name.strip();
        normalized = normalized == null ? name.toLowerCase(Locale.ROOT) : normalized;
        role = role == null || role.isBlank() ? null : role.strip();
        if (!(confidence >= 0 && confidence <= 1)) throw new IllegalArgumentException("confidence " + confidence);
    }

    /** A speaker the mention names outright. */
    public Speaker(String name, String role, TextSpan mention) {
        this(name, null, role, mention, 1.0);
    }

    public Speaker(String name, String role, TextSpan mention, double confidence) {
        this(name, null, role, mention, confidence);
    }

    /** Whether an answer must hedge this speaker rather than name them as certain. */
    public boolean hedged() {
        return confidence < CONFIDENT;
    }
}
