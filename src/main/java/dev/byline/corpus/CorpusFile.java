package dev.byline.corpus;

import java.nio.file.Path;
import java.util.Objects;

/** A supported file found under an ingest root, with what the readers need to report and name its articles. */
record CorpusFile(Path file, Path root, FileFormat format) {

    CorpusFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(format, "format");
    }

    /** The id rule of {@link ArticleIds} applied to this file. */
    String pathId() {
        return ArticleIds.forFile(root, file, format);
    }

    ReadProblem problem(int line, String message) {
        return new ReadProblem(file, line, message);
    }

    /** A problem the reader worked around, keeping the record. */
    ReadProblem fixed(int line, String message) {
        return new ReadProblem(file, line, message, false);
    }
}
