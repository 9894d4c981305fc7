package dev.byline.corpus;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Turns files and folders into {@link Article}s, by file type (case-insensitive): {@code .jsonl} and
 * {@code .jsonl.gz} (one Format-A record per line), {@code .json} (one record or an array), {@code .txt} and
 * {@code .md} (one article, optional front matter), {@code .html} and {@code .htm} (one article). Folders are read
 * recursively in a stable order; see {@link CorpusFiles}. Articles without an id get one from their path; see
 * {@link ArticleIds}.
 *
 * <p>Bad input never stops a run: an unreadable file, a malformed or wrongly typed record, empty text or a
 * truncated gzip file is reported to the sink with its file and line and skipped, and reading goes on.
 * An unparseable date is reported and the article kept with no date. Text is decoded as UTF-8 (bad bytes become
 * U+FFFD) except HTML, whose declared charset wins, and JSON documents, which Jackson auto-detects.
 */
public final class CorpusReader {

    private static final int BUFFER = 1 << 16;

    private final JsonArticleReader json = new JsonArticleReader();
    private final TextArticleReader text = new TextArticleReader();
    private final HtmlArticleReader html = new HtmlArticleReader();

    /** Reads every supported file under the roots (files or folders, recursively, sorted for a stable order), streaming: never holds a whole corpus in memory. */
    public void read(List<Path> roots, CorpusSink sink) {
        CorpusFiles.walk(roots, file -> read(file, sink), sink::problem);
    }

    /** A quick estimate of how many articles read() will produce (lines of .jsonl/.jsonl.gz, array length or 1 for .json, 1 per txt/md/html), for progress ETA. */
    public long estimate(List<Path> roots) {
        long[] total = {0};
        CorpusFiles.walk(roots, file -> total[0] += estimate(file), problem -> {});
        return total[0];
    }

    private void read(CorpusFile file, CorpusSink sink) {
        try (InputStream in = open(file)) {
            switch (file.format()) {
                case JSONL, JSONL_GZ -> json.readLines(file, utf8Lines(in), sink);
                case JSON -> json.readDocument(file, in, sink);
                case TEXT, MARKDOWN -> text.read(file, new String(in.readAllBytes(), StandardCharsets.UTF_8), sink);
                case HTML, HTM -> html.read(file, in, sink);
            }
        } catch (IOException e) {
            sink.problem(file.problem(0, "cannot read: " + Problems.describe(e)));
        }
    }

    private long estimate(CorpusFile file) {
        try (InputStream in = open(file)) {
            return switch (file.format()) {
                case JSONL, JSONL_GZ -> nonBlankLines(in);
                case JSON -> json.countDocument(in);
                case TEXT, MARKDOWN, HTML, HTM -> 1;
            };
        } catch (IOException e) {
            return 0; // read() reports it
        }
    }

    private static InputStream open(CorpusFile file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file.file()), BUFFER);
        if (file.format() != FileFormat.JSONL_GZ) return in;
        try {
            return new GZIPInputStream(in, BUFFER);
        } catch (IOException notGzip) {
            in.close();
            throw notGzip;
        }
    }

    private static BufferedReader utf8Lines(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER);
    }

    /** Counts lines with something other than spaces on them, on bytes: no decoding, no JSON. */
    private static long nonBlankLines(InputStream in) {
        long count = 0;
        boolean content = false;
        byte[] buffer = new byte[BUFFER];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        if (content) count++;
                        content = false;
                    } else if (b != ' ' && b != '\t' && b != '\r') {
                        content = true;
                    }
                }
            }
        } catch (IOException e) {
            // truncated: count what was there
        }
        return content ? count + 1 : count;
    }
}
