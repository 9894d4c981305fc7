package dev.byline.testing;

/** Child processes the tests start. */
public final class Processes {

    private Processes() {}

    /**
     * The process without passage vectors whatever the environment says: tests that time ingests and loads must not
     * wait on embedding every passage (VectorSearchIT tests vectors).
     */
    public static ProcessBuilder withoutVectors(ProcessBuilder builder) {
        builder.environment().put("BYLINE_VECTORS", "off");
        return builder;
    }
}
