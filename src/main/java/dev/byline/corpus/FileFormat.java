package dev.byline.corpus;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file types Byline reads, recognised by file-name suffix regardless of case. */
enum FileFormat {
    // .jsonl.gz comes first: matching goes in declaration order and the longest suffix must win
    JSONL_GZ(".jsonl.gz"),
    JSONL(".jsonl"),
    JSON(".json"),
    TEXT(".txt"),
    MARKDOWN(".md"),
    HTML(".html"),
    HTM(".htm");

    static final String SUPPORTED = ".jsonl, .jsonl.gz, .json, .txt, .md, .html, .htm";

    private final String suffix;

    FileFormat(String suffix) {
        this.suffix = suffix;
    }

    static Optional<FileFormat> of(Path file) {
        Path name = file.getFileName();
        if (name == null) return Optional.empty();
        String lower = name.toString().toLowerCase(Locale.ROOT);
        for (FileFormat format : values()) {
            if (lower.endsWith(format.suffix) && lower.length() > format.suffix.length()) return Optional.of(format);
        }
        return Optional.empty();
    }

    /** The file name without this format's suffix, as written (case kept). */
    String stem(String fileName) {
        return fileName.substring(0, fileName.length() - suffix.length());
    }
}
