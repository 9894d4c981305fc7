package dev.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.App;
import dev.byline.testing.Corpora;
import dev.byline.testing.FakeSlack;
import dev.byline.testing.FakeSlack.Call;
import dev.byline.testing.Models;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code byline ask "QUESTION" --slack} posts the answer to the incoming webhook in Block Kit. */
class AskSlackIT {

    @TempDir Path dir;

    @Test
    void ask_with_slack_posts_the_cited_answer_to_the_webhook() {
        try (FakeSlack slack = new FakeSlack("xoxb-unused")) {
            slack.rateLimit("webhook", 1, 0);  // a 429 on the first try is retried
            CommandLine cli = new CommandLine(new App(() -> Models.TEXT));
            AskCommand ask = cli.getSubcommands().get("ask").getCommand();
            ask.env = Map.of("SLACK_WEBHOOK_URL", slack.webhookUrl());
            int exit = cli.execute("ask", "Who ordered the troops out of Syria?", "--slack",
                    "--index", dir.resolve("index").toString(), "--corpus", Corpora.SEED.getParent().toString());

            assertThat(exit).isZero();
            Call post = slack.await("webhook", 1, Duration.ofSeconds(5)).getFirst();
            assertThat(post.field("text")).contains("Putin");
            assertThat(post.blocks().toString()).contains("Sources").contains("Putin Orders Most Troops Out Of Syria");
            assertThat(post.blocks().findValuesAsText("type")).doesNotContain("actions");
        }
    }

    @Test
    void ask_with_slack_but_no_webhook_says_which_setting_is_missing() {
        AskCommand ask = new AskCommand();
        ask.env = Map.of();
        CommandLine cli = new CommandLine(ask);
        java.io.StringWriter err = new java.io.StringWriter();
        cli.setErr(new java.io.PrintWriter(err));
        int exit = cli.execute("Who?", "--slack", "--index", dir.resolve("index").toString());
        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("SLACK_WEBHOOK_URL");
    }
}
