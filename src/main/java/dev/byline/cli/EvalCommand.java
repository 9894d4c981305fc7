package dev.byline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code byline eval ...}: the effectiveness evaluations, one subcommand each. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate attribution extraction or question answering against gold data.",
        subcommands = {EvalAttributionsCommand.class, EvalQaCommand.class, EvalReportCommand.class})
public final class EvalCommand implements Runnable {

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
