package dev.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.App;
import dev.byline.testing.Models;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The README promises that `./byline COMMAND --help` lists every option of every command. */
class HelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"serve", "ingest", "ask", "eval", "eval attributions", "eval qa", "eval report", "train", "train attributions", "train doubt", "bench"})
    void every_command_prints_its_usage_for_help(String command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new App(() -> Models.TEXT));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] args = (command + " --help").split(" ");
        int exit = cli.execute(args);
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Usage: byline " + command).contains("--help");
    }
}
