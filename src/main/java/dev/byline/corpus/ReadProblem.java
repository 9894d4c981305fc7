package dev.byline.corpus;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something the reader skipped or fixed: file, 1-based line (0 = whole file), message, and whether the record
 * (or file) was skipped or kept with the fix (an unreadable date kept as none).
 * For a {@code .json} array the "line" is the element number (index + 1), as in {@link SourcedArticle}.
 */
public record ReadProblem(Path file, int line, String message, boolean skipped) {

    /** A problem that made the reader skip what it was reading. */
    public ReadProblem(Path file, int line, String message) {
        this(file, line, message, true);
    }

    public ReadProblem {
        Objects.requireNonNull(file, "file");
        if (line < 0) throw new IllegalArgumentException("line must be >= 0, was " + line);
        if (message == null || message.isBlank()) throw new IllegalArgumentException("problem message is blank");
    }

    @Override
    public String toString() {
        return line == 0 ? file + ": " + message : file + ":" + line + ": " + message;
    }
}
