package dev.byline.answer;

import dev.byline.nlp.lexicon.NameWords;
import dev.byline.nlp.lexicon.Places;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What kind of place a candidate name is, as far as its whole text tells ({@link Places}: a country, a US state, a
 * continent, a nationality), and whether that can be what the question asks for ("Iranian" answers "which country",
 * never "which company"). "Which company …" is not answered by "US", "Who
 * …" not by "Britain", and "Which country …" by a country rather than the capital beside it (the list of countries is
 * whole, so there a name that is none weighs less too). Any other name is never ruled out: no lexicon of people or
 * organisations is whole enough to tell them apart (a first-name list calls "San Francisco" a person).
 */
final class AnswerKinds {

    enum Kind { COUNTRY, STATE, CONTINENT, NATIONALITY, UNKNOWN }

    /** The weight of a candidate whose kind cannot be the one asked for, against 1 for the others. */
    static final double MISFIT = 0.2;

    /** Kinds of things no country, state or continent is: organisations, works, products, living things, landmarks. */
    private static final Set<String> THING_NOUNS = Set.of("company", "firm", "corporation", "business", "chain", "retailer",
            "brand", "airline", "carrier", "bank", "maker", "manufacturer", "automaker", "carmaker", "network", "broadcaster",
            "newspaper", "magazine", "app", "platform", "service", "website", "site", "show", "film", "movie", "series", "book",
            "song", "album", "product", "virus", "disease", "drug", "vaccine", "animal", "species", "creature", "bird", "fish",
            "plant", "organization", "organisation", "party", "union", "charity", "agency", "startup", "restaurant",
            "word", "term", "game", "sport", "language", "person", "man", "woman", "actor", "actress", "singer", "rapper",
            "musician", "player", "athlete", "politician", "lawmaker", "executive", "billionaire", "celebrity", "individual",
            "park", "airport", "museum", "zoo", "bridge", "building", "hospital", "school", "university", "college", "prison");
    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation");
    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "capital", "village", "county", "province",
            "region", "area", "neighborhood", "neighbourhood", "district", "territory", "suburb", "borough");

    private AnswerKinds() {}

    static Kind of(String name) {
        if (Places.isCountry(name)) return Kind.COUNTRY;
        if (Places.isUsState(name)) return Kind.STATE;
        if (Places.isContinent(name)) return Kind.CONTINENT;
        if (Places.countryOfDemonym(name) != null) return Kind.NATIONALITY;
        return Kind.UNKNOWN;
    }

    /** 1 when a candidate of this text can be what {@code type} asks for, {@link #MISFIT} when it cannot. */
    static double fit(QuestionType type, String candidate) {
        if (type.kind() == QuestionType.Kind.NUMBER) return amountFits(type.noun(), candidate) ? 1 : MISFIT;
        return fits(type, of(candidate)) ? 1 : MISFIT;
    }

    private static final Pattern SHARE = Pattern.compile("(?i)%|\\bper\\s?cent\\b|\\b(?:half|third|thirds|quarter|quarters|fifth|fifths)\\b");
    private static final Pattern MONEY = Pattern.compile("[$£€¥]");

    // A share is a percentage or a fraction; money carries its currency sign ("$1.5 billion").
    private static boolean amountFits(String asked, String candidate) {
        if (QuestionType.PERCENT.equals(asked)) return SHARE.matcher(candidate).find();
        if (QuestionType.MONEY.equals(asked)) return MONEY.matcher(candidate).find();
        return true;
    }

    /** Whether the question asks for a country ("which country", "in what nation"): nationalities answer it too. */
    static boolean asksForCountry(QuestionType type) {
        return (type.kind() == QuestionType.Kind.WHICH || type.kind() == QuestionType.Kind.WHERE)
                && type.noun() != null && COUNTRY_NOUNS.contains(singular(type.noun()));
    }

    // "animals" asks for what "animal" does; "species" and "series" stay as they are.
    private static String singular(String noun) {
        return noun.endsWith("s") && !noun.endsWith("ss") && !noun.endsWith("ies") && noun.length() > 3
                && !noun.equals("species") && !noun.equals("series") ? noun.substring(0, noun.length() - 1) : noun;
    }

    static boolean fits(QuestionType type, Kind kind) {
        boolean known = kind != Kind.UNKNOWN;
        return switch (type.kind()) {
            case WHO -> !known;
            case NUMBER -> true;
            case WHICH, WHERE -> {
                if (type.noun() == null) yield kind != Kind.NATIONALITY;
                String noun = singular(type.noun());
                if (asksForCountry(type)) yield kind == Kind.COUNTRY || kind == Kind.NATIONALITY;
                if (noun.equals("continent")) yield kind == Kind.CONTINENT;
                if (PLACE_NOUNS.contains(noun)) yield kind != Kind.COUNTRY && kind != Kind.CONTINENT && kind != Kind.NATIONALITY;
                yield !(THING_NOUNS.contains(noun) && known) && !(noun.equals("state") && kind == Kind.NATIONALITY);
            }
            default -> true;
        };
    }
}
