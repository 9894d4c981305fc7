package dev.byline.answer;

import dev.byline.nlp.text.Sentences;
import dev.byline.nlp.text.Sentences.Sentence;
import dev.byline.nlp.text.Tagger;
import dev.byline.nlp.text.Token;
import dev.byline.search.PassageHit;
import dev.byline.search.SearchBackend;
import dev.byline.search.SearchResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers without a model: retrieves passages, scores their sentences by how much of the question
 * (IDF-weighted) they cover, and quotes the best one or two verbatim, each with its citation. A question that asks
 * for a name, number, date or place ({@link QuestionType}) is answered by the candidate of that type the sources
 * support most ({@link AnswerCandidates}), weighed by where the question's words point ({@link AnswerSlot}) and by
 * the kind asked for ({@link AnswerKinds}); one that asks for a thing ("stealing what?") by the phrase its words point
 * at. The answer is stated first with the sentence that holds it: {@code **Tonga** [1]: "…"}.
 */
public final class ExtractiveAnswerer implements Answerer {

    /** Passages read for candidate sentences. */
    static final int PASSAGES = 8;
    /**
     * Below this share of the question's weight a sentence does not answer it. Short questions need half;
     * long ones (a news quiz states the story first) need less, down to a quarter: {@code clamp(3 / terms)}.
     */
    static double minCoverage(int terms) {
        return Math.max(0.25, Math.min(0.5, 3.0 / Math.max(1, terms)));
    }
    /** A second sentence must cover nearly as much as the best one to be worth adding. */
    static final double SECOND_SENTENCE_RATIO = 0.8;
    static final int MAX_SENTENCES = 2;

    /** Sentences read for candidates, best covering first: tagging each costs a fraction of a millisecond. */
    static final int TYPED_SENTENCES = 16;

    private final SearchBackend search;
    private final Sentences sentences;
    private final Tagger tagger;

    public ExtractiveAnswerer(SearchBackend search, Sentences sentences, Tagger tagger) {
        this.search = search;
        this.sentences = sentences;
        this.tagger = tagger;
    }

    @Override
    public AnswerResult answer(Question question, AnswerListener listener) {
        SearchResult result = search.passages(question.text(), question.filter(), PASSAGES);
        Searched searched = searched(question, result);
        List<Candidate> ranked = candidates(result);
        double min = minCoverage(result.termWeights().size());
        QuestionType type = QuestionType.of(question.text());
        // Only typed and open "what" questions read a slot; reasons, yes-or-no and "what happened" never do.
        boolean slotted = AnswerCandidates.typed(type) || type.kind() == QuestionType.Kind.OTHER;
        AnswerSlot slot = slotted ? AnswerSlot.of(tagger.tagSentence(question.text()), search::terms) : null;
        boolean named = AnswerCandidates.typed(type) || (type.kind() == QuestionType.Kind.OTHER && slot != null);
        Typed answerWord = named ? typedAnswer(ranked, type, slot, question.text(), min, result.termWeights()) : null;
        AnswerResult answer;
        if (answerWord != null && answerWord.rival() != null) {
            Typed rival = answerWord.rival();
            answer = compose(List.of(answerWord.sentence(), rival.sentence()), searched,
                    Map.of(answerWord.sentence(), answerWord.word(), rival.sentence(), rival.word()), true);
        } else if (answerWord != null) {
            answer = compose(pickAfter(answerWord.sentence(), ranked, min), searched, answerWord.word());
        } else {
            List<Candidate> picked = type.kind() == QuestionType.Kind.HAPPENED ? pickAcrossArticles(ranked, min) : pick(ranked, min);
            answer = picked.isEmpty() ? nothingFound(searched) : compose(picked, searched, null);
        }
        listener.delta(answer.answer().text());
        return answer;
    }

    /** The answer word and the sentence that holds it; {@code rival}, another answer other sources give, or null. */
    record Typed(Candidate sentence, AnswerCandidates.Candidate word, Typed rival) {
        Typed(Candidate sentence, AnswerCandidates.Candidate word) {
            this(sentence, word, null);
        }
    }

    /**
     * A number that other articles support nearly as well (this share of the winner's support) is reported beside it:
     * "Sources differ: **700** [1] … **75** [2] …". Names are not weighed this way: sentences name many people.
     */
    static final double RIVAL_SUPPORT = 0.8;

    /**
     * The candidate of the wanted type the retrieved sentences support most, and the sentence that best supports it.
     * A sentence that covers enough of the question supports each candidate it holds by its score times one plus how
     * near the question's words stand to it ({@link Coverage.Nearness#of}): the answer to "Which company agreed to buy
     * Activision Blizzard?" stands next to "agreed to buy", not merely in a sentence about the deal.
     * Null when no such sentence holds a candidate.
     */
    private Typed typedAnswer(List<Candidate> ranked, QuestionType type, AnswerSlot slot, String question, double min, Map<String, Double> weights) {
        Set<String> asked = AnswerCandidates.questionWords(question);
        Coverage coverage = new Coverage(search, weights);
        Map<String, Double> support = new java.util.HashMap<>();
        Map<String, Typed> evidence = new java.util.HashMap<>();
        Map<String, Double> evidenceScore = new java.util.HashMap<>();
        int read = 0;
        for (Candidate c : ranked) {
            if (read++ == TYPED_SENTENCES || c.coverage() < min) break;
            String text = c.sentence().text();
            Map<String, Double> nearest = new LinkedHashMap<>();
            List<Token> tokens = tagger.tagSentence(text);
            List<AnswerCandidates.Candidate> words = new ArrayList<>(AnswerCandidates.in(text, tokens, type, asked));
            AnswerSlot.Phrase phrase = slot == null ? null : slot.in(tokens, tokens.stream().map(t -> search.terms(t.text())).toList());
            if (phrase != null && phraseAnswers(type) && words.stream().noneMatch(w -> overlaps(w, phrase))) {
                AnswerCandidates.Candidate p = new AnswerCandidates.Candidate(text.substring(phrase.start(), phrase.end()), phrase.start(), phrase.end());
                if (!AnswerCandidates.asked(p, asked)) words.add(p);
            }
            Coverage.Nearness nearness = words.isEmpty() ? null : coverage.near(text);
            Map<String, Double> fit = new java.util.HashMap<>();
            for (AnswerCandidates.Candidate w : words) {
                String key = w.key();
                double near = nearness.of(w.start(), w.end()) + (phrase != null && overlaps(w, phrase) ? SLOT_BONUS : 0);
                nearest.merge(key, near, Math::max);
                fit.put(key, AnswerKinds.fit(type, w.text()));
                double score = c.score() + near - (w.nationality() ? 1 : 0);
                if (score > evidenceScore.getOrDefault(key, Double.NEGATIVE_INFINITY)) {
                    evidenceScore.put(key, score);
                    evidence.put(key, new Typed(c, w));
                }
            }
            nearest.forEach((key, near) -> support.merge(key, c.score() * (1 + near) * fit.get(key), Double::sum));
        }
        List<Map.Entry<String, Double>> best = support.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(2).toList();
        if (best.isEmpty()) return null;
        Typed winner = evidence.get(best.getFirst().getKey());
        if (type.kind() == QuestionType.Kind.NUMBER && best.size() == 2 && best.get(1).getValue() >= RIVAL_SUPPORT * best.getFirst().getValue()) {
            Typed rival = evidence.get(best.get(1).getKey());
            if (!rival.sentence().hit().articleId().equals(winner.sentence().hit().articleId())) return new Typed(winner.sentence(), winner.word(), rival);
        }
        return winner;
    }

    /** Added to the nearness of a candidate in the phrase the question's slot points at ({@link AnswerSlot}). */
    static final double SLOT_BONUS = 1.0;

    // Questions a phrase answers when no candidate of their type stands where the slot points: "which product",
    // "stealing what". A person, place, number or date is asked for by type; a phrase would not be one.
    private static boolean phraseAnswers(QuestionType type) {
        return type.kind() == QuestionType.Kind.WHICH || type.kind() == QuestionType.Kind.OTHER;
    }

    private static boolean overlaps(AnswerCandidates.Candidate w, AnswerSlot.Phrase p) {
        return w.start() < p.end() && p.start() < w.end();
    }

    // The answer sentence first, then a second as pick() would add one.
    private static List<Candidate> pickAfter(Candidate first, List<Candidate> ranked, double min) {
        List<Candidate> reordered = new ArrayList<>(ranked.size());
        reordered.add(first);
        for (Candidate c : ranked) if (c != first) reordered.add(c);
        return pick(reordered, Math.min(min, first.coverage()));
    }

    /** The answer for an empty result: says so plainly, cites nothing, and shows what was searched. */
    public static AnswerResult nothingFound(Searched searched) {
        String scope = describe(searched);
        String text = "I found nothing in the corpus that answers \"" + searched.question().strip() + "\""
                + (scope.isEmpty() ? "." : " " + scope + ".");
        return new AnswerResult(new Answer(text, AnswerKind.NONE, AnswerMode.EXTRACTIVE), List.of(), searched);
    }

    static String describe(Searched s) {
        List<String> parts = new ArrayList<>();
        if (s.from() != null || s.to() != null) parts.add("published " + (s.from() == null ? "any time" : s.from()) + " to " + (s.to() == null ? "now" : s.to()));
        if (s.asOf() != null) parts.add("as of " + s.asOf());
        if (!s.sources().isEmpty()) parts.add("in " + String.join(", ", s.sources()));
        return String.join(", ", parts);
    }

    private static Searched searched(Question q, SearchResult result) {
        return Searched.of(q.text(), result.termWeights().keySet(), q.filter());
    }

    record Candidate(PassageHit hit, int rank, Sentence sentence, double coverage) {
        double score() {
            return coverage + 0.02 / (rank + 1);
        }
    }

    private List<Candidate> candidates(SearchResult result) {
        Coverage coverage = new Coverage(search, result.termWeights());
        List<Candidate> out = new ArrayList<>();
        if (coverage.isEmpty()) return out;
        for (int rank = 0; rank < result.hits().size(); rank++) {
            PassageHit hit = result.hits().get(rank);
            for (Sentence s : sentences.split(hit.text())) {
                if (asks(s.text())) continue; // the article's own question, however like the user's, answers nothing
                out.add(new Candidate(hit, rank, s, coverage.of(s.text())));
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return out;
    }

    // A sentence that ends with a question mark, unless it is someone's words in quotation marks ("Who said 'why
    // not?'" is answered by it).
    private static boolean asks(String sentence) {
        String s = sentence.strip();
        if (s.isEmpty() || "\"“‘'«".indexOf(s.charAt(0)) >= 0) return false;
        while (!s.isEmpty() && "\"'”’)]".indexOf(s.charAt(s.length() - 1)) >= 0) s = s.substring(0, s.length() - 1);
        return s.endsWith("?");
    }

    private static List<Candidate> pick(List<Candidate> ranked, double minCoverage) {
        List<Candidate> picked = new ArrayList<>();
        if (ranked.isEmpty() || ranked.getFirst().coverage() < minCoverage) return picked;
        Candidate best = ranked.getFirst();
        picked.add(best);
        Set<String> seenText = new HashSet<>(Set.of(normal(best.sentence().text())));
        for (Candidate c : ranked.subList(1, ranked.size())) {
            if (picked.size() == MAX_SENTENCES) break;
            if (c.coverage() < Math.max(minCoverage, best.coverage() * SECOND_SENTENCE_RATIO)) break;
            if (seenText.add(normal(c.sentence().text()))) picked.add(c);
        }
        return picked;
    }

    /** Sentences an open "what happened" question gets, each from another article. */
    static final int OPEN_SENTENCES = 3;

    /**
     * For "what happened" questions: the best sentence of each of up to {@link #OPEN_SENTENCES} articles, among those
     * covering enough of the question and at least {@link #SECOND_SENTENCE_RATIO} as much as the best, none a near
     * duplicate of another (half its words shared), newest first (undated last).
     */
    private static List<Candidate> pickAcrossArticles(List<Candidate> ranked, double minCoverage) {
        List<Candidate> picked = new ArrayList<>();
        if (ranked.isEmpty() || ranked.getFirst().coverage() < minCoverage) return picked;
        double floor = Math.max(minCoverage, ranked.getFirst().coverage() * SECOND_SENTENCE_RATIO);
        Set<String> articles = new HashSet<>();
        List<Set<String>> seen = new ArrayList<>();
        for (Candidate c : ranked) {
            if (picked.size() == OPEN_SENTENCES || c.coverage() < floor) break;
            if (articles.contains(c.hit().articleId())) continue;
            Set<String> words = new HashSet<>(List.of(normal(c.sentence().text()).split(" ")));
            if (seen.stream().anyMatch(w -> nearDuplicate(w, words))) continue;
            picked.add(c);
            articles.add(c.hit().articleId());
            seen.add(words);
        }
        picked.sort(Comparator.comparing((Candidate c) -> c.hit().published(), Comparator.nullsLast(Comparator.reverseOrder())));
        return picked;
    }

    private static boolean nearDuplicate(Set<String> a, Set<String> b) {
        long shared = a.stream().filter(b::contains).count();
        return shared * 2 >= Math.min(a.size(), b.size());
    }

    private static String normal(String text) {
        return text.replaceAll("\\W+", " ").strip().toLowerCase();
    }

    /**
     * One citation per cited passage; sentences from the same passage share its number. With an answer word, it is
     * stated first, in bold, with the first sentence's citation, and its offsets in that article become the span.
     */
    private static AnswerResult compose(List<Candidate> picked, Searched searched, AnswerCandidates.Candidate word) {
        return compose(picked, searched, word == null ? Map.of() : Map.of(picked.getFirst(), word), false);
    }

    /**
     * As above, with an answer word for each sentence in {@code words} (the first becomes the span); {@code differ}
     * opens with "Sources differ:" when the words are two answers the sources give.
     */
    private static AnswerResult compose(List<Candidate> picked, Searched searched, Map<Candidate, AnswerCandidates.Candidate> words, boolean differ) {
        Map<String, Citation> byPassage = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder(differ ? "Sources differ:" : "");
        AnswerSpan span = null;
        for (Candidate c : picked) {
            PassageHit hit = c.hit();
            String key = hit.articleId() + "@" + hit.start();
            int citedStart = hit.start() + c.sentence().start(), citedEnd = hit.start() + c.sentence().end();
            Citation prior = byPassage.get(key);
            int n = prior == null ? byPassage.size() + 1 : prior.n();
            if (prior != null) {
                citedStart = Math.min(citedStart, prior.citedStart());
                citedEnd = Math.max(citedEnd, prior.citedEnd());
            }
            byPassage.put(key, new Citation(n, hit.articleId(), hit.title(), hit.source(), hit.published(), hit.url(),
                    hit.text(), hit.start(), hit.end(), citedStart, citedEnd));
            AnswerCandidates.Candidate word = words.get(c);
            if (word != null) {
                if (!text.isEmpty()) text.append(' ');
                text.append("**").append(word.shown()).append("** [").append(n).append("]: \"").append(c.sentence().text()).append('"');
                int at = c.sentence().start() + word.start();
                if (!hit.text().startsWith(word.text(), at)) throw new IllegalStateException("answer word not at its offsets: " + word);
                if (span == null) span = new AnswerSpan(word.text(), n, hit.articleId(), hit.start() + at, hit.start() + at + word.text().length());
                continue;
            }
            if (!text.isEmpty()) text.append(' ');
            text.append(c.sentence().text()).append(" [").append(n).append(']');
        }
        return new AnswerResult(new Answer(text.toString(), AnswerKind.PASSAGE, AnswerMode.EXTRACTIVE, span),
                List.copyOf(byPassage.values()), searched);
    }
}
