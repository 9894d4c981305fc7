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
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * What a name or a role says about a person's gender: a gendered title ("Assemblywoman", "spokesman") or the usual
 * gender of a first name among 67,214 ("Hillary" female, "Felipe" male; the lists of the npm package
 * gender-detection-from-name, MIT, see NOTICE, read once on first use). Never a family name: the last word of a name
 * says nothing about gender. A first name's usual gender can be wrong ("Sidney"); callers weigh it below an honorific.
 */
public final class Genders {

    public enum Gender { MALE, FEMALE, UNKNOWN }

    private static final String RESOURCE = "dev/byline/nlp/lexicon/first-names.tsv.gz";
    private static final Set<String> MALE_WORDS = Set.of("spokesman", "congressman", "chairman", "businessman", "king",
            "prince", "father", "husband", "son", "brother", "sir", "lord", "duke", "uncle", "grandfather", "boyfriend", "mr.", "mr");
    private static final Set<String> FEMALE_WORDS = Set.of("spokeswoman", "congresswoman", "chairwoman", "businesswoman",
            "queen", "princess", "mother", "wife", "daughter", "sister", "lady", "dame", "actress", "aunt", "grandmother",
            "girlfriend", "widow", "anchorwoman", "mrs.", "mrs", "ms.", "ms", "miss");
    private static final Set<String> TITLES = Set.of("president", "sen.", "rep.", "gov.", "dr.", "gen.", "secretary",
            "senator", "governor", "minister", "judge", "justice", "mayor", "former", "vice", "prime", "chief", "general");

    private Genders() {}

    /**
     * "Assemblywoman Claudia Tenney", "Mr. Trump", "Melania Trump": a gendered title or honorific inside the name, else
     * the first name the list knows; never the family name (the last word).
     */
    public static Gender ofName(String fullName) {
        String[] words = fullName.strip().split("\\s+");
        for (int i = 0; i < words.length - 1; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (w.endsWith("woman") || FEMALE_WORDS.contains(w)) return Gender.FEMALE;
            if (w.endsWith("man") && w.length() > 5 || MALE_WORDS.contains(w)) return Gender.MALE;
        }
        for (int i = 0; i < words.length - 1; i++) {
            String w = words[i];
            if (w.endsWith(".") || w.length() < 2 || TITLES.contains(w.toLowerCase(Locale.ROOT))) continue;
            return ofFirstName(w);
        }
        return Gender.UNKNOWN;
    }

    /** "spokeswoman for the campaign", "the king": a gendered word in a role; UNKNOWN for "senator". */
    public static Gender ofRole(String role) {
        if (role == null) return Gender.UNKNOWN;
        for (String w : role.toLowerCase(Locale.ROOT).split("[^\\p{L}.]+")) {
            if (FEMALE_WORDS.contains(w) || w.endsWith("woman")) return Gender.FEMALE;
            if (MALE_WORDS.contains(w) || w.endsWith("man") && w.length() > 5) return Gender.MALE;
        }
        return Gender.UNKNOWN;
    }

    private static final class Holder {
        static final Map<String, Gender> NAMES = read();
    }

    /** The usual gender of {@code firstName}, or UNKNOWN when the list does not have it. */
    public static Gender ofFirstName(String firstName) {
        if (firstName == null || firstName.length() < 2) return Gender.UNKNOWN;
        return Holder.NAMES.getOrDefault(firstName.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }

    private static Map<String, Gender> read() {
        InputStream in = Genders.class.getClassLoader().getResourceAsStream(RESOURCE);
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
