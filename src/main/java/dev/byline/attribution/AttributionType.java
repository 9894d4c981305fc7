package dev.byline.attribution;

import java.util.Locale;

/** How an attribution reports what was said: verbatim, partly verbatim, paraphrased, or as a sourcing phrase. */
public enum AttributionType {
    /** The content is a quotation in quote marks. */
    DIRECT,
    /** A paraphrase that carries a quoted fragment ({@code described it as a “red line.”}). */
    MIXED,
    /** Reported speech without quote marks ({@code X said (that) ...}). */
    INDIRECT,
    /** {@code according to X, ...}. */
    ACCORDING_TO;

    /** The lower-case name used in JSON and on the command line, e.g. {@code according_to}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
