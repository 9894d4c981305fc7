package dev.byline.config;

import dev.byline.config.Settings.InvalidSettingException;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which LLM, if any, writes Byline's answers: read from {@code BYLINE_LLM*} at start-up and validated there.
 * The API key is a secret: {@link #toString()} never shows it.
 */
public record LlmSettings(Provider provider, String baseUrl, String apiKey, String model, Duration timeout) {

    /** The model servers Byline speaks to: none (extractive answers), OpenAI's API (and servers copying it), Ollama's. */
    public enum Provider { NONE, OPENAI, OLLAMA }

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);
    public static final String OPENAI_BASE_URL = "https://api.openai.com/v1";
    public static final String OLLAMA_BASE_URL = "http://localhost:11434";
    public static final String OPENAI_MODEL = "gpt-4o-mini";
    public static final String OLLAMA_MODEL = "llama3.1";

    public static final LlmSettings NONE = new LlmSettings(Provider.NONE, null, null, null, DEFAULT_TIMEOUT);

    public LlmSettings {
        if (provider == null) throw new InvalidSettingException("LLM provider must be given");
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new InvalidSettingException("BYLINE_LLM_TIMEOUT must be above 0 and at most 10 minutes, got " + timeout.toMillis() + " ms");
        }
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        if (provider != Provider.NONE) {
            baseUrl = baseUrl(provider, baseUrl);
            model = model == null || model.isBlank() ? (provider == Provider.OPENAI ? OPENAI_MODEL : OLLAMA_MODEL) : model.strip();
            if (provider == Provider.OPENAI && apiKey == null && URI.create(baseUrl).getHost().endsWith("openai.com")) {
                throw new InvalidSettingException("BYLINE_LLM_API_KEY is required for " + baseUrl);
            }
        }
    }

    /** Reads BYLINE_LLM, BYLINE_LLM_BASE_URL, BYLINE_LLM_API_KEY, BYLINE_LLM_MODEL and BYLINE_LLM_TIMEOUT. */
    public static LlmSettings fromEnv(Map<String, String> env) {
        return new LlmSettings(provider(env.get("BYLINE_LLM")), env.get("BYLINE_LLM_BASE_URL"), env.get("BYLINE_LLM_API_KEY"),
                env.get("BYLINE_LLM_MODEL"), timeout(env.get("BYLINE_LLM_TIMEOUT")));
    }

    public boolean isEnabled() {
        return provider != Provider.NONE;
    }

    /** Provider, model and server in one line, for start-up messages. */
    public String describe() {
        return isEnabled() ? provider.name().toLowerCase(Locale.ROOT) + " model " + model + " at " + baseUrl : "none";
    }

    @Override
    public String toString() {
        return "LlmSettings[provider=" + provider + ", baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "(set)")
                + ", model=" + model + ", timeout=" + timeout + "]";
    }

    static Provider provider(String raw) {
        if (raw == null || raw.isBlank()) return Provider.NONE;
        try {
            return Provider.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("BYLINE_LLM must be none, openai or ollama, got '" + raw + "'");
        }
    }

    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m)?");

    /** "30", "30s", "1500ms", "2m" or ISO-8601 ("PT30S"); a bare number is seconds. */
    static Duration timeout(String raw) {
        if (raw == null || raw.isBlank()) return DEFAULT_TIMEOUT;
        String value = raw.strip().toLowerCase(Locale.ROOT);
        Matcher m = SIMPLE_DURATION.matcher(value);
        try {
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                return switch (m.group(2) == null ? "s" : m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "m" -> Duration.ofMinutes(n);
                    default -> Duration.ofSeconds(n);
                };
            }
            return Duration.parse(raw.strip().toUpperCase(Locale.ROOT));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new InvalidSettingException("BYLINE_LLM_TIMEOUT must be a duration like 30s, 1500ms or 2m, got '" + raw + "'");
        }
    }

    private static String baseUrl(Provider provider, String raw) {
        String url = raw == null || raw.isBlank() ? (provider == Provider.OPENAI ? OPENAI_BASE_URL : OLLAMA_BASE_URL) : raw.strip();
        while (url.endsWith("/")) url = url.substring(0, url.length() - 1);
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("BYLINE_LLM_BASE_URL is not a URL: '" + raw + "'");
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new InvalidSettingException("BYLINE_LLM_BASE_URL must be an http(s) URL such as http://localhost:8080/v1, got '" + raw + "'");
        }
        return url;
    }
}
