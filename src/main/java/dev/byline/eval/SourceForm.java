package dev.byline.eval;

import java.util.Locale;
import java.util.Set;

/**
 * How a gold source is written, for speaker accuracy split by form: a bare name ("Calderon"), a title or appositive with
 * a name ("Sen. Rand Paul", "Donna Brazile, the interim chairwoman"), a pronoun ("he"), a description ("a spokesman",
 * "the former Mexican president") or an organisation ("the Kremlin", "Politifact's editors" aside). Read from the
 * gold text alone, so the split does not depend on what the extractor did.
 */
public enum SourceForm {
    NAME("name"), TITLE_NAME("title + name"), PRONOUN("pronoun"), DESCRIPTION("description"), ORGANISATION("organisation");

    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "his", "her", "him", "them", "its",
            "their", "i", "we", "you", "me", "us", "who");
    private static final Set<String> TITLES = Set.of("sen.", "rep.", "gov.", "president", "mr.", "mrs.", "ms.", "dr.",
            "secretary", "senator", "governor", "gen.", "judge", "justice", "speaker", "mayor", "vice", "former", "first",
            "lady", "prime", "minister", "chancellor", "attorney", "director", "chairman", "chairwoman", "pope", "king",
            "queen", "prince", "lt.", "col.", "sgt.", "rev.", "gop", "democratic", "republican");
    private static final Set<String> ORGANISATION_WORDS = Set.of("committee", "department", "campaign", "party", "house",
            "times", "post", "news", "journal", "association", "agency", "office", "council", "court", "ministry", "kremlin",
            "government", "administration", "commission", "foundation", "institute", "university", "bureau", "senate",
            "congress", "fbi", "cia", "nato", "un", "u.n.", "pac", "center", "group", "inc.", "corp.", "network", "cnn",
            "reuters", "politifact", "imf", "police", "army", "union", "coalition", "poll", "survey", "report", "statement");

    private final String label;

    SourceForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The form of a gold source text. */
    public static SourceForm of(String source) {
        String text = source.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lower)) return PRONOUN;
        String head = text.split(",")[0].strip();
        String[] words = head.split("\\s+");
        String last = words[words.length - 1];
        for (String w : lower.split("[\\s’']+")) if (ORGANISATION_WORDS.contains(w)) return ORGANISATION;
        if (!Character.isUpperCase(last.charAt(0))) return DESCRIPTION;
        if (words[0].equalsIgnoreCase("the")) return ORGANISATION;
        if (text.contains(",") || TITLES.contains(words[0].toLowerCase(Locale.ROOT))) return TITLE_NAME;
        for (String w : words) if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) return TITLE_NAME;
        return NAME;
    }
}
