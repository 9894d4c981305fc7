package dev.byline.nlp.lexicon;

import java.util.Set;

/** The closed word classes {@code attribution.rules.CueFrame} reads a cue's surroundings with (learnt and checked on PolNeAR train). */
public final class CueWords {

    private CueWords() {}

    public static final Set<String> CLAUSE_STARTS = Set.of("that", "whether", "if", "how", "what", "why", "when",
            "where", "who", "which", ":");
    public static final Set<String> OBJECT_TAKING = Set.of("tell", "tells", "told", "telling", "ask", "asks", "asked",
            "asking", "warn", "warns", "warned", "warning", "urge", "urges", "urged", "urging", "promise", "promised",
            "promises", "assure", "assured", "remind", "reminded", "inform", "informed");
    public static final Set<String> NAMING = Set.of("call", "calls", "called", "calling", "dubbed", "labeled", "deemed");
    public static final Set<String> IMPRESSIONS = Set.of("seems", "seemed", "appears", "appeared", "expected", "reportedly");
    public static final Set<String> IMPRESSION_BE = Set.of("is", "are", "was", "were", "be", "been");
    public static final Set<String> CLAUSE_BOUNDARY = Set.of(",", ";", ":", "--", "—", "–", "that", "and", "but",
            "because", "while", "as", "if", "when", "whether", "since", "although", "though", "(", "so", "which", "who", "what");
    public static final Set<String> RELATIVE_TIME = Set.of("this", "last", "next", "earlier", "late", "early", "that");
    /** Words that open the reporter's own clause after a quotation: `“Lock her up!” as they had for others`. */
    public static final Set<String> SUBORDINATORS = Set.of("as", "while", "after", "before", "because", "when", "since",
            "though", "although", "until", "whereas", "amid");
    /** Verbs of thinking and seeing, which never put their subject after them as "said Putin" does. */
    public static final Set<String> COGNITION = Set.of("know", "knows", "knew", "feel", "feels", "felt", "see", "sees",
            "saw", "think", "thinks", "thought", "believe", "believes", "believed", "hope", "hopes", "hoped", "fear", "fears", "feared");
    public static final Set<String> ANSWERS = Set.of("yes", "no", "so");
    public static final Set<String> ALWAYS_VERB = Set.of("said", "says", "told", "say", "tells", "tweeted", "added");
    public static final Set<String> BE = Set.of("is", "was", "were", "are", "been", "be", "being", "'s", "’s", "to");
    public static final Set<String> VERB_GROUP = Set.of("has", "have", "had", "will", "would", "could", "can", "may",
            "might", "did", "does", "do", "should", "must", "also", "now", "just", "still", "later", "recently", "then",
            "previously", "reportedly", "repeatedly", "once", "often", "again", "never", "not", "already", "publicly", "even");
    public static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("in", "at", "on", "to", "during", "after", "before",
            "from", "via", "through", "with", "by", "outside", "inside");
}
