package dev.byline.slack;

import com.slack.api.Slack;
import dev.byline.chat.ChatResponse;
import dev.byline.config.SlackSettings;
import dev.byline.slack.AnswerBlocks.Buttons;

/** Posts an answer to an incoming webhook's channel, in the same Block Kit form as the app's answers (without buttons). */
public final class SlackWebhook {

    private SlackWebhook() {}

    // Slack's close() declares InterruptedException; the catch below turns any failure to close into one message.
    @SuppressWarnings("try")
    public static void post(String webhookUrl, ChatResponse response) {
        try (Slack slack = SlackApi.client(SlackSettings.DEFAULT_API_URL)) {
            new SlackApi(slack, null).sendWebhook(webhookUrl, AnswerBlocks.render(response, Buttons.NONE));
        } catch (SlackApi.SlackCallException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("closing the Slack client: " + e.getMessage(), e);
        }
    }
}
