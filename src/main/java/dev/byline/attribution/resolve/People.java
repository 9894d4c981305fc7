package dev.byline.attribution.resolve;

import dev.byline.nlp.text.ArticleText;
import dev.byline.nlp.text.Phrases;
import dev.byline.nlp.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The named people and organisations an article mentions outside quotations, in text order, each with the
 * fullest form of its name the article uses, its role where the article gives one, and its gender when an
 * honorific or a later "he"/"she" tells it. Built once per article; {@link SpeakerResolver} reads it.
 */
public final class People {

    enum Gender { MALE, FEMALE, UNKNOWN }

    /** One mention of a name: tokens {@code first..last}, the name part, the role words before it (or null). */
    record Mention(int first, int last, String name, String role, boolean organisation) {}

    static final Set<String> ROLE_WORDS = Set.of("president", "minister", "secretary", "senator", "sen.", "rep.", "gov.",
            "governor", "chancellor", "prime", "general", "gen.", "judge", "justice", "director", "chairman", "chairwoman",
            "ceo", "spokesman", "spokeswoman", "spokesperson", "speaker", "leader", "king", "queen", "prince", "princess",
            "pope", "ambassador", "envoy", "attorney", "mayor", "commissioner", "chief", "officer", "representative",
            "congressman", "congresswoman", "lt.", "col.", "sgt.", "capt.", "adm.", "vice", "deputy", "former",
            "candidate", "nominee", "host", "anchor", "correspondent", "editor", "professor", "prof.", "dr.", "coach",
            "sheriff", "pastor", "rev.", "reverend", "bishop", "cardinal", "sir", "lord", "lady", "dame", "premier",
            "commander", "sergeant", "captain", "colonel", "lieutenant", "admiral", "chair", "founder", "analyst",
            "strategist", "adviser", "advisor", "pollster", "manager", "aide", "activist", "author", "economist");
    static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "miss", "mr", "mrs", "ms", "dr.");
    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "du", "del", "der", "van", "von", "al", "el",
            "bin", "ibn", "la", "le", "st.", "ben", "abu");
    private static final Set<String> ORGANISATION_WORDS = Set.of("ministry", "department", "party", "committee",
            "kremlin", "house", "council", "nations", "union", "news", "times", "post", "inc.", "corp.", "university",
            "agency", "campaign", "court", "senate", "congress", "commission", "office", "bank", "group", "foundation",
            "institute", "association", "network", "journal", "press", "government", "administration", "army", "police",
            "service", "organization", "organisation", "center", "centre", "fund", "board", "company", "magazine",
            "tribune", "herald", "guardian", "telegraph", "reuters", "bbc", "cnn", "nbc", "abc", "cbs", "fox", "msnbc",
            "politico", "associated", "club", "pac", "caucus", "coalition", "alliance", "forces", "republic", "state",
            "states", "federation", "league", "mail", "daily", "gazette", "radio", "tv", "television", "media");

    final List<Mention> mentions = new ArrayList<>();
    /** Fullest name by every shorter form of it ("putin" and "vladimir putin" both map to "Vladimir Putin"). */
    private final Map<String, String> fullest = new HashMap<>();
    private final Map<String, String> roles = new HashMap<>();
    private final Map<String, Gender> genders = new HashMap<>();
    private final ArticleText doc;

    public People(ArticleText doc) {
        this.doc = doc;
        int i = 0;
        while (i < doc.tokens.size()) {
            int end = nameRunEnd(i);
            if (end > i) {
                addMention(i, end - 1);
                i = end;
            } else i++;
        }
        for (Mention m : mentions) {
            for (int k = 1; k <= wordCount(m.name()); k++) {
                String tail = lastWords(m.name(), k).toLowerCase(Locale.ROOT);
                String known = fullest.get(tail);
                if (known == null || wordCount(known) < wordCount(m.name())) fullest.put(tail, m.name());
            }
        }
        findAppositiveRoles();
    }

    /** The fullest name the article uses for {@code name} ("Putin" becomes "Vladimir Putin"). */
    String fullestName(String name) {
        return fullest.getOrDefault(stripHonorific(name).toLowerCase(Locale.ROOT), stripHonorific(name));
    }

    /** The role the article gives the person anywhere, or null. */
    String roleOf(String fullName) {
        return roles.get(fullName);
    }

    Gender genderOf(String fullName) {
        return genders.getOrDefault(fullName, Gender.UNKNOWN);
    }

    void learnGender(String fullName, Gender gender) {
        genders.putIfAbsent(fullName, gender);
    }

    /** Whom the article calls by a role ("the foreign minister"), or null. */
    String personWithRole(String description) {
        String wanted = description.toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an)\\s+", "");
        if (wanted.isBlank()) return null;
        for (Map.Entry<String, String> e : roles.entrySet()) {
            if (e.getValue().toLowerCase(Locale.ROOT).contains(wanted)) return e.getKey();
        }
        return null;
    }

    /** Splits tokens {@code first..last} into role words and a name; null when there is no name in them. */
    Mention nameIn(int first, int last) {
        int nameStart = -1;
        for (int k = last; k >= first; k--) {
            Token t = doc.token(k);
            if (isNameWord(t, k) && !ROLE_WORDS.contains(t.lower())) nameStart = k;
            else if (PARTICLES.contains(t.lower()) && nameStart > 0) nameStart = k;
            else if (nameStart >= 0) break;
        }
        if (nameStart < 0) return null;
        int nameEnd = nameStart;
        while (nameEnd + 1 <= last && (isNameWord(doc.token(nameEnd + 1), nameEnd + 1) || PARTICLES.contains(doc.token(nameEnd + 1).lower()))
                && !ROLE_WORDS.contains(doc.token(nameEnd + 1).lower())) nameEnd++;
        while (nameStart < nameEnd && HONORIFICS.contains(doc.token(nameStart).lower())) nameStart++;
        int roleStart = first;
        int office = officeBefore(nameStart);
        if (office >= 0 && nameEnd - nameStart >= 2) {
            // "Secretary of State John Kerry": the capitalised words after the office's "of" name the office, and the
            // person is the last two words, or three with a middle initial ("John F. Kerry").
            int person = nameEnd - 1;
            if (person - 1 > nameStart && doc.token(person).text().matches("\\p{Lu}\\.")) person--;
            nameStart = person;
            roleStart = Math.min(first, office);
        }
        String name = doc.tokenSpan(nameStart, nameEnd).text().replaceAll("\\s+", " ");
        String role = null;
        while (roleStart < nameStart && (doc.token(roleStart).tag().equals("DET") || HONORIFICS.contains(doc.token(roleStart).lower()))) roleStart++;
        if (roleStart < nameStart && !HONORIFICS.contains(doc.token(nameStart - 1).lower())) {
            role = doc.tokenSpan(roleStart, nameStart - 1).text().replaceAll("\\s+", " ");
            if (role.endsWith("’s") || role.endsWith("'s")) role = null;
        }
        return new Mention(first, last, name, role, isOrganisation(nameStart, nameEnd));
    }

    /** The role word of an office named with "of" or "for" just before token {@code i} ("Secretary of …"), or -1. */
    private int officeBefore(int i) {
        if (i < 2 || !(doc.token(i - 1).is("of") || doc.token(i - 1).is("for"))) return -1;
        return ROLE_WORDS.contains(doc.token(i - 2).lower()) ? i - 2 : -1;
    }

    boolean isOrganisation(int first, int last) {
        for (int k = first; k <= last; k++) if (ORGANISATION_WORDS.contains(doc.token(k).lower())) return true;
        return first > 0 && doc.token(first - 1).is("the");
    }

    private void addMention(int first, int last) {
        Mention m = nameIn(first, last);
        if (m == null) return;
        mentions.add(m);
        if (m.role() != null) roles.putIfAbsent(m.name(), m.role());
        if (HONORIFICS.contains(doc.token(first).lower())) {
            String honorific = doc.token(first).lower();
            if (honorific.startsWith("mr")) genders.putIfAbsent(m.name(), Gender.MALE);
            if (honorific.startsWith("mrs") || honorific.startsWith("ms") || honorific.equals("miss")) genders.putIfAbsent(m.name(), Gender.FEMALE);
        }
    }

    // `Staffan de Mistura, the United Nations special envoy for Syria,` gives de Mistura a role.
    private void findAppositiveRoles() {
        Phrases np = new Phrases(doc);
        for (Mention m : mentions) {
            int comma = m.last() + 1;
            if (comma >= doc.tokens.size() || !doc.token(comma).text().equals(",") || doc.token(comma).quoted()) continue;
            Phrases.Range description = np.startingAt(comma + 1, Math.min(doc.tokens.size(), comma + 20));
            if (description == null) continue;
            int after = description.last() + 1;
            if (after >= doc.tokens.size() || !doc.token(after).text().equals(",")) continue;
            if (Phrases.isPronoun(doc.token(description.first()))) continue;
            String role = doc.tokenSpan(description.first(), description.last()).text().replaceFirst("^(the|a|an|The|A|An)\\s+", "");
            if (role.isBlank() || Character.isUpperCase(role.charAt(0)) && !hasRoleWord(description)) continue;
            roles.putIfAbsent(fullestName(m.name()), role);
        }
        // Roles found on short forms ("President Putin") belong to the full name too.
        for (Mention m : mentions) {
            if (m.role() != null) roles.putIfAbsent(fullestName(m.name()), m.role());
        }
    }

    private boolean hasRoleWord(Phrases.Range range) {
        for (int k = range.first(); k <= range.last(); k++) if (ROLE_WORDS.contains(doc.token(k).lower())) return true;
        return false;
    }

    private int nameRunEnd(int i) {
        int k = i;
        while (k < doc.tokens.size() && !doc.token(k).quoted()
                && (isNameWord(doc.token(k), k) || HONORIFICS.contains(doc.token(k).lower())
                    || (k > i && PARTICLES.contains(doc.token(k).lower()) && k + 1 < doc.tokens.size() && isNameWord(doc.token(k + 1), k + 1))
                    || (k == i && PARTICLES.contains(doc.token(k).lower()) && k + 1 < doc.tokens.size() && isNameWord(doc.token(k + 1), k + 1)
                        && doc.token(k).text().length() <= 3))) {
            if (k > i && doc.token(k).sentence() != doc.token(k - 1).sentence()) break;
            k++;
        }
        return k;
    }

    private boolean isNameWord(Token t, int index) {
        if (!t.isWord() || !t.isCapitalised()) return false;
        // "Russian President Vladimir Putin": a capitalised adjective before a name is part of the role.
        boolean adjectiveBeforeName = t.tag().equals("ADJ") && index + 1 < doc.tokens.size()
                && doc.token(index + 1).isCapitalised() && doc.token(index + 1).tag().equals("PROPN");
        return t.tag().equals("PROPN") || adjectiveBeforeName || (t.tag().equals("NOUN") && index > 0 && doc.token(index - 1).sentence() == t.sentence());
    }

    static String stripHonorific(String name) {
        return name.replaceFirst("^(Mr\\.?|Mrs\\.?|Ms\\.?|Miss|Dr\\.)\\s+", "");
    }

    private static int wordCount(String s) {
        return s.split("\\s+").length;
    }

    private static String lastWords(String s, int k) {
        String[] words = s.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(words, words.length - k, words.length));
    }
}
