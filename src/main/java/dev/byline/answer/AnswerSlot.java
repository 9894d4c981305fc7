package dev.byline.answer;

import dev.byline.nlp.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Where a question's answer stands among its words, so that a sentence can show it. The words just before the
 * question word anchor the answer after their match in a sentence ("… keeps stealing what?" against "… likes to steal
 * surfboards off the coast"); the words just after it anchor the answer before theirs ("Which company agreed to buy
 * …?" against "Microsoft has agreed to buy …"). Words match as the index analyses them, so "stealing" meets "steal";
 * between anchor and answer a sentence may hold only the words the question has there ("analysis of what" against
 * "analysis of wastewater"), articles and adverbs, and auxiliaries before a verb. The answer is the noun phrase found
 * there. A question of what something is ("What is the slogan of …?") is anchored by that thing, one that fronts its
 * object ("Which rival did the champions beat?") by its verb; "Who is the mayor …?" has no slot: its answer does
 * not stand beside its words.
 */
final class AnswerSlot {

    /**
     * A question word that points at the answer, the question's words between it and the question word, and for a
     * verb whether it is passive ("is featured"): a sentence's verb must agree, or "coins featuring women" would answer
     * "Which visionary is featured on a coin?".
     */
    record Anchor(String term, List<String> gap, boolean verb, boolean passive, List<String> gapTail) {
        /**
         * Whether content words stand between this anchor and the question word ("buy a team in which league"): in a
         * sentence their own phrase comes first ("buying an expansion franchise in Major League Pickleball").
         */
        boolean contentBetween() {
            return gapTail != null;
        }
    }

    /** The phrase a slot points at: offsets into the sentence, end exclusive. */
    record Phrase(int start, int end) {}

    /** Question words by how surely each opens the question asked ("which" rarely opens anything else). */
    private static final List<Set<String>> PRIORITY = List.of(Set.of("which"), Set.of("how"), Set.of("who", "whom", "whose"),
            Set.of("what"), Set.of("where", "when"));
    private static final Set<String> BE = Set.of("is", "was", "are", "were", "'s", "’s");
    private static final Set<String> PASSIVE_AUX = Set.of("is", "was", "are", "were", "be", "been", "being", "'s", "’s");
    private static final Set<String> AUXILIARIES = Set.of("be", "is", "was", "are", "were", "been", "being", "am", "'s", "’s",
            "have", "has", "had", "having", "do", "does", "did", "will", "would", "can", "could", "shall", "should", "may",
            "might", "must", "'ll", "'d");
    private static final Set<String> DO = Set.of("did", "does", "do");
    private static final Set<String> HOW_WORDS = Set.of("many", "much", "long", "old", "far", "often");
    private static final int ANCHORS = 2;

    private final List<Anchor> before;
    private final List<Anchor> after;
    /** The terms of the nouns the question word asks about ("justic" in "which late justice"): a phrase of them restates it. */
    private final Set<String> asked;

    /** A question of what something is ("What was the magnitude of the quake?"): its answer is that thing's other name. */
    private final boolean copular;

    private AnswerSlot(List<Anchor> before, List<Anchor> after, Set<String> asked, boolean copular) {
        this.before = before;
        this.after = after;
        this.asked = asked;
        this.copular = copular;
    }

    /** The slot of a tagged question, its words analysed by {@code terms}; null when the question has none. */
    static AnswerSlot of(List<Token> question, Function<String, List<String>> terms) {
        int wh = questionWord(question);
        if (wh < 0) return null;
        int end = phraseEnd(question, wh);
        boolean bare = end == wh + 1;
        // "What was the magnitude …?" asks what something is; "What was discovered …?" is a passive, read as any other.
        boolean copula = end + 1 < question.size() && BE.contains(question.get(end).lower())
                && !question.get(end + 1).tag().equals("VERB") && !question.get(end + 1).tag().equals("ADP");
        if (bare && copula && (question.get(wh).is("what") || question.get(wh).is("which"))) {
            return copular(question, end + 1, terms);
        }
        if (end < question.size() && DO.contains(question.get(end).lower())) return fronted(question, end + 1, terms);
        if (bare && copula) return null; // "Who is the mayor …?": the answer stands apart from the words
        List<Anchor> before = new ArrayList<>(), after = new ArrayList<>();
        List<String> gap = new ArrayList<>();
        int lastContent = -1; // how many words of the gap, counted from the question word, hold no content
        for (int i = wh - 1; i >= 0 && before.size() < ANCHORS && !boundary(question.get(i)); i--) {
            List<String> t = anchorTerms(question.get(i), terms);
            if (!t.isEmpty()) {
                List<String> tail = lastContent < 0 ? null : List.copyOf(gap.subList(gap.size() - lastContent, gap.size()));
                before.add(anchor(question, i, t.getFirst(), gap, tail));
                if (lastContent < 0) lastContent = gap.size();
            }
            gap.addFirst(question.get(i).lower());
        }
        gap.clear();
        for (int i = end; i < question.size() && after.size() < ANCHORS && !boundary(question.get(i)); i++) {
            List<String> t = anchorTerms(question.get(i), terms);
            if (!t.isEmpty()) after.add(anchor(question, i, t.getFirst(), gap, null));
            gap.add(question.get(i).lower());
        }
        Set<String> asked = new java.util.HashSet<>();
        for (int i = wh + 1; i < end; i++) if (NounPhrases.head(question.get(i))) asked.addAll(terms.apply(question.get(i).text()));
        return before.isEmpty() && after.isEmpty() ? null : new AnswerSlot(List.copyOf(before), List.copyOf(after), Set.copyOf(asked), false);
    }

    /**
     * "What was the magnitude of the quake?", "What is the name of the mission?": the thing asked about (its head noun,
     * or what "the name of" names) anchors the answer on both sides, right after it ("magnitude 5.9", "the slogan is
     * “Safer with Susan”") or before it and the verb it is the object of ("the DART mission", "climate change posed
     * the biggest threat").
     */
    private static AnswerSlot copular(List<Token> q, int i, Function<String, List<String>> terms) {
        List<String> words = new ArrayList<>();
        int head = -1;
        for (int pass = 0; pass < 2; pass++) {
            while (i < q.size() && (q.get(i).tag().equals("DET") || NounPhrases.POSSESSIVES.contains(q.get(i).lower()))) words.add(q.get(i++).lower());
            head = -1;
            while (i < q.size() && (NounPhrases.head(q.get(i)) || q.get(i).tag().equals("ADJ") || q.get(i).lower().equals("’s") || q.get(i).lower().equals("'s"))) {
                if (NounPhrases.head(q.get(i))) head = i;
                words.add(q.get(i++).lower());
            }
            boolean nameOf = head >= 0 && q.get(head).is("name") && i < q.size() && q.get(i).is("of");
            if (!nameOf) break;
            words.add(q.get(i++).lower());
        }
        if (head < 0) return null;
        List<String> t = terms.apply(q.get(head).text());
        if (t.isEmpty()) return null;
        Anchor after = new Anchor(t.getFirst(), List.of("is", "was", "are", "were", "called", "known", "as", ":", "–", "—"), false, false, null);
        Anchor before = new Anchor(t.getFirst(), List.copyOf(words), false, false, null);
        Set<String> asked = new java.util.HashSet<>(t);
        return new AnswerSlot(List.of(after), List.of(before), Set.copyOf(asked), true);
    }

    /**
     * "Which country did the team defeat?": the question word is the object of the verb after its subject, so the
     * answer stands after that verb in a sentence ("… defeated Iran 1-0"), past the particles the question gives it
     * ("roll out").
     */
    private static AnswerSlot fronted(List<Token> q, int i, Function<String, List<String>> terms) {
        while (i < q.size() && (q.get(i).tag().equals("DET") || NounPhrases.POSSESSIVES.contains(q.get(i).lower()))) i++;
        int run = i;
        while (run < q.size() && !q.get(run).tag().equals("VERB") && (NounPhrases.head(q.get(run)) || q.get(run).tag().equals("ADJ"))) run++;
        // The tagger often reads the bare verb after the subject as one more noun ("did the chain launch"): then the
        // verb is the run's last word.
        if (run < q.size() && q.get(run).tag().equals("VERB")) i = run;
        else if (run - i >= 2) i = run - 1;
        else return null;
        List<String> t = terms.apply(q.get(i).text());
        if (t.isEmpty()) return null;
        List<String> particles = new ArrayList<>();
        for (int k = i + 1; k < q.size() && (q.get(k).tag().equals("ADP") || q.get(k).tag().equals("ADV")) && particles.size() < 2; k++) {
            particles.add(q.get(k).lower());
        }
        return new AnswerSlot(List.of(new Anchor(t.getFirst(), List.copyOf(particles), true, false, null)), List.of(), Set.of(), false);
    }

    // Content words anchor; adverbs ("approximately") and auxiliaries stand anywhere. The tagger reads some verbs of
    // questions as auxiliaries ("Which team won …"), so only the true ones are left out.
    private static List<String> anchorTerms(Token t, Function<String, List<String>> terms) {
        return switch (t.tag()) {
            case "NOUN", "PROPN", "VERB", "ADJ", "NUM" -> terms.apply(t.text());
            case "AUX" -> AUXILIARIES.contains(t.lower()) ? List.of() : terms.apply(t.text());
            default -> List.of();
        };
    }

    private static Anchor anchor(List<Token> q, int i, String term, List<String> gap, List<String> gapTail) {
        boolean verb = q.get(i).tag().equals("VERB") || q.get(i).tag().equals("AUX");
        return new Anchor(term, List.copyOf(gap), verb, verb && passive(q, i), gapTail);
    }

    // A participle after a form of "be", adverbs between ("was unanimously approved"); not "is sinking".
    private static boolean passive(List<Token> s, int i) {
        if (s.get(i).lower().endsWith("ing")) return false;
        int k = i - 1;
        while (k >= 0 && s.get(k).tag().equals("ADV")) k--;
        return k >= 0 && PASSIVE_AUX.contains(s.get(k).lower());
    }

    private static boolean agrees(Anchor anchor, List<Token> sentence, int i) {
        return !anchor.verb() || passive(sentence, i) == anchor.passive();
    }

    List<Anchor> before() {
        return before;
    }

    List<Anchor> after() {
        return after;
    }

    /**
     * The phrase of a tagged sentence the slot points at, trying the anchors nearest the question word first and those
     * before it before those after it; null when none points at a noun phrase. {@code terms} holds each token's
     * analysed terms.
     */
    Phrase in(List<Token> sentence, List<List<String>> terms) {
        for (Anchor anchor : before) {
            for (int i = 0; i < sentence.size(); i++) {
                if (!terms.get(i).contains(anchor.term()) || !agrees(anchor, sentence, i)) continue;
                Phrase p = null;
                if (anchor.contentBetween()) {
                    int from = pastCounterpart(sentence, NounPhrases.skip(sentence, i + 1, 1, List.of()), anchor.gapTail());
                    if (from >= 0) p = phrase(sentence, terms, NounPhrases.forward(sentence, from));
                }
                int from = NounPhrases.skip(sentence, i + 1, 1, anchor.gap());
                if (p == null) p = phrase(sentence, terms, copular ? NounPhrases.quotedOrForward(sentence, from) : NounPhrases.forward(sentence, from));
                if (p != null) return p;
            }
        }
        for (Anchor anchor : after) {
            for (int i = 0; i < sentence.size(); i++) {
                if (!terms.get(i).contains(anchor.term()) || !agrees(anchor, sentence, i)) continue;
                int to = NounPhrases.skip(sentence, i - 1, -1, anchor.gap());
                // What the thing is the object of has its answer for subject, or in apposition before a comma.
                if (copular && to > 0 && (sentence.get(to).tag().equals("VERB") || sentence.get(to).text().equals(","))) {
                    to = NounPhrases.skip(sentence, to - 1, -1, List.of());
                }
                Phrase p = phrase(sentence, terms, NounPhrases.backward(sentence, to));
                if (p != null) return p;
            }
        }
        return null;
    }

    // Past the phrase that stands for the question's own words and the function words after them ("an expansion
    // franchise in" for "a team in"); -1 when the sentence does not go on that way.
    private int pastCounterpart(List<Token> s, int from, List<String> tail) {
        int[] counterpart = NounPhrases.forward(s, from);
        if (counterpart == null) return -1;
        int i = counterpart[1] + 1;
        for (String word : tail) {
            if (i >= s.size() || !s.get(i).lower().equals(word)) return -1;
            i++;
        }
        return NounPhrases.skip(s, i, 1, List.of());
    }

    // The phrase's offsets, unless its nouns only restate what the question asks about ("other justices").
    private Phrase phrase(List<Token> s, List<List<String>> terms, int[] range) {
        if (range == null) return null;
        boolean restates = true;
        for (int i = range[0]; i <= range[1] && restates; i++) {
            boolean named = NounPhrases.head(s.get(i)) || (i > 0 && s.get(i).isCapitalised());
            if (named && !(!terms.get(i).isEmpty() && asked.containsAll(terms.get(i)))) restates = false;
        }
        if (restates) return null;
        return new Phrase(s.get(range[0]).start(), s.get(range[1]).end());
    }

    private static boolean boundary(Token t) {
        return !t.isWord() && ".?!;:,".contains(t.text());
    }

    // The question word that opens what is asked: the surest kind first, never one that opens a clause after a comma.
    private static int questionWord(List<Token> q) {
        for (Set<String> words : PRIORITY) {
            for (int i = 0; i < q.size(); i++) {
                if (words.contains(q.get(i).lower()) && (i == 0 || !q.get(i - 1).text().equals(","))) return i;
            }
        }
        return -1;
    }

    // After the question word: "how many people", "which major US city", "which member of the Biden administration".
    private static int phraseEnd(List<Token> q, int wh) {
        int i = wh + 1;
        String word = q.get(wh).lower();
        if (word.equals("how")) {
            if (i < q.size() && HOW_WORDS.contains(q.get(i).lower())) i++;
            else return i;
        } else if (!(word.equals("which") || word.equals("what") || word.equals("whose"))) {
            return i;
        }
        int nouns = i;
        while (nouns < q.size() && nouns - i < 4 && (NounPhrases.head(q.get(nouns)) || q.get(nouns).tag().equals("ADJ"))) nouns++;
        if (nouns > i && nouns + 1 < q.size() && q.get(nouns).is("of")) {
            int k = nouns + 1;
            if (q.get(k).tag().equals("DET")) k++;
            int first = k;
            while (k < q.size() && (NounPhrases.head(q.get(k)) || q.get(k).tag().equals("ADJ"))) k++;
            if (k > first) nouns = k;
        }
        return nouns;
    }
}
