package dev.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.App;
import dev.byline.testing.Corpora;
import dev.byline.testing.Models;
import dev.byline.web.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalQaCommandIT {

    @Test
    void scores_accuracy_evidence_and_latency_and_prints_one_json_object(@TempDir Path dir) throws Exception {
        Path questions = Files.writeString(dir.resolve("qa.jsonl"), """
                {"id": "q1", "question": "Who ordered the troops out of Syria?", "answers": ["Putin"], "evidence": ["seed-putin-syria"], "type": "who_said", "as_of": null}
                {"id": "q2", "question": "What is the capital of Mongolia?", "answers": ["Ulaanbaatar"], "evidence": ["atlas"], "type": "geo", "as_of": "2016-03-20"}
                {"id": "q3", "question": "Who ordered the troops out of Syria?", "answers": ["Putin"], "wrong": ["Vladimir"], "evidence": ["seed-putin-syria"], "type": "who_said", "as_of": null}
                """);
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new App(() -> Models.TEXT)).execute("eval", "qa", "--articles", Corpora.SEED.toString(), "--questions", questions.toString(), "--k", "3", "--json");
        } finally {
            System.setOut(stdout);
        }
        assertThat(exit).isZero();
        JsonNode report = Json.mapper().readTree(out.toString(StandardCharsets.UTF_8).strip());
        assertThat(report.get("questions").asInt()).isEqualTo(3);
        assertThat(report.get("accuracy").asDouble()).as("q1 right; q2 unanswerable; q3 names the distractor").isEqualTo(0.3333);
        assertThat(report.get("k").asInt()).isEqualTo(3);
        assertThat(report.get("evidence_recall_at_k").asDouble()).isEqualTo(0.6667);
        assertThat(report.get("mrr_at_10").asDouble()).as("the seed article first for q1 and q3; no evidence for q2").isEqualTo(0.6667);
        assertThat(report.at("/latency_ms/p95").asDouble()).isGreaterThanOrEqualTo(report.at("/latency_ms/p50").asDouble()).isPositive();
        assertThat(report.at("/by_type/who_said/accuracy").asDouble()).isEqualTo(0.5);
        assertThat(report.at("/by_type/geo/questions").asInt()).isEqualTo(1);
        assertThat(report.at("/by_question_type/who/questions").asInt()).as("two who questions").isEqualTo(2);
        assertThat(report.at("/by_question_type/other/questions").asInt()).as("what is the capital").isEqualTo(1);
    }
}
