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
 */
public record Speaker(String name, String normalized, String role, TextSpan mention) {

    public Speaker {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) throw new IllegalArgumentException("speaker name is blank");
        Objects.requireNonNull(mention, "mention");
        name = name.strip();
        normalized = normalized == null ? name.toLowerCase(Locale.ROOT) : normalized;
        role = role == null || role.isBlank() ? null : role.strip();
    }

    public Speaker(String name, String role, TextSpan mention) {
        this(name, null, role, mention);
    }
}
