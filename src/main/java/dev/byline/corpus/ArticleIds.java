package dev.byline.corpus;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stable ids for articles whose source gives none, so that re-ingesting a file updates its articles
 * instead of duplicating them.
 *
 * <p>The rule:
 * <ul>
 *   <li>Take the file's path relative to the ingest root; for a file given directly as a root, its file name.
 *   <li>Drop the format suffix ({@code .txt}, {@code .md}, {@code .html}, {@code .htm}, {@code .json},
 *       {@code .jsonl}, {@code .jsonl.gz}).
 *   <li>In each path segment: strip accents, lower-case, and turn every run of characters outside
 *       {@code [a-z0-9._-]} into one {@code -}. A segment holding letters with no ASCII form (e.g. Cyrillic) gets
 *       {@code -} plus the hex {@code String.hashCode()} of its NFC form appended, so such names don't collide.
 *   <li>Join the segments with {@code __}.
 * </ul>
 * So {@code corpus/seed-putin-syria.txt} under root {@code corpus} is {@code seed-putin-syria}, and
 * {@code corpus/BBC/2016 March/Putin.html} is {@code bbc__2016-march__putin}.
 * A record without an id in a {@code .jsonl} file gets {@code <path-id>-L<line>}; an element of a {@code .json}
 * array gets {@code <path-id>-E<n>} (n = index + 1). The upper-case {@code L}/{@code E} cannot occur in a
 * path id, so these never collide with a file's id. Two files differing only in suffix ({@code a.txt}, {@code a.md})
 * share an id; the later one read wins downstream.
 */
final class ArticleIds {

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern UNSAFE = Pattern.compile("[^a-z0-9._-]+");

    private ArticleIds() {}

    /** The id of the file's article, or the prefix of its records' ids. */
    static String forFile(Path root, Path file, FileFormat format) {
        Path relative = root.equals(file) || file.getNameCount() == 0 || !file.startsWith(root)
                ? file.getFileName()
                : root.relativize(file);
        List<String> segments = new ArrayList<>();
        for (int i = 0; i < relative.getNameCount(); i++) {
            String name = relative.getName(i).toString();
            if (i == relative.getNameCount() - 1) name = format.stem(name);
            segments.add(segment(name));
        }
        return String.join("__", segments);
    }

    static String forLine(String pathId, int line) {
        return pathId + "-L" + line;
    }

    static String forElement(String pathId, int element) {
        return pathId + "-E" + element;
    }

    private static String segment(String name) {
        String composed = Normalizer.normalize(name, Normalizer.Form.NFC);
        String ascii = ACCENTS.matcher(Normalizer.normalize(composed, Normalizer.Form.NFKD)).replaceAll("");
        String safe = UNSAFE.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        boolean lostLetters = ascii.chars().anyMatch(c -> c > 127 && Character.isLetterOrDigit(c));
        return lostLetters ? safe + "-" + Integer.toHexString(composed.hashCode()) : safe;
    }
}
