package dev.byline.nlp.lexicon;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The verbs that report speech or stance ("said", "told", "argued", "believes"), by word form.
 * A core of verbs that introduce what someone said or thinks, plus the forms learnt from PolNeAR's train split
 * ({@code cue-verbs.txt}): verbs of judgement and stance ("praised", "criticized", "endorsed") whose object is
 * the content, and the particles PolNeAR takes into the cue ("called for").
 */
public final class Cues {

    /** How a verb form relates to its speaker: finite ("said"), or a participle whose subject is elsewhere ("saying"). */
    public enum Form { FINITE, PARTICIPLE }

    private static final Map<String, Form> FORMS = new HashMap<>();
    /** Verbs whose -ing form is seldom a report ("knowing", "feeling", "seeing", "thinking"). */
    private static final Set<String> NO_PARTICIPLE = Set.of("know", "feel", "see", "think");

    static {
        // lemma, past (null for regular)
        String[][] verbs = {
            {"say", "said"}, {"tell", "told"}, {"write", "wrote"}, {"think", "thought"}, {"tweet", null},
            {"add", null}, {"ask", null}, {"note", null}, {"report", null}, {"announce", null}, {"suggest", null},
            {"describe", null}, {"argue", null}, {"explain", null}, {"declare", null}, {"acknowledge", null},
            {"claim", null}, {"urge", null}, {"recall", null}, {"conclude", null}, {"respond", null}, {"reply", "replied"},
            {"state", null}, {"insist", null}, {"warn", null}, {"promise", null}, {"predict", null}, {"reveal", null},
            {"vow", null}, {"pledge", null}, {"admit", "admitted"}, {"confirm", null}, {"deny", "denied"}, {"assert", null},
            {"contend", null}, {"complain", null}, {"concede", null}, {"joke", null}, {"quip", "quipped"},
            {"observe", null}, {"remark", null}, {"comment", null}, {"emphasize", null}, {"stress", null},
            {"mention", null}, {"testify", "testified"}, {"boast", null}, {"shout", null}, {"yell", null},
            {"maintain", null}, {"allege", null}, {"proclaim", null}, {"disclose", null}, {"retort", null},
            {"caution", null}, {"speculate", null}, {"believe", null}, {"estimate", null}, {"charge", null},
            {"counter", null}, {"lament", null}, {"whisper", null}, {"agree", null}, {"hope", null}, {"fear", null},
            {"worry", "worried"}, {"predict", null}, {"indicate", null}, {"signal", "signaled"}, {"post", null},
            {"recount", null}, {"affirm", null}, {"reiterate", null}, {"scoff", null}, {"demand", null},
            {"continue", null}, {"reject", null}, {"dismiss", null}, {"acknowledge", null}, {"accuse", null},
            {"know", "knew"}, {"feel", "felt"}, {"see", "saw"},
        };
        for (String[] verb : verbs) {
            String lemma = verb[0];
            String past = verb[1] != null ? verb[1] : regularPast(lemma);
            FORMS.put(lemma, Form.FINITE);
            FORMS.put(thirdPerson(lemma), Form.FINITE);
            FORMS.put(past, Form.FINITE);
            if (!NO_PARTICIPLE.contains(lemma)) FORMS.put(gerund(lemma), Form.PARTICIPLE);
        }
    }

    // "Assad rejects U.N. demands": reject, dismiss and deny report a stance on whatever their object is.
    // Verbs whose object is usually not a report; they count only when a quotation or "that" clause follows.
    private static final Set<String> NEEDS_CLAUSE = Set.of("continue", "continues", "continued", "accuse", "accuses", "accused", "post", "posted", "posts",
            "report", "reported", "reports", "hope", "hopes", "hoped", "fear", "fears", "feared", "describe", "describes",
            "described", "charge", "charged", "charges", "counter", "countered", "counters", "demand", "demands",
            "demanded", "state", "states", "stated", "agree", "agreed", "agrees", "estimate", "estimated", "estimates",
            "signal", "signaled", "signals", "indicate", "indicated", "indicates", "note", "noted", "notes",
            "believe", "believed", "believes", "think", "thinks", "thought", "ask", "asked", "asks", "tell", "told",
            "tells", "write", "wrote", "writes", "warn", "warned", "warns", "urge", "urged", "urges", "promise",
            "promised", "promises", "know", "knows", "knew", "feel", "feels", "felt", "see", "sees", "saw");

    /** Learnt forms that are not in the core: their object, however short, is the content ("endorsed Trump"). */
    private static final Set<String> LEARNED = new java.util.HashSet<>();
    private static final Map<String, Set<String>> PARTICLES = new HashMap<>();
    /** Verbs that are cues only with their particle: "pointed to", "referring to", "talking about". */
    private static final Set<String> PARTICLE_ONLY = new java.util.HashSet<>();

    static {
        try (java.io.InputStream in = Cues.class.getResourceAsStream("cue-verbs.txt")) {
            if (in == null) throw new IllegalStateException("cue-verbs.txt missing from the classpath");
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] words = line.strip().split("\\s+");
                if (words.length == 2 && isPair(line)) {
                    PARTICLES.computeIfAbsent(words[0], w -> new java.util.HashSet<>()).add(words[1]);
                    if (!FORMS.containsKey(words[0])) {
                        PARTICLE_ONLY.add(words[0]);
                        FORMS.put(words[0], words[0].endsWith("ing") ? Form.PARTICIPLE : Form.FINITE);
                    }
                    continue;
                }
                for (String word : words) {
                    if (FORMS.containsKey(word)) continue;
                    LEARNED.add(word);
                    FORMS.put(word, word.endsWith("ing") ? Form.PARTICIPLE : Form.FINITE);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read cue-verbs.txt", e);
        }
    }

    // A pair line names a verb and a particle; the lexicon lines list many verbs and never end in a particle.
    private static boolean isPair(String line) {
        String particle = line.strip().substring(line.strip().indexOf(' ') + 1);
        return Set.of("for", "on", "to", "out", "about", "of", "against", "with", "at").contains(particle);
    }

    /** True for the core reporting verbs ("said", "told"), which mark a new attribution wherever they stand. */
    public static boolean isCore(String word) {
        return form(word) != null && !isLearned(word) && !needsParticle(word);
    }

    /** True for verb forms learnt from the train split rather than listed in the core. */
    public static boolean isLearned(String word) {
        return LEARNED.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** True for verbs that report only together with a particle ("pointed" is a cue in "pointed to"). */
    public static boolean needsParticle(String word) {
        return PARTICLE_ONLY.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** True when PolNeAR takes {@code particle} into the cue after {@code verb} ("called for", "referring to"). */
    public static boolean takesParticle(String verb, String particle) {
        Set<String> particles = PARTICLES.get(verb.toLowerCase(java.util.Locale.ROOT));
        return particles != null && particles.contains(particle.toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> INTENTIONS = new java.util.HashSet<>();

    static {
        String[][] verbs = {{"want", null}, {"plan", "planned"}, {"hope", null}, {"refuse", null}, {"decline", null},
            {"promise", null}, {"vow", null}, {"pledge", null}, {"threaten", null}, {"agree", null}, {"expect", null},
            {"intend", null}, {"seek", "sought"}, {"aim", null}, {"offer", null}, {"propose", null}, {"urge", null},
            {"vote", null}, {"push", null}, {"fight", "fought"}, {"demand", null}, {"ask", null}, {"prefer", "preferred"}};
        for (String[] verb : verbs) {
            INTENTIONS.add(verb[0]);
            INTENTIONS.add(thirdPerson(verb[0]));
            INTENTIONS.add(verb[1] != null ? verb[1] : regularPast(verb[0]));
            INTENTIONS.add(gerund(verb[0]).replace("planing", "planning"));
        }
    }

    /** True for verbs of intention, which report a stance when "to" follows ("declined to comment"). */
    public static boolean isIntention(String word) {
        return INTENTIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** The form of {@code word} when it is a reporting verb, else null. */
    public static Form form(String word) {
        return FORMS.get(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** True for verbs that only report when followed by a clause or a quotation, not by a bare noun phrase. */
    public static boolean needsClause(String word) {
        return NEEDS_CLAUSE.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static String regularPast(String lemma) {
        if (lemma.endsWith("e")) return lemma + "d";
        if (lemma.endsWith("y")) return lemma.substring(0, lemma.length() - 1) + "ied";
        return lemma + "ed";
    }

    private static String thirdPerson(String lemma) {
        if (lemma.endsWith("y") && !lemma.endsWith("ay") && !lemma.endsWith("ey")) return lemma.substring(0, lemma.length() - 1) + "ies";
        if (lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")) return lemma + "es";
        return lemma + "s";
    }

    private static String gerund(String lemma) {
        if (lemma.endsWith("ie")) return lemma.substring(0, lemma.length() - 2) + "ying";
        if (lemma.endsWith("e") && !lemma.endsWith("ee")) return lemma.substring(0, lemma.length() - 1) + "ing";
        if (lemma.equals("admit") || lemma.equals("quip")) return lemma + lemma.charAt(lemma.length() - 1) + "ing";
        return lemma + "ing";
    }
}
