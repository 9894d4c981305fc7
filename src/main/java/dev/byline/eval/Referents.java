package dev.byline.eval;

import dev.byline.attribution.Speaker;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whom gold pronoun sources refer to, labelled by hand (PolNeAR marks the pronoun, not its referent), so that a
 * pronoun resolved to the wrong person counts as wrong. The shipped file covers the dev split's pronoun sources and a
 * sample from train folds 0, 1 and 2; its header says how it was made.
 */
public final class Referents {

    /** How a labelled source judges a speaker: right, wrong, or not judged ("?": the text does not tell). */
    public enum Verdict { RIGHT, WRONG, UNJUDGED }

    private static final String SHIPPED = "dev/byline/eval/polnear-referents.tsv";
    private final Map<String, String> byKey;

    private Referents(Map<String, String> byKey) {
        this.byKey = byKey;
    }

    public static Referents none() {
        return new Referents(Map.of());
    }

    /** The labels shipped in the jar. */
    public static Referents shipped() {
        InputStream in = Referents.class.getClassLoader().getResourceAsStream(SHIPPED);
        if (in == null) return none();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return read(reader, SHIPPED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Referents load(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            return read(reader, file.toString());
        }
    }

    private static Referents read(BufferedReader reader, String name) throws IOException {
        Map<String, String> labels = new HashMap<>();
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t");
            if (cols.length != 5) throw new IOException(name + ":" + n + ": expected 5 tab-separated columns, found " + cols.length);
            labels.put(key(cols[0], Integer.parseInt(cols[1])), cols[4].strip());
        }
        return new Referents(labels);
    }

    public int size() {
        return byKey.size();
    }

    /** The verdict on {@code speaker} for the gold source at {@code start} of {@code articleId}; empty when unlabelled. */
    public Optional<Verdict> judge(String articleId, int start, Speaker speaker) {
        String label = byKey.get(key(articleId, start));
        if (label == null) return Optional.empty();
        if (label.equals("?")) return Optional.of(Verdict.UNJUDGED);
        if (speaker == null) return Optional.of(Verdict.WRONG);
        String name = speaker.normalized();
        for (String alternative : label.split("\\|")) {
            String wanted = alternative.strip().toLowerCase(Locale.ROOT);
            boolean right = wanted.equals("-") ? unresolved(speaker) : name.contains(wanted);
            if (right) return Optional.of(Verdict.RIGHT);
        }
        return Optional.of(Verdict.WRONG);
    }

    // A speaker left as the article's own words ("they", "the ad") rather than a name.
    private static boolean unresolved(Speaker speaker) {
        return speaker.name().equalsIgnoreCase(speaker.mention().text().strip()) || Character.isLowerCase(speaker.name().charAt(0));
    }

    private static String key(String articleId, int start) {
        return articleId + "@" + start;
    }
}
