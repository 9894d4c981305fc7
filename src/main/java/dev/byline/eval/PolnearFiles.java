package dev.byline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.byline.corpus.Article;
import dev.byline.corpus.CorpusReader;
import dev.byline.corpus.CorpusSink;
import dev.byline.corpus.ReadProblem;
import dev.byline.corpus.SourcedArticle;
import dev.byline.nlp.text.TextSpan;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads the evaluation files: Format A articles (through the corpus readers) and Format B attribution gold (see the
 * data README), which only the evaluation reads.
 */
public final class PolnearFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PolnearFiles() {}

    /** Gold attributions by article id, in file order. */
    public static Map<String, List<GoldAttribution>> readGold(Path file) throws IOException {
        Map<String, List<GoldAttribution>> out = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode node = JSON.readTree(line);
                List<GoldAttribution> list = new ArrayList<>();
                for (JsonNode a : node.get("attributions")) {
                    TextSpan content = span(a.get("content"));
                    List<TextSpan> pieces = new ArrayList<>();
                    JsonNode fragments = a.path("content").path("fragments");
                    if (fragments.isArray()) for (JsonNode f : fragments) pieces.add(span(f));
                    list.add(new GoldAttribution(span(a.get("source")), span(a.get("cue")), content, pieces));
                }
                out.put(node.get("article_id").asText(), list);
            }
        }
        return out;
    }

    /** The articles whose id passes {@code wanted}, in file order, read by the corpus readers; a bad record fails the evaluation. */
    public static List<Article> readArticles(Path file, Predicate<String> wanted) throws IOException {
        if (!Files.isReadable(file)) throw new java.io.FileNotFoundException(file + " cannot be read");
        List<Article> out = new ArrayList<>();
        new CorpusReader().read(List.of(file), new CorpusSink() {
            @Override
            public void article(SourcedArticle sourced) {
                if (wanted.test(sourced.article().id())) out.add(sourced.article());
            }

            @Override
            public void problem(ReadProblem problem) {
                if (problem.skipped()) throw new IllegalStateException(problem.toString());
            }
        });
        return out;
    }

    private static TextSpan span(JsonNode node) {
        if (node == null || node.isNull()) return null;
        return new TextSpan(node.get("start").asInt(), node.get("end").asInt(), node.get("text").asText());
    }

}
