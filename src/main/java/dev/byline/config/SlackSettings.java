package dev.byline.config;

import dev.byline.config.Settings.InvalidSettingException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * Slack settings, read from the environment in {@link #resolve}: the app's signing secret and bot token (both or
 * neither; neither disables Slack), the Web API base, the slash command, thread follow-ups and an incoming webhook.
 * {@link #toString()} never shows the secret, the token or the webhook URL (which is itself a credential).
 */
public record SlackSettings(String signingSecret, String botToken, String apiUrl, String command,
                            boolean threadFollowups, String webhookUrl) {

    public static final String DEFAULT_API_URL = "https://slack.com/api/";
    public static final String DEFAULT_COMMAND = "/byline";
    public static final SlackSettings DISABLED = new SlackSettings(null, null, DEFAULT_API_URL, DEFAULT_COMMAND, true, null);

    public SlackSettings {
        signingSecret = blankToNull(signingSecret);
        botToken = blankToNull(botToken);
        webhookUrl = blankToNull(webhookUrl);
        if ((signingSecret == null) != (botToken == null)) {
            throw new InvalidSettingException("set both SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN to enable Slack, or neither to disable it");
        }
        apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : httpUrl("SLACK_API_URL", apiUrl.strip());
        if (!apiUrl.endsWith("/")) apiUrl = apiUrl + "/";  // the client appends method names to this prefix
        command = command == null || command.isBlank() ? DEFAULT_COMMAND : command.strip();
        if (!command.startsWith("/")) throw new InvalidSettingException("SLACK_COMMAND must start with '/', got '" + command + "'");
        if (webhookUrl != null) httpUrl("SLACK_WEBHOOK_URL", webhookUrl);
    }

    /** The one place Slack settings are read from the environment. */
    public static SlackSettings resolve(Map<String, String> env) {
        return new SlackSettings(env.get("SLACK_SIGNING_SECRET"), env.get("SLACK_BOT_TOKEN"), env.get("SLACK_API_URL"),
                env.get("SLACK_COMMAND"), flag("SLACK_THREAD_FOLLOWUPS", env.get("SLACK_THREAD_FOLLOWUPS"), true),
                env.get("SLACK_WEBHOOK_URL"));
    }

    /** Whether the Slack routes are served: both the signing secret and the bot token are set. */
    public boolean enabled() {
        return signingSecret != null;
    }

    @Override
    public String toString() {
        return "SlackSettings[enabled=" + enabled() + ", apiUrl=" + apiUrl + ", command=" + command
                + ", threadFollowups=" + threadFollowups + ", webhook=" + (webhookUrl == null ? "unset" : "set") + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String httpUrl(String name, String raw) {
        try {
            URI uri = URI.create(raw);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) return raw;
        } catch (IllegalArgumentException e) {
            // reported below
        }
        // The value may hold a credential (a webhook URL does), so it is not echoed.
        throw new InvalidSettingException(name + " must be an http(s) URL");
    }

    private static boolean flag(String name, String raw, boolean fallback) {
        if (raw == null || raw.isBlank()) return fallback;
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off" -> false;
            default -> throw new InvalidSettingException(name + " must be true or false, got '" + raw + "'");
        };
    }
}
