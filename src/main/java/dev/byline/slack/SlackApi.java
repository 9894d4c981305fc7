package dev.byline.slack;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.util.http.listener.DetailedLoggingListener;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.Payload;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calls Byline makes to Slack (chat.postMessage, reactions, response_url and incoming-webhook posts), each
 * retried after {@code Retry-After} when Slack answers 429. Errors name the method, never the token or URL.
 */
public final class SlackApi {

    private static final Logger LOG = LoggerFactory.getLogger(SlackApi.class);
    private static final Gson GSON = GsonFactory.createSnakeCase();
    static final int MAX_ATTEMPTS = 4;
    /** A longer wait than this is not worth holding a worker for; the call fails instead. */
    static final long MAX_RETRY_AFTER_SECONDS = 30;

    private final Slack slack;
    private final MethodsClient methods;

    SlackApi(Slack slack, String botToken) {
        this.slack = slack;
        this.methods = slack.methods(botToken);
    }

    /**
     * A Slack client whose Web API calls go to {@code apiUrl}. Its debug listener is removed: it would log request
     * headers, and with them the bot token.
     */
    public static Slack client(String apiUrl) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        config.getHttpClientResponseHandlers().removeIf(listener -> listener instanceof DetailedLoggingListener);
        return Slack.getInstance(config);
    }

    /** A failed call to Slack: which method, and what Slack said. */
    public static final class SlackCallException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        SlackCallException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Posts a message (in a thread when {@code threadTs} is set) and returns its ts. */
    String postMessage(String channel, String threadTs, SlackMessage message) {
        ChatPostMessageResponse response = call("chat.postMessage", () -> methods.chatPostMessage(r -> r
                .channel(channel).threadTs(threadTs).text(message.text()).blocks(message.blocks()).unfurlLinks(false)));
        if (!response.isOk()) throw new SlackCallException("chat.postMessage failed: " + response.getError(), null);
        return response.getTs();
    }

    /** Adds a reaction; a failure only loses the hint that Byline is working, so it is logged, not thrown. */
    void addReaction(String channel, String ts, String name) {
        try {
            var response = call("reactions.add", () -> methods.reactionsAdd(r -> r.channel(channel).timestamp(ts).name(name)));
            if (!response.isOk() && !"already_reacted".equals(response.getError())) LOG.warn("reactions.add failed: {}", response.getError());
        } catch (SlackCallException e) {
            LOG.warn(e.getMessage());
        }
    }

    void removeReaction(String channel, String ts, String name) {
        try {
            var response = call("reactions.remove", () -> methods.reactionsRemove(r -> r.channel(channel).timestamp(ts).name(name)));
            if (!response.isOk() && !"no_reaction".equals(response.getError())) LOG.warn("reactions.remove failed: {}", response.getError());
        } catch (SlackCallException e) {
            LOG.warn(e.getMessage());
        }
    }

    /** Posts to an interaction's response_url (ephemeral, in channel, or deleting the original). */
    void respond(String responseUrl, ActionResponse response) {
        send("response_url", responseUrl, GSON.toJson(response));
    }

    /** Posts to an incoming webhook. */
    void sendWebhook(String webhookUrl, SlackMessage message) {
        send("incoming webhook", webhookUrl, GSON.toJson(Payload.builder().text(message.text()).blocks(message.blocks()).build()));
    }

    private void send(String what, String url, String json) {
        for (int attempt = 1; ; attempt++) {
            WebhookResponse response;
            try {
                response = slack.send(url, json);
            } catch (IOException e) {
                throw new SlackCallException(what + " post failed: " + e.getMessage(), e);
            }
            int code = response.getCode() == null ? 0 : response.getCode();
            if (code == 429 && attempt < MAX_ATTEMPTS) {
                waitRetryAfter(what, header(response.getHeaders(), "Retry-After"));
                continue;
            }
            if (code / 100 != 2) throw new SlackCallException(what + " post failed: HTTP " + code + " " + response.getBody(), null);
            return;
        }
    }

    private interface Call<T> {
        T run() throws IOException, SlackApiException;
    }

    private static <T> T call(String method, Call<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.run();
            } catch (SlackApiException e) {
                if (e.getResponse().code() == 429 && attempt < MAX_ATTEMPTS) {
                    waitRetryAfter(method, e.getResponse().header("Retry-After"));
                    continue;
                }
                throw new SlackCallException(method + " failed: HTTP " + e.getResponse().code()
                        + (e.getError() == null ? "" : " " + e.getError().getError()), e);
            } catch (IOException e) {
                throw new SlackCallException(method + " failed: " + e.getMessage(), e);
            }
        }
    }

    private static void waitRetryAfter(String what, String retryAfter) {
        long seconds = 1;
        try {
            if (retryAfter != null) seconds = Math.max(0, Long.parseLong(retryAfter.strip()));
        } catch (NumberFormatException e) {
            // Slack sends whole seconds; anything else gets the default wait
        }
        if (seconds > MAX_RETRY_AFTER_SECONDS) throw new SlackCallException(what + " is rate limited for " + seconds + " s", null);
        LOG.info("{} rate limited by Slack; retrying in {} s", what, seconds);
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackCallException(what + " interrupted while waiting to retry", e);
        }
    }

    private static String header(Map<String, List<String>> headers, String name) {
        if (headers == null) return null;
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            if (h.getKey() != null && h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty()) return h.getValue().getFirst();
        }
        return null;
    }
}
