package dev.byline.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import dev.byline.chat.ChatRequest;
import dev.byline.chat.ChatResponse;
import dev.byline.chat.ChatService;
import dev.byline.config.SlackSettings;
import dev.byline.slack.AnswerBlocks.Buttons;
import dev.byline.slack.Feedback.Verdict;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.io.Closeable;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Byline as a Slack app: the Bolt app with its slash command, mention, direct-message, thread follow-up and button
 * handlers. Every handler acknowledges at once and answers on a worker, so Slack has its ack within 3 seconds.
 */
public final class SlackBot implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(SlackBot.class);
    /** The reaction that shows Byline is working on a message. */
    static final String WORKING_REACTION = "hourglass_flowing_sand";
    static final int WORKERS = 2;
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");

    private final SlackSettings settings;
    private final ChatService chat;
    private final Slack slack;
    private final SlackApi api;
    private final App app;
    private final ExecutorService workers;
    private final Feedback feedback = new Feedback();
    /** Event ids already acknowledged: Slack's retries and duplicates are not answered twice. */
    private final Recent<Boolean> seenEvents;
    /** Threads Byline answered in, as "channel:thread_ts": follow-ups there need no mention. */
    private final Recent<Boolean> threads;
    /** Ephemeral answers that may still be shared in their channel, by share id. */
    private final Recent<SlackMessage> shareable = new Recent<>(1_000, Duration.ofDays(1));

    private final MeterRegistry metrics;

    public SlackBot(SlackSettings settings, ChatService chat) {
        this(settings, chat, new CompositeMeterRegistry());
    }

    /** The Slack app, counting events, retries and commands in {@code metrics}. */
    public SlackBot(SlackSettings settings, ChatService chat, MeterRegistry metrics) {
        this(settings, chat, metrics, null);
    }

    /**
     * As above, with the event ids and threads answered in kept in {@code shared} when it is not null, so that servers
     * behind one load balancer answer a retried event once and follow a thread any of them answered in.
     */
    public SlackBot(SlackSettings settings, ChatService chat, MeterRegistry metrics, dev.byline.index.SharedState shared) {
        if (!settings.enabled()) throw new IllegalArgumentException("Slack is not configured");
        this.seenEvents = new Recent<>(10_000, Duration.ofDays(1), shared, "slack-event");
        this.threads = new Recent<>(10_000, Duration.ofDays(7), shared, "slack-thread");
        this.metrics = metrics;
        this.settings = settings;
        this.chat = chat;
        this.slack = SlackApi.client(settings.apiUrl());
        this.api = new SlackApi(slack, settings.botToken());
        this.workers = Executors.newFixedThreadPool(WORKERS, workerThreads());
        this.app = new App(AppConfig.builder()
                .signingSecret(settings.signingSecret())
                .singleTeamBotToken(settings.botToken())
                .slack(slack)
                .build());
        app.use((request, response, chain) -> {
            metrics.counter("byline.slack.requests", "type", request.getRequestType().name().toLowerCase(java.util.Locale.ROOT)).increment();
            if (request instanceof EventRequest event && !firstDelivery(event)) {
                metrics.counter("byline.slack.retries.dropped").increment();
                return Response.ok();
            }
            return chain.next(request);
        });
        app.command(settings.command(), (request, ctx) -> command(request.getPayload(), ctx));
        app.event(AppMentionEvent.class, (payload, ctx) -> mention(payload.getEvent(), ctx));
        app.event(MessageEvent.class, (payload, ctx) -> message(payload.getEvent(), ctx));
        // Edits, deletions and bot posts are not questions; handling them keeps Bolt from warning about each.
        app.event(MessageChangedEvent.class, (payload, ctx) -> ctx.ack());
        app.event(MessageDeletedEvent.class, (payload, ctx) -> ctx.ack());
        app.event(MessageBotEvent.class, (payload, ctx) -> ctx.ack());
        app.blockAction(AnswerBlocks.SHARE_ACTION, (request, ctx) -> share(request, ctx));
        app.blockAction(AnswerBlocks.FEEDBACK_UP_ACTION, (request, ctx) -> feedback(request, ctx, Verdict.HELPFUL));
        app.blockAction(AnswerBlocks.FEEDBACK_DOWN_ACTION, (request, ctx) -> feedback(request, ctx, Verdict.NOT_HELPFUL));
    }

    public App app() {
        return app;
    }

    public Feedback feedback() {
        return feedback;
    }

    static String help(String command) {
        return """
                *Byline answers who said what, and when, from the news articles it holds, citing its sources.*
                • `%1$s QUESTION` answers just for you, with a button to share the answer in the channel, e.g. `%1$s Who ordered the troops out of Syria?`
                • Mention me in a channel (`@Byline QUESTION`) and I answer in the thread; ask follow-ups there without mentioning me.
                • Or send me a direct message.
                • %1$s help shows this.""".formatted(command);
    }

    private Response command(SlashCommandPayload command, SlashCommandContext ctx) {
        String question = command.getText() == null ? "" : command.getText().strip();
        if (question.isEmpty() || question.equalsIgnoreCase("help")) {
            SlackMessage help = AnswerBlocks.notice(help(settings.command()));
            return ctx.ack(r -> r.responseType("ephemeral").text(help.text()).blocks(help.blocks()));
        }
        String conversationId = "slack:" + command.getChannelId() + ":" + command.getUserId();
        work(() -> {
            String shareId = UUID.randomUUID().toString();
            SlackMessage message = reply(question, conversationId, response -> {
                shareable.put(shareId, AnswerBlocks.render(response, new Buttons(question, null)));
                return AnswerBlocks.render(response, new Buttons(question, shareId));
            });
            api.respond(command.getResponseUrl(), ActionResponse.builder().responseType("ephemeral")
                    .text(message.text()).blocks(message.blocks()).build());
        });
        return ctx.ack();
    }

    /** Byline's answer as a message, or a short notice when the question cannot be taken or answering failed. */
    private SlackMessage reply(String question, String conversationId, Function<ChatResponse, SlackMessage> render) {
        if (question.isEmpty() || question.equalsIgnoreCase("help")) return AnswerBlocks.notice(help(settings.command()));
        ChatResponse response;
        try {
            response = chat.chat(new ChatRequest(question, conversationId, null));
        } catch (IllegalArgumentException e) {
            return AnswerBlocks.notice("Sorry, I can't take that question: " + e.getMessage() + ".");
        } catch (RuntimeException e) {
            LOG.error("answering a Slack question failed", e);
            return AnswerBlocks.notice("Sorry, something went wrong on Byline's side; the error is logged.");
        }
        return render.apply(response);
    }

    private Response mention(AppMentionEvent event, EventContext ctx) {
        // In a direct message the message.im event answers; answering the mention too would answer twice.
        if (event.getChannel() == null || event.getChannel().startsWith("D")) return ctx.ack();
        String threadTs = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
        threads.put(event.getChannel() + ":" + threadTs, true);
        answer(event.getChannel(), threadTs, event.getTs(), event.getText(), "slack:" + event.getChannel() + ":" + threadTs);
        return ctx.ack();
    }

    private Response message(MessageEvent event, EventContext ctx) {
        if (event.getBotId() != null || event.getUser() == null || event.getUser().equals(ctx.getBotUserId())) return ctx.ack();
        String channel = event.getChannel();
        if ("im".equals(event.getChannelType())) {
            String place = event.getThreadTs() != null ? event.getThreadTs() : "dm";
            answer(channel, event.getThreadTs(), event.getTs(), event.getText(), "slack:" + channel + ":" + place);
            return ctx.ack();
        }
        boolean mentionsBot = ctx.getBotUserId() != null && event.getText() != null && event.getText().contains("<@" + ctx.getBotUserId());
        if (settings.threadFollowups() && event.getThreadTs() != null && !mentionsBot
                && threads.contains(channel + ":" + event.getThreadTs())) {
            answer(channel, event.getThreadTs(), event.getTs(), event.getText(), "slack:" + channel + ":" + event.getThreadTs());
        }
        return ctx.ack();
    }

    /** Answers a message in its channel (in the thread when {@code threadTs} is set), with a reaction while working. */
    private void answer(String channel, String threadTs, String messageTs, String text, String conversationId) {
        String question = text == null ? "" : MENTION.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
        work(() -> {
            api.addReaction(channel, messageTs, WORKING_REACTION);
            try {
                api.postMessage(channel, threadTs, reply(question, conversationId, response -> AnswerBlocks.render(response, new Buttons(question, null))));
            } finally {
                api.removeReaction(channel, messageTs, WORKING_REACTION);
            }
        });
    }

    private Response share(BlockActionRequest request, ActionContext ctx) {
        var payload = request.getPayload();
        String shareId = payload.getActions().getFirst().getValue();
        String responseUrl = payload.getResponseUrl();
        work(() -> {
            SlackMessage message = shareId == null ? null : shareable.get(shareId);
            if (message == null) {
                api.respond(responseUrl, ActionResponse.builder().responseType("ephemeral").replaceOriginal(false)
                        .text("That answer is no longer held, so it can't be shared; ask again.").build());
                return;
            }
            api.respond(responseUrl, ActionResponse.builder().responseType("in_channel").replaceOriginal(false)
                    .text(message.text()).blocks(message.blocks()).build());
            api.respond(responseUrl, ActionResponse.builder().deleteOriginal(true).build());
        });
        return ctx.ack();
    }

    private Response feedback(BlockActionRequest request, ActionContext ctx, Verdict verdict) {
        var payload = request.getPayload();
        String question = payload.getActions().getFirst().getValue();
        String user = payload.getUser() == null ? null : payload.getUser().getId();
        String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        feedback.record(question == null ? "" : question, verdict, user, channel);
        String responseUrl = payload.getResponseUrl();
        if (responseUrl != null) {
            work(() -> api.respond(responseUrl, ActionResponse.builder().responseType("ephemeral").replaceOriginal(false)
                    .text(verdict == Verdict.HELPFUL ? "Thanks, noted :+1:" : "Thanks, noted :-1: — that helps Byline get better.").build()));
        }
        return ctx.ack();
    }

    private boolean firstDelivery(EventRequest request) {
        JsonElement id = JsonParser.parseString(request.getRequestBodyAsString()).getAsJsonObject().get("event_id");
        if (id == null || !id.isJsonPrimitive()) return true;
        if (seenEvents.firstTime(id.getAsString(), true)) return true;
        LOG.info("event {} already acknowledged (retry {}); not answering it again", id.getAsString(), request.getContext().getRetryNum());
        return false;
    }

    private void work(Runnable task) {
        workers.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("a Slack reply failed: {}", e.getMessage(), e);
            }
        });
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "slack-worker-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) workers.shutdownNow();
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        try {
            slack.close();
        } catch (Exception e) {
            LOG.debug("closing the Slack client: {}", e.getMessage());
        }
    }
}
