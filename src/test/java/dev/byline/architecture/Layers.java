package dev.byline.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The direction data flows in Byline, as rules over the import lines of the main sources: corpus, then nlp
 * (lexicon, then text), then attribution (rules and resolve, then model, then training), index, search, llm, answer,
 * chat, and the two faces web and Slack. A package imports only packages at its level or to its left.
 */
final class Layers {

    /** A package's rank; a package may import only ranks at or below its own. Commands, evaluation and the wiring sit on top. */
    private static final Map<String, Integer> RANK = Map.ofEntries(
            Map.entry("config", 0), Map.entry("corpus", 1), Map.entry("nlp.lexicon", 2), Map.entry("nlp.text", 3),
            Map.entry("attribution", 4), Map.entry("attribution.rules", 5), Map.entry("attribution.resolve", 5),
            Map.entry("attribution.model", 6), Map.entry("attribution.training", 7),
            Map.entry("index", 10), Map.entry("index.lucene", 11), Map.entry("index.solr", 12), Map.entry("search", 13),
            Map.entry("search.lucene", 14), Map.entry("search.solr", 15),
            Map.entry("llm", 16), Map.entry("answer", 17), Map.entry("chat", 18), Map.entry("web", 19), Map.entry("slack", 20),
            Map.entry("eval", 30), Map.entry("bench", 30), Map.entry("cli", 31), Map.entry("", 31));

    /**
     * The attribution facade builds its parts, which read its API records, but training stays off the serving path;
     * the entry point (App, Byline) and the commands call each other.
     */
    private static boolean exempt(String from, String to) {
        return from.equals("attribution") && to.startsWith("attribution.") && !to.equals("attribution.training")
                || from.isEmpty() && to.equals("cli") || from.equals("cli") && to.isEmpty();
    }

    /**
     * Only the Lucene code itself, and the wiring that picks it, may name the Lucene backend; the Solr backend too,
     * which writes the Lucene backend's documents and reads hits with its decoder, so both stores hold the same thing.
     */
    private static boolean reachesIntoLucene(String from, String to) {
        return to.endsWith(".lucene") && !from.endsWith(".lucene") && !from.endsWith(".solr") && !from.isEmpty() && !from.equals("cli");
    }

    /** Lucene's own types: only the Lucene backend. The Solr backend reaches them through its classes, not by name. */
    private static boolean mayUseLucene(String pkg) {
        return pkg.endsWith(".lucene");
    }

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final String ROOT = "dev.byline.";

    record Violation(String file, String imported, String why) {
        @Override
        public String toString() {
            return file + " imports " + imported + ": " + why;
        }
    }

    private Layers() {}

    /** The violations in one source file of package {@code pkg} (relative to dev.byline, "" for the root). */
    static List<Violation> check(String file, String pkg, String source) {
        List<Violation> out = new ArrayList<>();
        Integer rank = RANK.get(pkg);
        if (rank == null) {
            out.add(new Violation(file, pkg, "package " + pkg + " has no place in the layers; add it to Layers.RANK"));
            return out;
        }
        Matcher m = IMPORT.matcher(source);
        while (m.find()) {
            String name = m.group(1);
            if (name.startsWith("org.apache.lucene.") && !mayUseLucene(pkg)) {
                out.add(new Violation(file, name, "Lucene types stay under index/lucene and search/lucene"));
            }
            if (!name.startsWith(ROOT)) continue;
            String target = packageOf(name.substring(ROOT.length()));
            if (target.equals(pkg) || exempt(pkg, target)) continue;
            if (reachesIntoLucene(pkg, target)) {
                out.add(new Violation(file, name, "only the wiring (Byline, cli) picks the Lucene backend; " + pkg + " goes through the seam"));
                continue;
            }
            Integer targetRank = RANK.get(target);
            if (targetRank == null) continue; // a class in the root package, e.g. Byline: only the top reaches it
            if (targetRank > rank || (targetRank.equals(rank) && !target.equals(pkg))) {
                out.add(new Violation(file, name, pkg + " (rank " + rank + ") must not import " + target + " (rank " + targetRank + ")"));
            }
        }
        return out;
    }

    /** Every violation under {@code sourceRoot} (a src/main/java folder). */
    static List<Violation> check(Path sourceRoot) {
        Path base = sourceRoot.resolve("dev/byline");
        List<Violation> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(base)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String rel = base.relativize(file.getParent()).toString().replace('/', '.');
                out.addAll(check(base.relativize(file).toString(), rel, Files.readString(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** "nlp.text.Sentences.Sentence" -> "nlp.text"; "Byline" -> "". */
    private static String packageOf(String name) {
        String[] parts = name.split("\\.");
        StringBuilder pkg = new StringBuilder();
        for (String part : parts) {
            if (Character.isUpperCase(part.charAt(0))) break;
            if (!pkg.isEmpty()) pkg.append('.');
            pkg.append(part);
        }
        return pkg.toString();
    }
}
