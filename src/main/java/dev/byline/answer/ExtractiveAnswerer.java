package dev.byline.answer;

import dev.byline.nlp.text.Sentences;
import dev.byline.nlp.text.Sentences.Sentence;
import dev.byline.nlp.text.Tagger;
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
 * support most ({@link AnswerCandidates}), stated first with the sentence that holds it: {@code **Tonga** [1]: "…"}.
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
    private final AnswerCandidates typed;

    public ExtractiveAnswerer(SearchBackend search, Sentences sentences, Tagger tagger) {
        this.search = search;
        this.sentences = sentences;
        this.typed = new AnswerCandidates(tagger);
    }

    @Override
    public AnswerResult answer(Question question, AnswerListener listener) {
        SearchResult result = search.passages(question.text(), question.filter(), PASSAGES);
        Searched searched = searched(question, result);
        List<Candidate> ranked = candidates(result);
        double min = minCoverage(result.termWeights().size());
        QuestionType type = QuestionType.of(question.text());
        Typed answerWord = AnswerCandidates.typed(type) ? typedAnswer(ranked, type, question.text(), min, result.termWeights()) : null;
        AnswerResult answer;
        if (answerWord != null) {
            answer = compose(pickAfter(answerWord.sentence(), ranked, min), searched, answerWord.word());
        } else {
            List<Candidate> picked = pick(ranked, min);
            answer = picked.isEmpty() ? nothingFound(searched) : compose(picked, searched, null);
        }
        listener.delta(answer.answer().text());
        return answer;
    }

    /** The answer word and the sentence that holds it. */
    record Typed(Candidate sentence, AnswerCandidates.Candidate word) {}

    /**
     * The candidate of the wanted type the retrieved sentences support most, and the sentence that best supports it.
     * A sentence that covers enough of the question supports each candidate it holds by its score times one plus how
     * near the question's words stand to it ({@link Coverage#near}): the answer to "Which company agreed to buy
     * Activision Blizzard?" stands next to "agreed to buy", not merely in a sentence about the deal.
     * Null when no such sentence holds a candidate.
     */
    private Typed typedAnswer(List<Candidate> ranked, QuestionType type, String question, double min, Map<String, Double> weights) {
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
            for (AnswerCandidates.Candidate w : typed.in(text, type, asked)) {
                double near = coverage.near(text, w.start(), w.end());
                nearest.merge(w.key(), near, Math::max);
                double score = c.score() + near;
                if (score > evidenceScore.getOrDefault(w.key(), Double.NEGATIVE_INFINITY)) {
                    evidenceScore.put(w.key(), score);
                    evidence.put(w.key(), new Typed(c, w));
                }
            }
            nearest.forEach((key, near) -> support.merge(key, c.score() * (1 + near), Double::sum));
        }
        return support.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> evidence.get(e.getKey())).orElse(null);
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
                out.add(new Candidate(hit, rank, s, coverage.of(s.text())));
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return out;
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

    private static String normal(String text) {
        return text.replaceAll("\\W+", " ").strip().toLowerCase();
    }

    /**
     * One citation per cited passage; sentences from the same passage share its number. With an answer word, it is
     * stated first, in bold, with the first sentence's citation, and its offsets in that article become the span.
     */
    private static AnswerResult compose(List<Candidate> picked, Searched searched, AnswerCandidates.Candidate word) {
        Map<String, Citation> byPassage = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
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
            if (word != null && c == picked.getFirst()) {
                text.append("**").append(word.text()).append("** [").append(n).append("]: \"").append(c.sentence().text()).append('"');
                int at = c.sentence().start() + word.start();
                if (!hit.text().startsWith(word.text(), at)) throw new IllegalStateException("answer word not at its offsets: " + word);
                span = new AnswerSpan(word.text(), n, hit.articleId(), hit.start() + at, hit.start() + at + word.text().length());
                continue;
            }
            if (!text.isEmpty()) text.append(' ');
            text.append(c.sentence().text()).append(" [").append(n).append(']');
        }
        return new AnswerResult(new Answer(text.toString(), AnswerKind.PASSAGE, AnswerMode.EXTRACTIVE, span),
                List.copyOf(byPassage.values()), searched);
    }
}
