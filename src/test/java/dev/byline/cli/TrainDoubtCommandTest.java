package dev.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainDoubtCommandTest {

    private record Run(int exit, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true));
        try {
            int exit = new CommandLine(new TrainDoubtCommand()).execute(args);
            return new Run(exit, err.toString());
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void refuses_an_unknown_fold_and_a_missing_model_directory_by_name(@TempDir Path dir) throws Exception {
        Path articles = Files.writeString(dir.resolve("articles.jsonl"), "");
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), "");
        Run badFold = run("--articles", articles.toString(), "--gold", gold.toString(), "--holdout", "84",
                "--fold", "7=" + dir);
        assertThat(badFold.exit()).isEqualTo(2);
        assertThat(badFold.err()).contains("--fold must be 0, 1, 2 or latest, not 7");
        Run noDir = run("--articles", articles.toString(), "--gold", gold.toString(), "--holdout", "84",
                "--fold", "0=" + dir.resolve("nowhere"));
        assertThat(noDir.exit()).isEqualTo(2);
        assertThat(noDir.err()).contains("no such model directory").contains("nowhere");
        Run noFile = run("--articles", dir.resolve("missing.jsonl").toString(), "--gold", gold.toString(),
                "--holdout", "84", "--fold", "0=" + dir);
        assertThat(noFile.exit()).isEqualTo(2);
        assertThat(noFile.err()).contains("no such file").contains("missing.jsonl");
    }
}
