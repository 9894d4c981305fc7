package dev.byline.nlp.lexicon;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words around and inside names: role and title words ("minister", "spokeswoman"), honorifics, the particles
 * of family names ("van", "bin") and the words that make a name an organisation's ("ministry", "times").
 * Lower-case; callers compare a token's lower-case form.
 */
public final class NameWords {

    private NameWords() {}

    public static final Set<String> ROLE_WORDS = Set.of("president", "minister", "secretary", "senator", "sen.", "rep.", "gov.",
            "governor", "chancellor", "prime", "general", "gen.", "judge", "justice", "director", "chairman", "chairwoman",
            "ceo", "spokesman", "spokeswoman", "spokesperson", "speaker", "leader", "king", "queen", "prince", "princess",
            "pope", "ambassador", "envoy", "attorney", "mayor", "commissioner", "chief", "officer", "representative",
            "congressman", "congresswoman", "lt.", "col.", "sgt.", "capt.", "adm.", "vice", "deputy", "former",
            "candidate", "nominee", "host", "anchor", "correspondent", "editor", "professor", "prof.", "dr.", "coach",
            "sheriff", "pastor", "rev.", "reverend", "bishop", "cardinal", "sir", "lord", "lady", "dame", "premier",
            "commander", "sergeant", "captain", "colonel", "lieutenant", "admiral", "chair", "founder", "analyst",
            "strategist", "adviser", "advisor", "pollster", "manager", "aide", "activist", "author", "economist");
    public static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "miss", "mr", "mrs", "ms", "dr.");
    public static final Set<String> PARTICLES = Set.of("de", "da", "di", "du", "del", "der", "van", "von", "al", "el",
            "bin", "ibn", "la", "le", "st.", "ben", "abu");
    public static final Set<String> ORGANISATION_WORDS = Set.of("ministry", "department", "party", "committee",
            "kremlin", "house", "council", "nations", "union", "news", "times", "post", "inc.", "corp.", "university",
            "agency", "campaign", "court", "senate", "congress", "commission", "office", "bank", "group", "foundation",
            "institute", "association", "network", "journal", "press", "government", "administration", "army", "police",
            "service", "organization", "organisation", "center", "centre", "fund", "board", "company", "magazine",
            "tribune", "herald", "guardian", "telegraph", "reuters", "bbc", "cnn", "nbc", "abc", "cbs", "fox", "msnbc",
            "politico", "associated", "club", "pac", "caucus", "coalition", "alliance", "forces", "republic", "state",
            "states", "federation", "league", "mail", "daily", "gazette", "radio", "tv", "television", "media");

    private static final Pattern HONORIFIC = Pattern.compile("^(Mr\\.?|Mrs\\.?|Ms\\.?|Miss|Dr\\.)\\s+");

    /** The name without a leading honorific: "Mrs. Trump" becomes "Trump". */
    public static String withoutHonorific(String name) {
        return HONORIFIC.matcher(name).replaceFirst("");
    }
}
