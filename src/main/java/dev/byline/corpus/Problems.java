package dev.byline.corpus;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.zip.ZipException;

/** Turns I/O failures into short problem messages; the file is already named by the {@link ReadProblem}. */
final class Problems {

    private Problems() {}

    static String describe(IOException e) {
        return switch (e) {
            case AccessDeniedException denied -> "permission denied";
            case NoSuchFileException gone -> "no such file";
            case NotDirectoryException notDir -> "not a folder";
            case EOFException eof -> "truncated file (" + eof.getMessage() + ")";
            case ZipException zip -> "corrupt gzip (" + zip.getMessage() + ")";
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
