package dev.byline;

import dev.byline.cli.EvalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Byline's command line: the entry point, and the one place where the object graph is built. */
@Command(name = "byline", mixinStandardHelpOptions = true, version = "byline 0.1.0",
        description = "Answers who said what, and when, from a corpus of news articles, with cited sources.",
        subcommands = {EvalCommand.class})
public final class App implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new App()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
