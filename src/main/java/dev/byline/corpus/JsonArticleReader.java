package dev.byline.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads Format-A records (id, title, source, published, url, author, text) from {@code .jsonl}, {@code .jsonl.gz}
 * and {@code .json} files, one record at a time so that a corpus of any size streams through.
 *
 * <p>A {@code .jsonl} record's line is its 1-based line in the file. A {@code .json} file holds one object
 * (line 0) or an array of objects, whose "line" is the element number (index + 1): a pretty-printed array has no
 * one line per record, and the element number is what a person fixing the file can count to.
 */
final class JsonArticleReader {

    private static final String[] STRING_FIELDS = {"id", "title", "source", "published", "url", "author", "text"};

    private final ObjectMapper mapper = new ObjectMapper();
    // a line holds exactly one record: "{...} junk" is malformed, not a record plus noise
    private final ObjectReader lineReader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Reads one record per line; {@code lines} is closed by the caller. */
    void readLines(CorpusFile from, BufferedReader lines, CorpusSink sink) {
        String pathId = from.pathId();
        int number = 0;
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                if (line.isBlank()) continue;
                JsonNode node;
                try {
                    node = lineReader.readTree(line);
                } catch (JsonProcessingException e) {
                    sink.problem(from.problem(number, "malformed JSON: " + e.getOriginalMessage()));
                    continue;
                }
                record(node, from, number, ArticleIds.forLine(pathId, number), sink);
            }
        } catch (IOException e) {
            sink.problem(from.problem(number + 1, "stopped reading: " + Problems.describe(e)));
        }
    }

    /** Reads a whole-file object or an array of objects; {@code in} is closed by the caller. */
    void readDocument(CorpusFile from, InputStream in, CorpusSink sink) {
        String pathId = from.pathId();
        int element = 0;
        try (JsonParser parser = mapper.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                record(mapper.readTree(parser), from, 0, pathId, sink);
            } else if (first == JsonToken.START_ARRAY) {
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    element++;
                    JsonNode node = mapper.readTree(parser);
                    if (node == null) throw new IOException("the array never ends");
                    record(node, from, element, ArticleIds.forElement(pathId, element), sink);
                }
            } else {
                sink.problem(from.problem(0, first == null ? "empty file" : "expected a JSON object or array, found " + first));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + " column " + at.getColumnNr();
            sink.problem(from.problem(element, "malformed JSON" + where + ": " + e.getOriginalMessage()));
        } catch (IOException e) {
            sink.problem(from.problem(element, "stopped reading: " + Problems.describe(e)));
        }
    }

    /** How many records {@link #readDocument} would see, without building them. */
    long countDocument(InputStream in) {
        long count = 0;
        try (JsonParser parser = mapper.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) return 1;
            if (first != JsonToken.START_ARRAY) return 0;
            JsonToken token;
            while ((token = parser.nextToken()) != null && token != JsonToken.END_ARRAY) {
                count++;
                parser.skipChildren();
            }
        } catch (IOException e) {
            // an estimate: read() will report the problem, here we keep what was counted
        }
        return count;
    }

    private static void record(JsonNode node, CorpusFile from, int line, String fallbackId, CorpusSink sink) {
        if (!node.isObject()) {
            sink.problem(from.problem(line, "expected a JSON object, found " + node.getNodeType()));
            return;
        }
        String[] values = new String[STRING_FIELDS.length];
        for (int i = 0; i < STRING_FIELDS.length; i++) {
            JsonNode value = node.get(STRING_FIELDS[i]);
            if (value == null || value.isNull()) continue;
            if (!value.isTextual()) {
                sink.problem(from.problem(line, "field '" + STRING_FIELDS[i] + "' should be a string, found " + value.getNodeType()));
                return;
            }
            values[i] = value.textValue();
        }
        new RawArticle(values[0], values[1], values[2], values[3], values[4], values[5], values[6])
                .emit(from, line, fallbackId, sink);
    }
}
