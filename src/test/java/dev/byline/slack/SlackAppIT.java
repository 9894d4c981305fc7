package dev.byline.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.Byline;
import dev.byline.config.SlackSettings;
import dev.byline.slack.Feedback.Verdict;
import dev.byline.testing.Corpora;
import dev.byline.testing.FakeSlack;
import dev.byline.testing.FakeSlack.Call;
import dev.byline.testing.Http;
import dev.byline.testing.Http.Reply;
import dev.byline.testing.Models;
import dev.byline.testing.RunningByline;
import dev.byline.testing.SlackRequests;
import dev.byline.testing.SlackRequests.Signing;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Byline's Slack app end to end: a real server on a random port with Bolt's real client pointed at a fake Slack
 * over HTTP (SLACK_API_URL), requests signed with the real algorithm, over the seed article.
 */
class SlackAppIT {

    static final String SECRET = "test-signing-secret";
    static final String TOKEN = "xoxb-test-token";
    static final String QUESTION = "Who ordered the troops out of Syria?";
    static final String SEED_TITLE = "Putin Orders Most Troops Out Of Syria";
    static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir static Path dir;
    static FakeSlack slack;
    static Byline byline;
    static RunningByline running;
    static SlackRequests requests;

    @BeforeAll
    static void start() {
        slack = new FakeSlack(TOKEN);
        running = RunningByline.of(new Byline(Models.TEXT, dir.resolve("index"), new SlackSettings(SECRET, TOKEN, slack.apiUrl(), "/byline", true, null)),
                List.of(Corpora.SEED));
        byline = running.byline();
        requests = new SlackRequests(running.port(), SECRET);
    }

    @AfterAll
    static void stop() throws Exception {
        running.close();
        slack.close();
    }

    @BeforeEach
    void forgetCalls() {
        slack.reset();
    }

    @Test
    void url_verification_echoes_the_challenge() {
        Reply reply = requests.event("{\"token\":\"t\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    void a_signed_mention_about_the_seed_article_gets_exactly_one_threaded_post_citing_it_and_a_badly_signed_one_gets_401_and_none() {
        String mention = SlackRequests.appMention("Ev-MUST-1", "C0MUST", "1700000001.000100", null, "<@UBYLINE> " + QUESTION);
        Reply refused = requests.post("/slack/events", "application/json", mention, Signing.with("v0=" + "0".repeat(64)), Map.of());
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("error").asText()).isEqualTo("invalid_signature");

        Reply ack = requests.event(mention);
        assertThat(ack.status()).isEqualTo(200);
        slack.await("reactions.remove", "timestamp", "1700000001.000100", WAIT);

        List<Call> posts = slack.calls("chat.postMessage");
        assertThat(posts).hasSize(1);
        Call post = posts.getFirst();
        assertThat(post.field("channel")).isEqualTo("C0MUST");
        assertThat(post.field("thread_ts")).isEqualTo("1700000001.000100");
        assertThat(post.field("text")).contains("Putin");
        assertThat(post.blocks().toString()).contains("Putin").contains("[1]").contains("Sources").contains(SEED_TITLE);
        assertThat(slack.calls("reactions.add")).extracting(c -> c.field("name")).containsExactly(SlackBot.WORKING_REACTION);
    }

    @Test
    void slash_command_answers_only_the_asker_with_sources_and_a_share_button() {
        Reply ack = requests.command(SlackRequests.slashCommand("/byline", QUESTION, slack.responseUrl("cmd-1")));
        assertThat(ack.status()).isEqualTo(200);

        Call answer = slack.await("response_url", 1, WAIT).getFirst();
        assertThat(answer.path()).endsWith("/cmd-1");
        assertThat(answer.field("response_type")).isEqualTo("ephemeral");
        String blocks = answer.blocks().toString();
        assertThat(blocks).contains("Putin").contains("Sources").contains("[1]").contains(SEED_TITLE);
        assertThat(actionIds(answer)).contains(AnswerBlocks.SHARE_ACTION, AnswerBlocks.FEEDBACK_UP_ACTION, AnswerBlocks.FEEDBACK_DOWN_ACTION);
        assertThat(slack.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void slash_command_help_explains_usage_in_the_ack() {
        Reply ack = requests.command(SlackRequests.slashCommand("/byline", "help", slack.responseUrl("cmd-help")));
        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.json().get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(ack.json().get("blocks").toString()).contains("/byline QUESTION").contains("Mention me");
    }

    @Test
    void share_in_channel_reposts_the_answer_publicly() {
        requests.command(SlackRequests.slashCommand("/byline", QUESTION, slack.responseUrl("cmd-share")));
        Call ephemeral = slack.await("response_url", 1, WAIT).getFirst();
        String shareId = button(ephemeral, AnswerBlocks.SHARE_ACTION).get("value").asText();

        Reply click = requests.action(SlackRequests.buttonClick(AnswerBlocks.SHARE_ACTION, shareId, slack.responseUrl("share-1"), true));
        assertThat(click.status()).isEqualTo(200);

        List<Call> posts = slack.await("response_url", 3, WAIT);
        Call shared = posts.get(1);
        assertThat(shared.path()).endsWith("/share-1");
        assertThat(shared.field("response_type")).isEqualTo("in_channel");
        assertThat(shared.blocks().toString()).contains(SEED_TITLE).contains("Sources");
        assertThat(actionIds(shared)).doesNotContain(AnswerBlocks.SHARE_ACTION).contains(AnswerBlocks.FEEDBACK_UP_ACTION);
        assertThat(posts.get(2).json().get("delete_original").asBoolean()).isTrue();
    }

    @Test
    void a_follow_up_in_a_thread_byline_answered_needs_no_mention() {
        requests.event(SlackRequests.appMention("Ev-FU-1", "C0THREAD", "1700000002.000100", null, "<@UBYLINE> " + QUESTION));
        slack.await("reactions.remove", "timestamp", "1700000002.000100", WAIT);

        requests.event(SlackRequests.message("Ev-FU-2", "C0THREAD", "channel", "1700000002.000200", "1700000002.000100", "What else did he say?"));
        slack.await("reactions.remove", "timestamp", "1700000002.000200", WAIT);

        List<Call> posts = slack.calls("chat.postMessage");
        assertThat(posts).hasSize(2);
        assertThat(posts).extracting(c -> c.field("thread_ts")).containsOnly("1700000002.000100");
    }

    @Test
    void messages_that_mention_byline_or_sit_outside_its_threads_are_not_answered_again() throws Exception {
        requests.event(SlackRequests.appMention("Ev-NO-0", "C0OTHER", "1700000003.000100", null, "<@UBYLINE> " + QUESTION));
        slack.await("reactions.remove", "timestamp", "1700000003.000100", WAIT);
        // Slack sends a mention as a message event too; app_mention has answered it.
        requests.event(SlackRequests.message("Ev-NO-1", "C0OTHER", "channel", "1700000003.000100", null, "<@UBYLINE> " + QUESTION));
        requests.event(SlackRequests.message("Ev-NO-2", "C0OTHER", "channel", "1700000003.000500", "1700000003.000100", "<@UBYLINE> and when?"));
        // A reply in a thread Byline did not answer, and a top-level message without a mention.
        requests.event(SlackRequests.message("Ev-NO-3", "C0OTHER", "channel", "1700000003.000300", "1700000003.000200", "What else did he say?"));
        requests.event(SlackRequests.message("Ev-NO-4", "C0OTHER", "channel", "1700000003.000400", null, QUESTION));
        Thread.sleep(500);
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
        assertThat(slack.calls("reactions.add")).hasSize(1);
    }

    @Test
    void a_direct_message_is_answered_in_the_dm() {
        requests.event(SlackRequests.message("Ev-DM-1", "D0DM", "im", "1700000004.000100", null, QUESTION));
        slack.await("reactions.remove", "timestamp", "1700000004.000100", WAIT);

        List<Call> posts = slack.calls("chat.postMessage");
        assertThat(posts).hasSize(1);
        assertThat(posts.getFirst().field("channel")).isEqualTo("D0DM");
        assertThat(posts.getFirst().field("thread_ts")).isNull();
        assertThat(posts.getFirst().blocks().toString()).contains(SEED_TITLE);
    }

    @Test
    void unsigned_badly_signed_and_stale_requests_get_401_and_cause_nothing() throws Exception {
        String mention = SlackRequests.appMention("Ev-BAD-1", "C0BAD", "1700000005.000100", null, "<@UBYLINE> " + QUESTION);
        long now = System.currentTimeMillis() / 1000;
        List<Reply> replies = List.of(
                requests.post("/slack/events", "application/json", mention, Signing.with(""), Map.of()),
                requests.post("/slack/events", "application/json", mention, Signing.with("v0=deadbeef"), Map.of()),
                requests.post("/slack/events", "application/json", mention, Signing.at(now - 6 * 60), Map.of()),
                new SlackRequests(running.port(), "another-secret").event(mention),
                requests.post("/slack/commands", "application/x-www-form-urlencoded", "command=%2Fbyline&text=hi", Signing.with("v0=00"), Map.of()),
                requests.post("/slack/actions", "application/x-www-form-urlencoded", "payload=%7B%7D", Signing.with(""), Map.of()));
        assertThat(replies).extracting(Reply::status).containsOnly(401);
        assertThat(replies.getFirst().json().get("error").asText()).isEqualTo("invalid_signature");
        Thread.sleep(500);
        assertThat(slack.calls()).isEmpty();
    }

    @Test
    void a_retry_of_an_answered_event_is_acknowledged_and_not_answered_again() throws Exception {
        String mention = SlackRequests.appMention("Ev-RETRY-1", "C0RETRY", "1700000006.000100", null, "<@UBYLINE> " + QUESTION);
        requests.event(mention);
        slack.await("reactions.remove", "timestamp", "1700000006.000100", WAIT);

        Reply retry = requests.post("/slack/events", "application/json", mention, Signing.now(),
                Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
        Reply again = requests.event(mention);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        Thread.sleep(500);
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
        assertThat(slack.calls("reactions.add")).hasSize(1);
    }

    @Test
    void a_rate_limited_post_is_retried_after_retry_after_and_the_server_stays_healthy() {
        slack.rateLimit("chat.postMessage", 1, 1);
        long start = System.nanoTime();
        Reply ack = requests.event(SlackRequests.appMention("Ev-429-1", "C0LIMIT", "1700000007.000100", null, "<@UBYLINE> " + QUESTION));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(ack.status()).isEqualTo(200);
        assertThat(new Http(running.port()).get("/health").status()).isEqualTo(200);

        Call post = slack.await("chat.postMessage", 1, WAIT).getFirst();
        Call limited = slack.calls("chat.postMessage (429)").getFirst();
        assertThat(Duration.between(limited.at(), post.at())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(post.blocks().toString()).contains(SEED_TITLE);
        assertThat(new Http(running.port()).get("/health").status()).isEqualTo(200);
    }

    @Test
    void feedback_buttons_are_acknowledged_and_counted_with_the_question() {
        Feedback feedback = byline.slack().orElseThrow().feedback();
        String question = "Who warned of a return to war?";
        Reply up = requests.action(SlackRequests.buttonClick(AnswerBlocks.FEEDBACK_UP_ACTION, question, slack.responseUrl("fb-1"), false));
        Reply down = requests.action(SlackRequests.buttonClick(AnswerBlocks.FEEDBACK_DOWN_ACTION, question, slack.responseUrl("fb-2"), false));
        requests.action(SlackRequests.buttonClick(AnswerBlocks.FEEDBACK_UP_ACTION, question, slack.responseUrl("fb-3"), false));

        assertThat(up.status()).isEqualTo(200);
        assertThat(down.status()).isEqualTo(200);
        assertThat(feedback.count(question, Verdict.HELPFUL)).isEqualTo(2);
        assertThat(feedback.count(question, Verdict.NOT_HELPFUL)).isEqualTo(1);
        assertThat(slack.await("response_url", 3, WAIT)).allSatisfy(c -> assertThat(c.field("response_type")).isEqualTo("ephemeral"));
    }

    private static List<String> actionIds(Call call) {
        return call.blocks().findValuesAsText("action_id");
    }

    private static JsonNode button(Call call, String actionId) {
        for (JsonNode block : call.blocks()) {
            for (JsonNode element : block.path("elements")) {
                if (actionId.equals(element.path("action_id").asText())) return element;
            }
        }
        throw new AssertionError("no " + actionId + " button in " + call.blocks());
    }
}
