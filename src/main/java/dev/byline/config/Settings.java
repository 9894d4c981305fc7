package dev.byline.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Byline's settings, resolved once at start-up: command-line flag, else environment variable, else default.
 * An invalid value stops start-up with a one-line {@link InvalidSettingException}.
 */
public record Settings(String host, int port, Path index, Path corpus, boolean metrics) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final Path DEFAULT_INDEX = Path.of("data", "index");
    public static final Path DEFAULT_CORPUS = Path.of("corpus");

    public Settings {
        if (host == null || host.isBlank()) throw new InvalidSettingException("host must not be blank");
        if (port < 0 || port > 65_535) throw new InvalidSettingException("port must be 0 to 65535, got " + port);
    }

    /** Flags given on the command line; null means "not given". */
    public record Flags(String host, Integer port, Path index, Path corpus) {
        public static final Flags NONE = new Flags(null, null, null, null);
    }

    public static Settings resolve(Flags flags, Map<String, String> env) {
        String host = first(flags.host(), env.get("BYLINE_HOST"), DEFAULT_HOST);
        int port = flags.port() != null ? flags.port() : port(env.get("BYLINE_PORT"));
        Path index = flags.index() != null ? flags.index() : path("BYLINE_INDEX", env.get("BYLINE_INDEX"), DEFAULT_INDEX);
        Path corpus = flags.corpus() != null ? flags.corpus() : path("BYLINE_CORPUS", env.get("BYLINE_CORPUS"), DEFAULT_CORPUS);
        return new Settings(host.strip(), port, index, corpus, metrics(env.get("BYLINE_METRICS")));
    }

    /**
     * Whether passages get vectors and searches use them: BYLINE_VECTORS, off unless "on". Off by default: on the dev
     * sets the fusion did not beat BM25 (docs/experiments.md), while embedding makes an ingest several times slower.
     */
    public static boolean vectors(Map<String, String> env) {
        String raw = env.get("BYLINE_VECTORS");
        if (raw == null || raw.isBlank()) return false;
        return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "on", "true", "1", "yes" -> true;
            case "off", "false", "0", "no" -> false;
            default -> throw new InvalidSettingException("BYLINE_VECTORS must be on or off, got '" + raw + "'");
        };
    }

    private static boolean metrics(String raw) {
        if (raw == null || raw.isBlank()) return true;
        return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new InvalidSettingException("BYLINE_METRICS must be on or off, got '" + raw + "'");
        };
    }

    private static String first(String flag, String env, String fallback) {
        if (flag != null) return flag;
        return env != null && !env.isBlank() ? env : fallback;
    }

    private static int port(String raw) {
        if (raw == null || raw.isBlank()) return DEFAULT_PORT;
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSettingException("BYLINE_PORT must be a number, got '" + raw + "'");
        }
    }

    private static Path path(String name, String raw, Path fallback) {
        if (raw == null || raw.isBlank()) return fallback;
        try {
            return Path.of(raw.strip());
        } catch (java.nio.file.InvalidPathException e) {
            throw new InvalidSettingException(name + " is not a valid path: '" + raw + "'");
        }
    }

    /** A setting that cannot be used; its message is the one line shown to the user. */
    public static final class InvalidSettingException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public InvalidSettingException(String message) {
            super(message);
        }
    }
}
