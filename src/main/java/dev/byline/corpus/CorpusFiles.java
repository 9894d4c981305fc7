package dev.byline.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Finds the supported files under ingest roots, in a stable order: roots as given, and inside a folder its entries
 * sorted by name, folders entered where they sort. Hidden files and folders (name starting with '.') and files of
 * other types are passed over silently, but a root that is missing or is a file of an unsupported type is a problem,
 * since someone asked for it by name.
 */
final class CorpusFiles {

    private CorpusFiles() {}

    static void walk(List<Path> roots, Consumer<CorpusFile> onFile, Consumer<ReadProblem> onProblem) {
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                walkFolder(root, root, new HashSet<>(), onFile, onProblem);
            } else if (Files.exists(root)) {
                Optional<FileFormat> format = FileFormat.of(root);
                if (format.isPresent()) onFile.accept(new CorpusFile(root, root, format.get()));
                else onProblem.accept(new ReadProblem(root, 0, "unsupported file type; Byline reads " + FileFormat.SUPPORTED));
            } else {
                onProblem.accept(new ReadProblem(root, 0, "no such file or folder"));
            }
        }
    }

    private static void walkFolder(Path folder, Path root, Set<Path> entered,
                                   Consumer<CorpusFile> onFile, Consumer<ReadProblem> onProblem) {
        List<Path> entries;
        try {
            // folders are followed through symbolic links, so remember where we have been to stop on a loop
            if (!entered.add(folder.toRealPath())) {
                onProblem.accept(new ReadProblem(folder, 0, "symbolic link loop, folder skipped"));
                return;
            }
            try (Stream<Path> listing = Files.list(folder)) {
                entries = listing.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
            }
        } catch (IOException e) {
            onProblem.accept(new ReadProblem(folder, 0, "cannot list folder: " + Problems.describe(e)));
            return;
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) continue;
            if (Files.isDirectory(entry)) {
                walkFolder(entry, root, entered, onFile, onProblem);
            } else if (!isFolderReadme(name)) {
                FileFormat.of(entry).ifPresent(format -> onFile.accept(new CorpusFile(entry, root, format)));
            }
        }
        try {
            entered.remove(folder.toRealPath());
        } catch (IOException e) {
            // the folder vanished while we read it; nothing left to unmark
        }
    }

    /** A README.md or README.txt inside a corpus folder describes the folder; it is not an article. Named as a root, it is read. */
    static boolean isFolderReadme(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        return lower.equals("readme.md") || lower.equals("readme.txt");
    }
}
