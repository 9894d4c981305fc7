package dev.byline.attribution.resolve;

import dev.byline.nlp.lexicon.Genders;
import dev.byline.nlp.lexicon.Genders.Gender;
import dev.byline.nlp.lexicon.NameWords;
import dev.byline.nlp.text.ArticleText;
import dev.byline.nlp.text.Phrases;
import dev.byline.nlp.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The named people and organisations an article mentions outside quotations, in text order, each with the
 * fullest form of its name the article uses, its role where the article gives one, and its gender where evidence
 * tells it: an honorific ("Mrs. Trump"), a gendered role word ("spokeswoman") or a first name the article writes out
 * ("Melania"). A pronoun never decides a gender. Two people sharing a family name ("Donald Trump", "Melania Trump")
 * stay two people: a bare "Trump" goes to the one an honorific or first name points to, else to the one the article
 * names most, with less confidence. Built once per article; {@link SpeakerResolver} and {@link Salience} read it.
 */
public final class People {

    /**
     * One mention of a name: tokens {@code first..last}, the name part, the role words before it (or null), and the
     * gender its honorific gives ("Mr." male, "Mrs."/"Ms." female), else UNKNOWN.
     */
    record Mention(int first, int last, String name, String role, boolean organisation, Gender honorific) {}

    /** A name resolved to the person or organisation it means, and how sure that is. */
    record Named(String name, double confidence) {}

    final List<Mention> mentions = new ArrayList<>();
    /** Full names by every shorter form of them ("putin" and "vladimir putin" both list "Vladimir Putin"). */
    private final Map<String, List<String>> byTail = new HashMap<>();
    /** Other ways the article writes a full name ("loretta lynch" for "Loretta E. Lynch"), lower-case. */
    private final Map<String, String> aliases = new HashMap<>();
    /** How often each full name is mentioned, by any of its forms that only it has. */
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, String> roles = new HashMap<>();
    private final Map<String, Gender> genders = new HashMap<>();
    /** The names whose gender only their first name tells, which a usual gender can get wrong ("Sidney"). */
    private final Set<String> genderFromNameWords = new java.util.HashSet<>();
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
        // Full names: a name no longer name ends with ("Vladimir Putin", not "Putin" once "Vladimir Putin" is seen).
        // (Over distinct names in order of first mention: an article names the same few people dozens of times.)
        Map<String, String> lowerOf = new LinkedHashMap<>();
        for (Mention m : mentions) lowerOf.computeIfAbsent(m.name(), n -> n.toLowerCase(Locale.ROOT));
        List<String> full = new ArrayList<>();
        for (Map.Entry<String, String> name : lowerOf.entrySet()) {
            String tail = " " + name.getValue();
            boolean shorter = false;
            for (String o : lowerOf.values()) {
                if (o.length() > tail.length() - 1 && o.endsWith(tail)) { shorter = true; break; }
            }
            if (!shorter) full.add(name.getKey());
        }
        // "Loretta E. Lynch" and "Loretta Lynch", "Rep. Joe Wilson" and "Joe Wilson": one person written two ways, not
        // two people sharing a family name. The form with more words stands for both.
        Map<String, String[]> wordsOf = new HashMap<>();
        for (String name : full) wordsOf.put(name, WHITESPACE.split(lowerOf.get(name)));
        List<String> merged = new ArrayList<>();
        for (String name : full) {
            String same = null;
            for (String other : merged) if (samePerson(name, wordsOf.get(name), other, wordsOf.get(other))) { same = other; break; }
            if (same == null) merged.add(name);
            else if (wordsOf.get(name).length > wordsOf.get(same).length) merged.set(merged.indexOf(same), name);
        }
        for (String name : full) if (!merged.contains(name)) {
            for (String kept : merged) {
                if (samePerson(name, wordsOf.get(name), kept, wordsOf.get(kept))) aliases.put(lowerOf.get(name), kept);
            }
        }
        full = merged;
        for (String name : full) {
            for (int k = 1; k <= wordCount(name); k++) {
                List<String> list = byTail.computeIfAbsent(lastWords(name, k).toLowerCase(Locale.ROOT), t -> new ArrayList<>());
                if (!list.contains(name)) list.add(name);
            }
            genders.put(name, Genders.ofName(name));
            if (genders.get(name) != Gender.UNKNOWN) genderFromNameWords.add(name);
        }
        for (Mention m : mentions) {
            List<String> candidates = byTail.get(m.name().toLowerCase(Locale.ROOT));
            if (candidates != null && candidates.size() == 1) counts.merge(candidates.getFirst(), 1, Integer::sum);
        }
        findAppositiveRoles();
        for (Mention m : mentions) {
            // An honorific decides over a first name ("Mrs. Clinton"); a role word where neither tells.
            List<String> candidates = byTail.get(m.name().toLowerCase(Locale.ROOT));
            if (m.honorific() != Gender.UNKNOWN && candidates != null && candidates.size() == 1) {
                genders.put(candidates.getFirst(), m.honorific());
                genderFromNameWords.remove(candidates.getFirst());
            }
        }
        pronounsAfterSubjects();
        Map<String, String> described = new HashMap<>(roles);
        appositives().forEach(described::putIfAbsent);
        for (Map.Entry<String, String> e : described.entrySet()) {
            Gender byRole = Genders.ofRole(e.getValue());
            if (byRole == Gender.UNKNOWN || genders.getOrDefault(e.getKey(), Gender.UNKNOWN) != Gender.UNKNOWN
                    && !genderFromNameWords.contains(e.getKey())) continue;
            genders.put(e.getKey(), byRole);
            genderFromNameWords.remove(e.getKey());
        }
    }

    /** The fullest name the article uses for {@code name} ("Putin" becomes "Vladimir Putin"); a shared family name goes to the one named most. */
    String fullestName(String name) {
        return resolve(name, Gender.UNKNOWN).name();
    }

    /**
     * The person or organisation {@code name} means, given the gender its honorific or pronoun asks for: the one
     * full name that ends with it, or among several ("Trump": Donald, Melania, Ivanka) those of the wanted gender,
     * then the one the article names most, with a confidence that says how much of a guess that was.
     */
    Named resolve(String name, Gender wanted) {
        String bare = aliases.getOrDefault(NameWords.withoutHonorific(name).toLowerCase(Locale.ROOT), NameWords.withoutHonorific(name));
        List<String> candidates = byTail.get(bare.toLowerCase(Locale.ROOT));
        if (candidates == null || candidates.isEmpty()) return new Named(bare, 1.0);
        if (candidates.size() == 1) return new Named(candidates.getFirst(), 1.0);
        List<String> fitting = new ArrayList<>();
        for (String c : candidates) {
            Gender g = genderOf(c);
            if (wanted == Gender.UNKNOWN || g == wanted) fitting.add(c);
        }
        if (fitting.isEmpty()) for (String c : candidates) if (genderOf(c) == Gender.UNKNOWN) fitting.add(c);
        if (fitting.isEmpty()) return new Named(bare, 0.3);
        if (fitting.size() == 1) return new Named(fitting.getFirst(), wanted == Gender.UNKNOWN ? 0.9 : 1.0);
        String best = null;
        int most = -1, next = -1, total = 0;
        for (String c : fitting) {
            int n = counts.getOrDefault(c, 0) + 1;
            total += n;
            if (n > most) { next = most; best = c; most = n; }
            else if (n > next) next = n;
        }
        // Named equally often, the two stay ambiguous: the likelier is only a guess.
        if (most == next) return new Named(best, 0.5);
        return new Named(best, Math.min(0.9, (double) most / total + 0.2));
    }

    /**
     * `Kelly said she asked for the interview`: the article's own "he" or "she" soon after a name and its verb, before
     * any other name, tells that person's gender when nothing else does (no honorific, role word or known first name), and when
     * two thirds of such pronouns agree. It never overrides other evidence.
     */
    private void pronounsAfterSubjects() {
        Map<String, int[]> votes = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.organisation() || m.last() + 1 >= doc.tokens.size() || !doc.token(m.last() + 1).tag().equals("VERB")) continue;
            int stop = i + 1 < mentions.size() ? mentions.get(i + 1).first() : doc.tokens.size();
            for (int k = m.last() + 1; k < stop && k <= m.last() + 12; k++) {
                Token t = doc.token(k);
                if (t.sentence() != doc.token(m.last()).sentence()) break;
                if (t.quoted() || !Phrases.isPronoun(t)) continue;
                String w = t.lower();
                if (w.equals("he") || w.equals("she")) {
                    List<String> candidates = byTail.get(m.name().toLowerCase(Locale.ROOT));
                    if (candidates != null && candidates.size() == 1) votes.computeIfAbsent(candidates.getFirst(), n -> new int[2])[w.equals("he") ? 0 : 1]++;
                }
                break;
            }
        }
        votes.forEach((name, v) -> {
            if (genders.getOrDefault(name, Gender.UNKNOWN) != Gender.UNKNOWN) return;
            if (v[0] >= 2 * v[1] && v[0] > 0) genders.put(name, Gender.MALE);
            else if (v[1] >= 2 * v[0] && v[1] > 0) genders.put(name, Gender.FEMALE);
        });
    }

    /** `Jordan Peele, a spokeswoman for the campaign,`: the words between the commas after a name, by full name. */
    private Map<String, String> appositives() {
        Map<String, String> out = new HashMap<>();
        for (Mention m : mentions) {
            int comma = m.last() + 1;
            if (m.organisation() || comma >= doc.tokens.size() || !doc.token(comma).text().equals(",")) continue;
            int end = comma + 1;
            while (end < doc.tokens.size() && end <= comma + 12 && !doc.token(end).text().equals(",") && !doc.token(end).quoted()) end++;
            if (end >= doc.tokens.size() || !doc.token(end).text().equals(",") || end == comma + 1) continue;
            List<String> candidates = byTail.get(m.name().toLowerCase(Locale.ROOT));
            if (candidates != null && candidates.size() == 1) out.putIfAbsent(candidates.getFirst(), doc.tokenSpan(comma + 1, end - 1).text());
        }
        return out;
    }

    // Same first and last word, the words between (a middle initial or name) aside; a one-word name is no full name.
    private static boolean samePerson(String a, String[] x, String b, String[] y) {
        return x.length >= 2 && y.length >= 2 && !a.equalsIgnoreCase(b)
                && x[0].equals(y[0]) && x[x.length - 1].equals(y[y.length - 1]);
    }

    /** Whether the only evidence of this person's gender is the usual gender of their first name. */
    boolean genderFromFirstName(String fullName) {
        return genderFromNameWords.contains(fullName);
    }

    /** The role the article gives the person anywhere, or null. */
    String roleOf(String fullName) {
        return roles.get(fullName);
    }

    Gender genderOf(String fullName) {
        return genders.getOrDefault(fullName, Gender.UNKNOWN);
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
            if (isNameWord(t, k) && !NameWords.ROLE_WORDS.contains(t.lower())) nameStart = k;
            else if (NameWords.PARTICLES.contains(t.lower()) && nameStart > 0) nameStart = k;
            else if (nameStart >= 0) break;
        }
        if (nameStart < 0) return null;
        int nameEnd = nameStart;
        while (nameEnd + 1 <= last && (isNameWord(doc.token(nameEnd + 1), nameEnd + 1) || NameWords.PARTICLES.contains(doc.token(nameEnd + 1).lower()))
                && !NameWords.ROLE_WORDS.contains(doc.token(nameEnd + 1).lower())) nameEnd++;
        while (nameStart < nameEnd && NameWords.HONORIFICS.contains(doc.token(nameStart).lower())) nameStart++;
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
        while (roleStart < nameStart && (doc.token(roleStart).tag().equals("DET") || NameWords.HONORIFICS.contains(doc.token(roleStart).lower()))) roleStart++;
        if (roleStart < nameStart && !NameWords.HONORIFICS.contains(doc.token(nameStart - 1).lower())) {
            role = doc.tokenSpan(roleStart, nameStart - 1).text().replaceAll("\\s+", " ");
            if (role.endsWith("’s") || role.endsWith("'s")) role = null;
        }
        Gender honorific = Gender.UNKNOWN;
        for (int k = first; k < nameStart; k++) {
            String h = doc.token(k).lower().replace(".", "");
            if (h.equals("mr")) honorific = Gender.MALE;
            else if (h.equals("mrs") || h.equals("ms") || h.equals("miss")) honorific = Gender.FEMALE;
        }
        return new Mention(first, last, name, role, isOrganisation(nameStart, nameEnd), honorific);
    }

    /** The role word of an office named with "of" or "for" just before token {@code i} ("Secretary of …"), or -1. */
    private int officeBefore(int i) {
        if (i < 2 || !(doc.token(i - 1).is("of") || doc.token(i - 1).is("for"))) return -1;
        return NameWords.ROLE_WORDS.contains(doc.token(i - 2).lower()) ? i - 2 : -1;
    }

    boolean isOrganisation(int first, int last) {
        for (int k = first; k <= last; k++) if (NameWords.ORGANISATION_WORDS.contains(doc.token(k).lower())) return true;
        return first > 0 && doc.token(first - 1).is("the");
    }

    private void addMention(int first, int last) {
        Mention m = nameIn(first, last);
        if (m == null) return;
        mentions.add(m);
        if (m.role() != null) roles.putIfAbsent(m.name(), m.role());
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
        for (int k = range.first(); k <= range.last(); k++) if (NameWords.ROLE_WORDS.contains(doc.token(k).lower())) return true;
        return false;
    }

    private int nameRunEnd(int i) {
        int k = i;
        while (k < doc.tokens.size() && !doc.token(k).quoted()
                && (isNameWord(doc.token(k), k) || NameWords.HONORIFICS.contains(doc.token(k).lower())
                    || (k > i && NameWords.PARTICLES.contains(doc.token(k).lower()) && k + 1 < doc.tokens.size() && isNameWord(doc.token(k + 1), k + 1))
                    || (k == i && NameWords.PARTICLES.contains(doc.token(k).lower()) && k + 1 < doc.tokens.size() && isNameWord(doc.token(k + 1), k + 1)
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

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static int wordCount(String s) {
        return WHITESPACE.split(s).length;
    }

    private static String lastWords(String s, int k) {
        String[] words = WHITESPACE.split(s);
        return String.join(" ", java.util.Arrays.copyOfRange(words, words.length - k, words.length));
    }
}
