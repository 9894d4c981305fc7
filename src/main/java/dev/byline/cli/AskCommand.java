package dev.byline.cli;

import dev.byline.App;
import dev.byline.Byline;
import dev.byline.answer.Citation;
import dev.byline.chat.ChatRequest;
import dev.byline.chat.ChatResponse;
import dev.byline.config.LlmSettings;
import dev.byline.config.Settings;
import dev.byline.config.Storage;
import dev.byline.config.SlackSettings;
import dev.byline.search.SearchFilter;
import dev.byline.slack.SlackWebhook;
import dev.byline.web.Json;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code byline ask "QUESTION"}: one answer with its sources, or the HTTP API's JSON body with --json. */
@Command(name = "ask", mixinStandardHelpOptions = true, description = "Ask one question and print the answer with its sources.")
public final class AskCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "QUESTION") String question;
    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: $BYLINE_INDEX or data/index).") Path index;
    @Option(names = "--corpus", paramLabel = "DIR", description = "Articles to ingest when the index is empty (default: corpus/).") Path corpus;
    @Option(names = "--solr", paramLabel = "URLS", description = "Use the SolrCloud at these node URLs, comma-separated (default: $BYLINE_SOLR; unset: the embedded index).") String solr;
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Ignore articles published after this day.") LocalDate asOf;
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only articles published on or after this day.") LocalDate from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only articles published on or before this day.") LocalDate to;
    @Option(names = "--source", paramLabel = "OUTLET", description = "Only this outlet (repeatable).") List<String> sources;
    @Option(names = "--json", description = "Print exactly the body POST /api/chat returns.") boolean json;
    @Option(names = "--slack", description = "Also post the answer to the Slack channel of the incoming webhook $SLACK_WEBHOOK_URL.") boolean slack;

    /** The environment settings are read from; tests give their own. */
    Map<String, String> env = System.getenv();

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.resolve(new Settings.Flags(null, null, index, corpus), env);
        String webhookUrl = slack ? webhookUrl(SlackSettings.resolve(env)) : null;
        LlmSettings llm = LlmSettings.fromEnv(env);
        try (Byline byline = new Byline(App.text(spec), Storage.resolve(settings.index(), solr, env), llm, SlackSettings.DISABLED, App.embedder())) {
            if (llm.isEnabled() && !byline.llmStatus().startsWith("LLM: ")) System.err.println("byline: " + byline.llmStatus());
            // With --json, standard output carries exactly the API body, so the ingest reports on standard error.
            IngestCommand.ingestCorpusIfEmpty(byline, settings.corpus(), json ? System.err : System.out);
            ChatResponse response = byline.chat().chat(new ChatRequest(question, null, new SearchFilter(from, to, asOf, sources)));
            if (json) System.out.println(Json.write(response));
            else print(response, System.out);
            if (webhookUrl != null) {
                SlackWebhook.post(webhookUrl, response);
                System.err.println("Posted the answer to Slack.");
            }
            return 0;
        }
    }

    private static String webhookUrl(SlackSettings slack) {
        if (slack.webhookUrl() == null) {
            throw new Settings.InvalidSettingException("--slack needs SLACK_WEBHOOK_URL set to an incoming webhook URL");
        }
        return slack.webhookUrl();
    }

    static void print(ChatResponse response, PrintStream out) {
        out.println(response.answer().text());
        if (response.citations().isEmpty()) return;
        out.println();
        out.println("Sources:");
        for (Citation c : response.citations()) {
            out.printf("[%d] %s · %s · %s%s%n", c.n(), c.source() == null ? "unknown outlet" : c.source(),
                    c.title().isEmpty() ? c.articleId() : c.title(), c.published() == null ? "date unknown" : c.published(),
                    c.url() == null ? "" : " · " + c.url());
            out.println("    \"" + c.snippet().substring(c.citedStart() - c.start(), c.citedEnd() - c.start()) + "\"");
        }
    }
}
