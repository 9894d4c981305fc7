package dev.byline.nlp.lexicon;

import java.util.Set;

/** Abbreviations of titles, months and the like, which end in a full stop that does not end the sentence. */
public final class Abbreviations {

    private Abbreviations() {}

    /** Titles that stand before a name; the model sometimes ends a sentence on them. */
    public static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "rep", "reps", "sen", "sens",
            "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "prof", "rev", "pres", "st", "ft", "mt", "det", "supt", "no",
            "jr", "sr");

    /** Words with their full stop that, ending a sentence the detector cut, mean the next sentence continues it. */
    public static final Set<String> ENDING_WORD = Set.of("Gov.", "Sen.", "Rep.", "Mr.", "Mrs.", "Ms.",
            "Dr.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Adm.", "Prof.", "Rev.", "St.", "Sens.", "Reps.", "Gov", "Atty.",
            "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Jr.", "Sr.");

    /** Abbreviations the tokeniser keeps whole with their full stop, as a regular expression. */
    public static final String TOKEN_PATTERN =
            "(?:Mr|Mrs|Ms|Dr|Sens|Sen|Reps|Rep|Atty|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Gov|Pres|Rev|Jr|Sr|St|Inc|Corp|Co|Ltd|No|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Mt|Ft|vs)\\.";
}
