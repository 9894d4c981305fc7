package dev.byline;

import dev.byline.cli.AskCommand;
import dev.byline.cli.BenchCommand;
import dev.byline.cli.EvalCommand;
import dev.byline.cli.IngestCommand;
import dev.byline.cli.ServeCommand;
import dev.byline.cli.SolrCommand;
import dev.byline.cli.TrainCommand;
import dev.byline.config.Settings.InvalidSettingException;
import dev.byline.nlp.text.TextModels;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Byline's command line: the entry point, and the one place where the object graph is built. */
@Command(name = "byline", mixinStandardHelpOptions = true, version = "byline 0.1.0",
        description = "Answers who said what, and when, from a corpus of news articles, with cited sources.",
        subcommands = {ServeCommand.class, IngestCommand.class, AskCommand.class, EvalCommand.class, TrainCommand.class, BenchCommand.class, SolrCommand.class})
public final class App implements Runnable {

    /** The language models, loaded when a command first needs them and then shared by every command of this process. */
    private final Supplier<TextModels> text;

    public App() {
        this(TextModels::load);
    }

    /** An App whose commands take their language models from {@code text} (asked at most once). */
    public App(Supplier<TextModels> text) {
        AtomicReference<TextModels> loaded = new AtomicReference<>();
        this.text = () -> {
            synchronized (loaded) {
                if (loaded.get() == null) loaded.set(text.get());
                return loaded.get();
            }
        };
    }

    /** The language models of the command running under {@code spec}, from the App at its root. */
    public static TextModels text(CommandLine.Model.CommandSpec spec) {
        // A command run on its own, without the App above it, loads its own.
        return spec.root().userObject() instanceof App app ? app.text.get() : TextModels.load();
    }

    /** The passage embedder when vectors are on (BYLINE_VECTORS=on), else null; the model loads on first use. */
    public static dev.byline.index.Embedder embedder() {
        return dev.byline.config.Settings.vectors(System.getenv()) ? new dev.byline.llm.LocalEmbedder() : null;
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new App());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // Expected failures (bad setting, locked index, unreadable path) are one line, not a stack trace.
            if (e instanceof InvalidSettingException || e instanceof IllegalStateException || e instanceof java.io.UncheckedIOException) {
                commandLine.getErr().println("byline: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        System.exit(cli.execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
