package dev.byline.nlp.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The usual gender of 67,214 first names ("Hillary" female, "Felipe" male), from the lists of the npm package
 * gender-detection-from-name (MIT; see NOTICE). Only ever asked about a first name the article writes out: a family
 * name says nothing about gender. Read once, on first use.
 */
public final class FirstNames {

    public enum Gender { MALE, FEMALE, UNKNOWN }

    private static final String RESOURCE = "dev/byline/nlp/lexicon/first-names.tsv.gz";

    private FirstNames() {}

    private static final class Holder {
        static final Map<String, Gender> NAMES = read();
    }

    /** The usual gender of {@code firstName}, or UNKNOWN when the list does not have it. */
    public static Gender of(String firstName) {
        if (firstName == null || firstName.length() < 2) return Gender.UNKNOWN;
        return Holder.NAMES.getOrDefault(firstName.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }

    private static Map<String, Gender> read() {
        InputStream in = FirstNames.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) throw new IllegalStateException("first-name list missing from the classpath: " + RESOURCE);
        Map<String, Gender> names = new HashMap<>(90_000);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab <= 0) continue;
                names.put(line.substring(0, tab), line.charAt(tab + 1) == 'f' ? Gender.FEMALE : Gender.MALE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Map.copyOf(names);
    }
}
