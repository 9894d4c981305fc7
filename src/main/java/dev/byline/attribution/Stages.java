package dev.byline.attribution;

/** Where extraction's time goes, stage by stage, for metrics and {@code byline bench}; {@link #NONE} records nothing. */
@FunctionalInterface
public interface Stages {

    Stages NONE = (stage, nanos) -> {};

    /** {@code nanos} spent on one article in {@code stage}: "text" (sentences, tokens, parts of speech), "rules", "models" (parse included), "resolve". */
    void record(String stage, long nanos);
}
