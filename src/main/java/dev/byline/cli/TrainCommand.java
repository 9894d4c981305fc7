package dev.byline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code byline train ...}: trains the models Byline ships, one subcommand each. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train the models Byline ships from gold data.",
        subcommands = {TrainAttributionsCommand.class, TrainDoubtCommand.class})
public final class TrainCommand implements Runnable {

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
