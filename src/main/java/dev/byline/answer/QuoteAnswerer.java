package dev.byline.answer;

import dev.byline.answer.QuoteComposer.Shown;
import dev.byline.attribution.AttributionType;
import dev.byline.corpus.Article;
import dev.byline.nlp.text.Sentences;
import dev.byline.nlp.text.Sentences.Sentence;
import dev.byline.search.QuoteHit;
import dev.byline.search.QuoteQuery;
import dev.byline.search.QuoteResult;
import dev.byline.search.SearchBackend;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers who-said, what-did-X-say, when-did-X and who-is questions from the quote index, every quote checked
 * against its article; any other question, or one the quotes do not answer well enough, goes to {@code passages}.
 */
public final class QuoteAnswerer implements Answerer {

    /** Quotes read per question. */
    static final int CANDIDATES = 30;
    /** Share of the question's (IDF-weighted) words the attribution must hold to answer "who said" / "when did". */
    static final double MIN_COVERAGE = 0.6;
    /** Another speaker joins the answer when their quote covers the question nearly as well as the best. */
    static final double CLOSE_TO_BEST = 0.9;
    static final int MAX_QUOTES = 3;

    private final QuestionAnalyzer analyzer;
    private final SearchBackend search;
    private final QuoteCheck check;
    private final Sentences sentences;
    private final Answerer passages;

    public QuoteAnswerer(QuestionAnalyzer analyzer, SearchBackend search, QuoteCheck check, Sentences sentences, Answerer passages) {
        this.analyzer = analyzer;
        this.search = search;
        this.check = check;
        this.sentences = sentences;
        this.passages = passages;
    }

    @Override
    public AnswerResult answer(Question question, AnswerListener listener) {
        AnalyzedQuestion asked = analyzer.analyze(question.text());
        Texts texts = new Texts();
        Optional<AnswerResult> answer = switch (asked.intent()) {
            case WHO_SAID -> whoSaid(question, asked, texts);
            case WHAT_SAID -> whatSaid(question, asked, texts);
            case WHEN_SAID -> whenSaid(question, asked, texts);
            case WHO_IS -> whoIs(question, asked, texts);
            case OTHER -> Optional.empty();
        };
        if (answer.isEmpty()) return passages.answer(question, listener);
        listener.delta(answer.get().answer().text());
        return answer.get();
    }

    private Optional<AnswerResult> whoSaid(Question question, AnalyzedQuestion asked, Texts texts) {
        QuoteResult found = search.quotes(QuoteQuery.byWords(asked.words()), question.filter(), CANDIDATES);
        List<Scored> scored = score(found, asked.exact(), texts);
        List<Scored> holding = scored.stream().filter(Scored::holdsFragment).toList();
        // A fragment quoted in the question that no attribution holds: the passages may still name who said it.
        if (asked.exact() != null && holding.isEmpty()) return Optional.empty();
        List<Scored> ranked = asked.exact() != null ? holding : scored.stream().filter(s -> s.coverage() >= MIN_COVERAGE).toList();
        if (ranked.isEmpty()) return Optional.empty();
        double best = ranked.getFirst().coverage();
        List<QuoteHit> picked = new ArrayList<>();
        Set<String> speakers = new HashSet<>();
        for (Scored s : ranked) {
            if (picked.size() == MAX_QUOTES || s.coverage() < best * CLOSE_TO_BEST) break;
            if (speakers.add(s.hit().speakerKey())) picked.add(s.hit());
        }
        return shown(newestFirst(picked), texts, AnswerKind.SPEAKER, searched(question, found));
    }

    private Optional<AnswerResult> whatSaid(Question question, AnalyzedQuestion asked, Texts texts) {
        QuoteResult found = search.quotes(new QuoteQuery(asked.speaker(), asked.words()), question.filter(), CANDIDATES);
        List<QuoteHit> hits = found.hits();
        if (asked.words() != null) {
            hits = score(found, null, texts).stream().filter(s -> s.coverage() >= 0.5).map(Scored::hit).toList();
        }
        if (hits.isEmpty()) return Optional.empty();
        String who = hits.getFirst().speakerKey(); // one person: "Clinton" asked, the best-matching Clinton answered
        List<QuoteHit> theirs = new ArrayList<>(hits.stream().filter(h -> h.speakerKey().equals(who)).toList());
        theirs.sort(Comparator.comparingInt(h -> reportRank(h.type()))); // stable: verbatim words before paraphrase
        List<QuoteHit> picked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (QuoteHit h : theirs) {
            if (picked.size() == MAX_QUOTES) break;
            if (check.holds(texts.of(h.articleId()), QuoteComposer.pieces(h)) && seen.add(normal(h.text()))) picked.add(h);
        }
        return shown(newestFirst(picked), texts, AnswerKind.QUOTE, searched(question, found));
    }

    private Optional<AnswerResult> whenSaid(Question question, AnalyzedQuestion asked, Texts texts) {
        String thing = asked.words().replaceFirst("(?i)^(say|said|tell|told|announce|claim|state|write|tweet)\\s+(that\\s+)?", "");
        QuoteResult found = search.quotes(new QuoteQuery(asked.speaker(), thing), question.filter(), CANDIDATES);
        List<Scored> scored = score(found, asked.exact(), texts).stream()
                .filter(s -> s.holdsFragment() || s.coverage() >= MIN_COVERAGE).toList();
        if (scored.isEmpty()) return Optional.empty();
        return shown(List.of(scored.getFirst().hit()), texts, AnswerKind.DATE, searched(question, found));
    }

    /** The role the corpus gives the person most often, cited where an article gives it. */
    private Optional<AnswerResult> whoIs(Question question, AnalyzedQuestion asked, Texts texts) {
        QuoteResult found = search.latestQuotes(QuoteQuery.bySpeaker(asked.speaker()), question.filter(), SearchBackend.MAX_LIMIT);
        List<QuoteHit> withRole = found.hits().stream().filter(h -> h.role() != null).toList();
        if (withRole.isEmpty()) return Optional.empty();
        String who = withRole.getFirst().speakerKey();
        Map<String, Long> roles = withRole.stream().filter(h -> h.speakerKey().equals(who))
                .collect(Collectors.groupingBy(QuoteHit::role, LinkedHashMap::new, Collectors.counting()));
        String role = roles.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        for (QuoteHit h : withRole) {
            if (!h.speakerKey().equals(who) || !h.role().equals(role)) continue;
            String text = texts.of(h.articleId());
            int at = text == null ? -1 : text.indexOf(role);
            if (at < 0) continue;
            Sentence sentence = sentences.split(text).stream().filter(s -> s.start() <= at && at < s.end()).findFirst().orElse(null);
            if (sentence == null) continue;
            Citation citation = new Citation(1, h.articleId(), h.title(), h.source(), h.published(), h.url(), sentence.text(),
                    sentence.start(), sentence.end(), at, at + role.length());
            String answer = h.speaker() + " is " + role + " [1].";
            return Optional.of(new AnswerResult(new Answer(answer, AnswerKind.PERSON, AnswerMode.EXTRACTIVE), List.of(citation),
                    searched(question, found)));
        }
        return Optional.empty();
    }

    /** Checks each quote against its article; one that fails is dropped, and none left means no quote answer. */
    private Optional<AnswerResult> shown(List<QuoteHit> hits, Texts texts, AnswerKind kind, Searched searched) {
        List<Shown> shown = new ArrayList<>();
        for (QuoteHit h : hits) {
            String text = texts.of(h.articleId());
            if (check.holds(text, QuoteComposer.pieces(h))) shown.add(new Shown(h, text));
        }
        return shown.isEmpty() ? Optional.empty() : Optional.of(QuoteComposer.compose(shown, kind, searched));
    }

    record Scored(QuoteHit hit, double coverage, boolean holdsFragment) {}

    /** Each hit with the share of the question's weight its attribution holds, best first. */
    private List<Scored> score(QuoteResult found, String fragment, Texts texts) {
        Coverage coverage = new Coverage(search, found.termWeights());
        String wanted = fragment == null ? null : normal(fragment);
        List<Scored> out = new ArrayList<>();
        for (QuoteHit hit : found.hits()) {
            String text = texts.of(hit.articleId());
            if (text == null || hit.attributionEnd() > text.length()) continue;
            String said = text.substring(hit.attributionStart(), hit.attributionEnd());
            boolean holds = wanted != null && !wanted.isEmpty() && normal(said).contains(wanted);
            out.add(new Scored(hit, coverage.of(said), holds));
        }
        out.sort(Comparator.comparingDouble(Scored::coverage).reversed());
        return out;
    }

    private static List<QuoteHit> newestFirst(List<QuoteHit> hits) {
        List<QuoteHit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparing(QuoteHit::day, Comparator.nullsLast(Comparator.reverseOrder())));
        return sorted;
    }

    private static int reportRank(AttributionType type) {
        return switch (type) {
            case DIRECT -> 0;
            case MIXED -> 1;
            case ACCORDING_TO, INDIRECT -> 2;
        };
    }

    static String normal(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static Searched searched(Question q, QuoteResult found) {
        return Searched.of(q.text(), found.termWeights().keySet(), q.filter());
    }

    /** Article texts read once per answer. */
    private final class Texts {
        private final Map<String, String> byId = new HashMap<>();

        String of(String articleId) {
            return byId.computeIfAbsent(articleId, id -> search.article(id).map(Article::text).orElse(null));
        }
    }

}
