package dev.byline.answer;

import dev.byline.nlp.lexicon.Places;
import dev.byline.nlp.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words in a sentence that could be what a typed question asks for: numbers and amounts for "how many", dates
 * for "when", names for "who", "which company" and "where", titles in quotation marks for "which film". No English
 * named-entity model with a permissive licence exists on Maven Central, so names are runs of proper nouns by
 * OpenNLP's part-of-speech tags, and numbers and dates are read by pattern. A candidate the question already holds
 * is not an answer ("Which company agreed to buy Activision Blizzard?" is not answered by "Activision Blizzard").
 */
final class AnswerCandidates {

    /** A candidate answer: its text and offsets into the sentence, end exclusive; {@code title} when quoted as a title. */
    record Candidate(String text, int start, int end, boolean title) {
        Candidate(String text, int start, int end) {
            this(text, start, end, false);
        }

        /** How an answer shows it: a title in quotation marks, as the news writes titles. */
        String shown() {
            return title ? "“" + text + "”" : text;
        }

        /**
         * What two mentions of one answer share: lower case, letters and digits only ("$1.5 billion" = "1.5 billion"),
         * a nationality as its country ("Ukrainian" = "Ukraine").
         */
        String key() {
            String country = nationality() ? Places.countryOfDemonym(text) : null;
            return NOT_WORD.matcher((country != null ? country : text).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        }

        /** Whether this names a country by its people ("Ukrainian"): one answer with the country, shown by its name where a source has it. */
        boolean nationality() {
            return !title && Places.countryOfDemonym(text) != null;
        }
    }

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final Pattern DATE = Pattern.compile(
            MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,\\s*\\d{4})?"
            + "|" + MONTH + "(?:\\s+(?:of\\s+)?\\d{4})?"
            + "|\\b" + WEEKDAY + "\\b"
            + "|\\b(?:in|since|by|until|from|during)\\s+(?:the\\s+)?(?:(?:early|late|mid-?)\\s*)?(?:1[89]|20)\\d{2}s?\\b"
            + "|\\b(?:1[89]|20)\\d{2}\\b");
    private static final String NUMBER_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
            + "|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|millions|billions|dozens|a\\s+dozen|a\\s+hundred|a\\s+thousand"
            + "|half|a\\s+third|a\\s+quarter)";
    private static final Pattern NUMBER = Pattern.compile(
            "(?:[$£€]\\s?)?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?"
            + "(?:\\s?(?:%|percent\\b|per\\s+cent\\b)|\\s(?:million|billion|trillion|thousand|hundred)\\b)?"
            + "|\\b" + NUMBER_WORD + "(?:\\s(?:million|billion|trillion|thousand|hundred))?\\b(?:\\s(?:percent|per\\s+cent)\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d{2}");
    private static final Pattern TITLE = Pattern.compile("[“\"]([^”\"\\n]{2,80}?)[”\"]");
    private static final Set<String> TITLE_NOUNS = Set.of("film", "movie", "show", "series", "sitcom", "book", "novel", "song",
            "album", "play", "musical", "game", "podcast", "documentary", "drama", "comedy", "program", "programme", "title", "memoir");
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "to", "across", "into", "off", "outside");
    /** Titles before a name, which the answer leaves out ("President Vladimir Putin" answers as "Vladimir Putin"). */
    private static final Set<String> TITLE_WORDS = Set.of("president", "prime", "minister", "secretary", "senator", "governor",
            "mayor", "judge", "justice", "chancellor", "king", "queen", "prince", "princess", "pope", "former", "vice", "chief",
            "general", "coach", "ceo", "chairman", "chairwoman", "speaker", "leader", "ambassador", "commissioner", "director",
            "gov", "sen", "rep", "dr", "mr", "mrs", "ms", "gen", "lt", "col", "sgt", "capt", "adm", "prof", "rev");
    private static final Set<String> CONTENT = Set.of("ADJ", "NOUN", "PROPN", "VERB");
    private static final Pattern QUESTION_WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private AnswerCandidates() {}

    /** Whether questions of this type are answered by a candidate (the others by a sentence). */
    static boolean typed(QuestionType type) {
        return switch (type.kind()) {
            case WHO, WHICH, WHEN, WHERE, NUMBER -> true;
            default -> false;
        };
    }

    /** The words of a question, in lower case, that a candidate must not consist of. */
    static Set<String> questionWords(String question) {
        Set<String> words = new java.util.HashSet<>();
        Matcher m = QUESTION_WORD.matcher(question.toLowerCase(Locale.ROOT));
        while (m.find()) words.add(m.group());
        return words;
    }

    /** The candidates of the wanted type in a tagged sentence, in order, none made only of the question's words. */
    static List<Candidate> in(String sentence, List<Token> tokens, QuestionType type, Set<String> questionWords) {
        List<Candidate> out = new ArrayList<>();
        switch (type.kind()) {
            case NUMBER -> numbers(sentence, out);
            case WHEN -> matches(DATE, sentence, out);
            case WHO -> names(sentence, tokens, false, out);
            case WHERE -> {
                // A place is a name a preposition of place opens ("in Tonga"); failing one, any name ("Phoenix ranked").
                names(sentence, tokens, true, out);
                if (out.isEmpty()) names(sentence, tokens, false, out);
                // "Which country …" is answered by "Iranian lawmakers" too: a nationality names its country.
                if (AnswerKinds.asksForCountry(type)) nationalities(sentence, tokens, out);
            }
            case WHICH -> {
                // "Which show …" is answered by a title when the sentence quotes one, else by a name.
                if (type.noun() != null && TITLE_NOUNS.contains(type.noun())) titles(sentence, out);
                if (out.isEmpty()) names(sentence, tokens, false, out);
            }
            default -> { }
        }
        out.removeIf(c -> asked(c, questionWords));
        return out;
    }

    /** Whether the candidate is made only of the question's words. */
    static boolean asked(Candidate c, Set<String> questionWords) {
        Matcher m = QUESTION_WORD.matcher(c.text().toLowerCase(Locale.ROOT));
        while (m.find()) if (!questionWords.contains(m.group())) return false;
        return true;
    }

    private static void matches(Pattern pattern, String sentence, List<Candidate> out) {
        Matcher m = pattern.matcher(sentence);
        while (m.find()) out.add(new Candidate(m.group(), m.start(), m.end()));
    }

    // Numbers and amounts, but not a year or the day of a date: "700 people", "$1.5 billion", "40 percent".
    private static void numbers(String sentence, List<Candidate> out) {
        List<Candidate> dates = new ArrayList<>();
        matches(DATE, sentence, dates);
        Matcher m = NUMBER.matcher(sentence);
        while (m.find()) {
            int start = m.start(), end = m.end();
            if (YEAR.matcher(m.group()).matches()) continue;
            if (dates.stream().anyMatch(d -> d.start() <= start && end <= d.end())) continue;
            if (end < sentence.length() && Character.isLetterOrDigit(sentence.charAt(end)) && !Character.isWhitespace(sentence.charAt(end - 1))) continue;
            out.add(new Candidate(m.group(), start, end));
        }
    }

    private static void titles(String sentence, List<Candidate> out) {
        Matcher m = TITLE.matcher(sentence);
        while (m.find()) {
            int start = m.start(1), end = m.end(1);
            while (start < end && Character.isWhitespace(sentence.charAt(start))) start++;
            while (end > start && (Character.isWhitespace(sentence.charAt(end - 1)) || ",.;:".indexOf(sentence.charAt(end - 1)) >= 0)) end--;
            String inner = sentence.substring(start, end);
            if (!inner.isEmpty() && Character.isUpperCase(inner.charAt(0)) && inner.split("\\s+").length <= 8) {
                out.add(new Candidate(inner, start, end, true));
            }
        }
    }

    // Runs of proper nouns ("Vladimir Putin", "Bank of America"), with "of" or "&" inside a run; for places only
    // the runs a preposition of place opens ("in Tonga", "from Ukraine").
    private static void names(String sentence, List<Token> tokens, boolean places, List<Candidate> out) {
        int i = 0;
        while (i < tokens.size()) {
            // A capitalised word inside the sentence that a name follows opens it too ("New" in "New Zealand").
            // So does the sentence's first word, unless a function word ("The", "But").
            boolean opens = isName(tokens.get(i)) || (i + 1 < tokens.size() && tokens.get(i).isCapitalised()
                    && tokens.get(i).isWord() && isName(tokens.get(i + 1)) && (i > 0 || CONTENT.contains(tokens.get(i).tag())));
            if (!opens) { i++; continue; }
            int end = i + 1;
            while (end < tokens.size()) {
                if (isName(tokens.get(end))) end++;
                else if (end + 1 < tokens.size() && (tokens.get(end).is("of") || tokens.get(end).is("&")) && isName(tokens.get(end + 1))) end += 2;
                else break;
            }
            int start = i;
            // Titles go, and the adjective before one ("Russian President Vladimir Putin" is "Vladimir Putin").
            while (start < end - 1 && (isTitle(tokens.get(start)) || (!isName(tokens.get(start)) && isTitle(tokens.get(start + 1))))) start++;
            // A place takes the state or country that follows it: "Palm Beach, Florida" answers where as a whole.
            if (places) end = withRegion(tokens, end, sentence);
            boolean placed = i > 0 && PLACE_PREPOSITIONS.contains(tokens.get(i - 1).lower());
            if (!places || placed) {
                Token first = tokens.get(start), last = tokens.get(end - 1);
                String text = sentence.substring(first.start(), last.end());
                // A date ("March 11") is no name; neither is a run that holds a number.
                boolean date = CALENDAR.contains(first.lower()) || text.chars().anyMatch(Character::isDigit);
                if (!date) out.add(new Candidate(text, first.start(), last.end()));
            }
            i = end;
        }
    }

    private static void nationalities(String sentence, List<Token> tokens, List<Candidate> out) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isCapitalised() || !t.isWord()) continue;
            // "North Korean", "South Sudanese": a compass word before the nationality belongs to it.
            boolean pair = i + 1 < tokens.size() && tokens.get(i + 1).isCapitalised()
                    && Places.countryOfDemonym(t.text() + " " + tokens.get(i + 1).text()) != null;
            int last = pair ? i + 1 : i;
            if (!pair && Places.countryOfDemonym(t.text()) == null) continue;
            Candidate c = new Candidate(sentence.substring(t.start(), tokens.get(last).end()), t.start(), tokens.get(last).end());
            if (out.stream().noneMatch(o -> o.start() < c.end() && c.start() < o.end())) out.add(c);
            i = last;
        }
        out.sort(java.util.Comparator.comparingInt(Candidate::start));
    }

    private static int withRegion(List<Token> tokens, int end, String sentence) {
        if (end + 1 >= tokens.size() || !tokens.get(end).text().equals(",") || !isName(tokens.get(end + 1))) return end;
        int regionEnd = end + 1;
        while (regionEnd < tokens.size() && isName(tokens.get(regionEnd))) regionEnd++;
        String region = sentence.substring(tokens.get(end + 1).start(), tokens.get(regionEnd - 1).end());
        return Places.isUsState(region) || Places.isCountry(region) ? regionEnd : end;
    }

    private static boolean isTitle(Token t) {
        String word = t.lower().endsWith(".") ? t.lower().substring(0, t.lower().length() - 1) : t.lower();
        return TITLE_WORDS.contains(word);
    }

    private static boolean isName(Token t) {
        return t.tag().equals("PROPN") && Character.isUpperCase(t.text().charAt(0));
    }
}
