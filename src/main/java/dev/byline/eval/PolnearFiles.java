package dev.byline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.byline.corpus.Article;
import dev.byline.nlp.text.TextSpan;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads the evaluation files: Format A article lines and Format B attribution gold (see the data README).
 * Kept here, not in corpus/, because only the evaluation reads PolNeAR gold; the article part can move to the
 * corpus readers once those exist.
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

    /** The articles whose id passes {@code wanted}, in file order. */
    public static List<Article> readArticles(Path file, Predicate<String> wanted) throws IOException {
        List<Article> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode a = JSON.readTree(line);
                String id = a.get("id").asText();
                if (!wanted.test(id)) continue;
                out.add(new Article(id, text(a, "title"), text(a, "source"), date(text(a, "published")), text(a, "url"),
                        text(a, "author"), a.get("text").asText()));
            }
        }
        return out;
    }

    private static TextSpan span(JsonNode node) {
        if (node == null || node.isNull()) return null;
        return new TextSpan(node.get("start").asInt(), node.get("end").asInt(), node.get("text").asText());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    // Publication is either a day or a full ISO-8601 timestamp; the day is all Byline keeps.
    private static LocalDate date(String published) {
        return published == null || published.length() < 10 ? null : LocalDate.parse(published.substring(0, 10));
    }
}
