package dev.byline.nlp.lexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Places a name can be by its whole text alone: the countries and territories the JDK knows by their English names
 * (ISO 3166, "North Korea", "Saudi Arabia"), with the short forms the news writes ("US", "Britain", "Turkey"); the
 * fifty US states; the continents. Lower-case lookups; a name that is also a first name ("Jordan", "Georgia") is
 * still a place here: callers ask about the whole name.
 */
public final class Places {

    private Places() {}

    private static final Pattern NOTE = Pattern.compile("\\s*\\(.*\\)|\\s+SAR China");

    private static final Set<String> COUNTRIES = countries();
    private static final Set<String> US_STATES = Set.of("alabama", "alaska", "arizona", "arkansas", "california", "colorado",
            "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
            "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri",
            "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina",
            "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota",
            "tennessee", "texas", "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming");
    private static final Set<String> CONTINENTS = Set.of("africa", "antarctica", "asia", "australia", "europe",
            "north america", "south america", "oceania", "latin america", "middle east");

    private static Set<String> countries() {
        Set<String> names = new HashSet<>(Set.of("us", "u.s.", "usa", "u.s.a.", "america", "united states of america", "uk",
                "u.k.", "britain", "great britain", "england", "scotland", "wales", "northern ireland", "turkey", "myanmar",
                "burma", "czech republic", "ivory coast", "congo", "democratic republic of congo", "palestine", "holland",
                "the netherlands", "vatican", "east timor", "swaziland", "cape verde", "macau"));
        for (String code : Locale.getISOCountries()) {
            String name = NOTE.matcher(Locale.of("", code).getDisplayCountry(Locale.ENGLISH)).replaceAll("");
            names.add(name.toLowerCase(Locale.ROOT).replace(" & ", " and "));
        }
        return Set.copyOf(names);
    }

    public static boolean isCountry(String name) {
        return COUNTRIES.contains(key(name));
    }

    public static boolean isUsState(String name) {
        return US_STATES.contains(key(name));
    }

    public static boolean isContinent(String name) {
        return CONTINENTS.contains(key(name));
    }

    private static final List<String> DEMONYM_ENDINGS = List.of("ians", "ian", "ans", "an", "ese", "ish", "is", "i", "s", "n");
    private static final Map<String, String> IRREGULAR_DEMONYMS = Map.of("british", "United Kingdom", "brits", "United Kingdom",
            "french", "France", "dutch", "Netherlands", "swiss", "Switzerland", "welsh", "Wales", "greek", "Greece",
            "filipino", "Philippines", "thai", "Thailand", "spanish", "Spain");

    /**
     * The country a nationality word names ("Iranian", "North Korean", "Chinese", "Americans"), or null: the word less
     * a usual ending must begin exactly one country's name ("Iran", "North Korea", "China", "America").
     */
    public static String countryOfDemonym(String word) {
        String w = key(word);
        String irregular = IRREGULAR_DEMONYMS.get(w);
        if (irregular != null) return irregular;
        for (String ending : DEMONYM_ENDINGS) {
            if (!w.endsWith(ending) || w.length() - ending.length() < 4) continue;
            String stem = w.substring(0, w.length() - ending.length());
            String only = null;
            for (String country : COUNTRIES) {
                if (!country.startsWith(stem) || country.length() - stem.length() > 2) continue;
                if (only != null) { only = null; break; }
                only = country;
            }
            if (only != null && !only.equals(w)) return only;
        }
        return null;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace(" & ", " and ").replaceFirst("^the\\s+", "");
    }
}
