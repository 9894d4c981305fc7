package dev.byline.attribution.rules;

import static dev.byline.nlp.lexicon.CueWords.*;

import dev.byline.attribution.AttributionType;
import dev.byline.attribution.rules.AttributionFinder.Found;
import dev.byline.nlp.lexicon.Cues;
import dev.byline.nlp.text.ArticleText;
import dev.byline.nlp.text.ArticleText.Unit;
import dev.byline.nlp.text.Phrases;
import dev.byline.nlp.text.Phrases.Range;
import dev.byline.nlp.text.Quotations.Quotation;
import dev.byline.nlp.text.TextSpan;
import dev.byline.nlp.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One cue under examination, with the unit it sits in: finds the source and content around a reporting verb
 * or "according to", PolNeAR's way (the whole verb group is the cue, the full noun phrase is the source).
 */
public final class CueFrame {

    private final ArticleText doc;
    private final Phrases np;
    private final Unit unit;
    private final int unitIndex;
    private final int cue;
    private final Set<Quotation> used;
    private final Clauses clause;
    private final SourceEdges edges;

    CueFrame(ArticleText doc, Phrases np, Unit unit, int unitIndex, int cue, Set<Quotation> used) {
        this.doc = doc;
        this.np = np;
        this.unit = unit;
        this.unitIndex = unitIndex;
        this.cue = cue;
        this.used = used;
        this.clause = new Clauses(doc, np, unit);
        this.edges = new SourceEdges(doc, np, unit, clause);
    }

    Found accordingTo() {
        Range source = np.startingAt(cue + 2, unit.last());
        if (source == null) source = wordsToPunctuation(cue + 2);
        if (source == null) return null;
        TextSpan cueSpan = doc.tokenSpan(cue, cue + 1);
        int before = clause.contentStart();
        List<TextSpan> content;
        if (before < cue && (cue - 1 > before)) {
            int end = cue - 1;
            while (end > before && clause.isPunct(end)) end--;
            content = List.of(doc.tokenSpan(before, end));
        } else {
            int start = source.last() + 1;
            if (start < unit.last() && doc.token(start).text().equals(",")) start++;
            int end = clause.contentEndRight(start);
            if (end < start) return null;
            content = List.of(doc.tokenSpan(start, end));
        }
        return new Found(source, cueSpan, content, AttributionType.ACCORDING_TO, unitIndex, null);
    }

    // `according to exit polls`, `according to court documents reported previously by The Post`: what follows
    // "according to" up to the next punctuation is the source, whatever the tagger made of its words.
    private Range wordsToPunctuation(int first) {
        int last = first - 1;
        while (last + 1 < unit.last() && last + 1 - first < 15 && doc.token(last + 1).isWord() && !doc.token(last + 1).quoted()) last++;
        boolean closed = last + 1 >= unit.last() || !doc.token(last + 1).isWord() && !doc.token(last + 1).quoted();
        return last >= first && closed ? new Range(first, last) : null;
    }

    /** Where a verb's frame lies: its source, the cue, the token before the frame ({@code p}) and after it ({@code r}). */
    private record Frame(Token verb, Range source, TextSpan cue, int p, int r, boolean contentBefore, boolean particle, boolean generic) {}

    /** The attribution a reporting verb heads: its frame (source and cue), then the content around it. */
    Found verb(Found previousInUnit) {
        Frame frame = frame(previousInUnit);
        return frame == null ? null : content(frame);
    }

    private Frame frame(Found previousInUnit) {
        Token verb = doc.token(cue);
        boolean participle = Cues.form(verb.text()) == null ? verb.lower().endsWith("ing")
                : Cues.form(verb.text()) == Cues.Form.PARTICIPLE;
        boolean generic = Cues.form(verb.text()) == null;
        if (!verb.tag().equals("VERB") && !ALWAYS_VERB.contains(verb.lower()) && !isMistaggedVerb()) return null;
        if (cue > unit.first() && BE.contains(doc.token(cue - 1).lower()) && !participle) return null;
        if (cue > unit.first() && doc.token(cue - 1).is("to")) return null;

        Range left = null;
        boolean secondPredicate = false;
        int frameStart = cue;
        int l = np.skipLeft(cue - 1, unit.first());
        if (!participle && l >= unit.first()) {
            left = doc.token(l).text().equals(",") ? edges.appositiveEndingAt(l) : edges.nameEndingAt(l);
            // `... and said that ...`: a second predicate shares the clause's subject.
            if (left == null && (doc.token(l).is("and") || doc.token(l).is("but")) && !doc.token(l).quoted()) {
                left = previousInUnit != null ? previousInUnit.source() : clause.subjectOfUnit();
                if (left != null) {
                    frameStart = cue;
                    secondPredicate = true;
                }
            } else if (left != null) frameStart = left.first();
        }
        if (participle) {
            left = previousInUnit != null ? previousInUnit.source() : clause.subjectOfUnit();
            frameStart = cue;
        }
        int p = frameStart - 1;
        if (participle || secondPredicate) p = -1;
        boolean contentBefore = p >= unit.first();
        Range right = null;
        boolean subjectOfContent = false;
        int r = cue + 1;
        if (left == null && contentBefore && !Cues.isLearned(verb.text()) && !COGNITION.contains(verb.lower())) {
            right = np.startingAt(r, unit.last());
            // `..., said he would ...`: a noun phrase with a verb after it is the content's subject, not the speaker.
            // The speaker is then the subject further left: `Trump, speaking to veterans, said he would ...`.
            if (right != null && right.last() + 1 < unit.last() && Clauses.isPredicate(doc.token(right.last() + 1))) {
                Range subject = previousInUnit != null ? previousInUnit.source() : clause.subjectOfUnit();
                right = subject == null ? right : null;
                if (subject != null) left = subject;
                // No subject found further left: the phrase stays the best guess at the speaker, but it still
                // opens the content ("say they will vote ..."), so the content starts right after the verb.
                subjectOfContent = subject == null;
            }
            if (right != null && !subjectOfContent) right = edges.withTrailingAppositive(right);
            if (right != null && !subjectOfContent) r = right.last() + 1;
        }
        Range source = left != null ? left : right;
        boolean particle = r == cue + 1 && r < unit.last() && !doc.token(r).quoted() && Cues.takesParticle(verb.text(), doc.token(r).text());
        if (particle) r++;
        r = new Adjuncts(doc, np, unit, cue).skip(r, OBJECT_TAKING.contains(verb.lower()));
        TextSpan cueSpan = verbGroup(particle ? cue + 1 : cue);
        return new Frame(verb, source, cueSpan, p, r, contentBefore, particle, generic);
    }

    // The content's patterns, tried in order: `As X reported, ...`; a quotation before or after the frame; speech
    // around the cue; speech after the verb; speech before it.
    private Found content(Frame f) {
        Token verb = f.verb();
        Range source = f.source();
        TextSpan cueSpan = f.cue();
        int p = f.p();
        int r = f.r();
        boolean contentBefore = f.contentBefore();
        boolean particle = f.particle();
        boolean generic = f.generic();
        // `As The Washington Post reported, ...`: the content follows the comma.
        if (contentBefore && source != null && p == clause.contentStart() && doc.token(p).is("as")
                && r + 1 < unit.last() && doc.token(r).text().equals(",") && !doc.token(r).quoted()) {
            int end = clause.contentEndRight(r + 1);
            if (end > r + 1) return new Found(source, cueSpan, List.of(doc.tokenSpan(r + 1, end)), clause.typeOf(r + 1, end), unitIndex, null);
        }
        // A quotation just before it: `“...,” Putin said`, maybe continued: `“...,” he said, “...”`.
        if (contentBefore) {
            int q = doc.token(p).text().equals(",") && !doc.token(p).quoted() ? p - 1 : p;
            Quotation before = doc.quotationEndingAt(q);
            if (before != null && !used.contains(before)) {
                int start = clause.contentStart();
                List<TextSpan> parts = new ArrayList<>();
                parts.add(doc.span(Math.min(doc.token(start).start(), before.start()), before.end()));
                boolean whole = doc.token(start).start() >= before.start();
                addFollowingQuotations(parts);
                return new Found(source, cueSpan, parts, whole ? AttributionType.DIRECT : AttributionType.MIXED, unitIndex, null);
            }
        }
        // A quotation right after the frame: `Putin said: “...”`.
        int rr = r < doc.tokens.size() && (doc.token(r).text().equals(":") || doc.token(r).text().equals(",")) ? r + 1 : r;
        Quotation after = doc.quotationStartingAt(rr);
        if (after != null && !used.contains(after) && (rr < unit.last() || doc.token(r).text().equals(":"))) {
            int next = doc.tokenAtOrAfter(after.end());
            boolean moreWords = next < unit.last() && doc.token(next).isWord() && !SUBORDINATORS.contains(doc.token(next).lower())
                    && !((doc.token(next).is("and") || doc.token(next).is("but")) && next + 1 < unit.last() && Clauses.isPredicate(doc.token(next + 1)));
            int end = moreWords ? doc.tokens.get(clause.contentEndRight(next)).end() : after.end();
            List<TextSpan> parts = new ArrayList<>();
            parts.add(doc.span(after.start(), end));
            if (!moreWords) addFollowingQuotations(parts);
            return new Found(source, cueSpan, parts, moreWords ? AttributionType.MIXED : AttributionType.DIRECT, unitIndex, null);
        }
        // Reported speech around it: `A comic tone, she said, would make ...`.
        if (contentBefore && source != null && doc.token(p).text().equals(",") && r + 1 < unit.last()
                && doc.token(r).text().equals(",") && !doc.token(r).quoted()) {
            int start = clause.contentStart();
            int tail = clause.contentEndRight(r + 1);
            if (p - 1 >= start && tail > r + 1) {
                // `Still, he said, officials ...`: a lone adverb or conjunction before the cue is not content.
                Token lone = doc.token(start);
                if (p - 1 == start && !lone.quoted() && (lone.tag().equals("ADV") || lone.tag().equals("CCONJ") || lone.tag().equals("SCONJ"))) {
                    return new Found(source, cueSpan, List.of(doc.tokenSpan(r + 1, tail)), clause.typeOf(r + 1, tail), unitIndex, null);
                }
                List<TextSpan> parts = List.of(doc.tokenSpan(start, p - 1), doc.tokenSpan(r + 1, tail));
                AttributionType type = clause.typeOf(start, tail);
                return new Found(source, cueSpan, parts, type == AttributionType.DIRECT ? AttributionType.MIXED : type, unitIndex, null);
            }
        }
        // Reported speech after the verb: `the ministry said (that) ...`.
        int cs = rr;
        boolean clauseFollows = cs < unit.last() && (CLAUSE_STARTS.contains(doc.token(cs).lower())
                || doc.token(cs).is("to") && Cues.isIntention(verb.text()) || clause.quotesAhead(cs) || clause.clauseAhead(cs)
                || OBJECT_TAKING.contains(verb.lower()) && objectThenTo(cs));
        if (cs < unit.last() && (!Cues.needsClause(verb.lower()) && !generic || clauseFollows)) {
            int ce = clause.contentEndRight(cs);
            // "said yes", "said he would": short answers count; longer is asked of other single words ("said Monday").
            int shortest = Cues.isLearned(verb.text()) || particle || ANSWERS.contains(doc.token(cs).lower()) ? 0 : 1;
            if (ce - cs >= shortest && source != null && !isScareQuoteNaming(cs, ce)) {
                return new Found(source, cueSpan, List.of(doc.tokenSpan(cs, ce)), clause.typeOf(cs, ce), unitIndex, null);
            }
        }
        // Reported speech before it: `..., the ministry said.` or around it: `..., the ministry said, ...`.
        if (contentBefore && source != null && doc.token(p).text().equals(",")) {
            int start = clause.contentStart();
            int end = p - 1;
            if (end - start >= 2) {
                List<TextSpan> parts = new ArrayList<>();
                parts.add(doc.tokenSpan(start, end));
                if (r + 1 < unit.last() && doc.token(r).text().equals(",")) {
                    int tail = clause.contentEndRight(r + 1);
                    if (tail > r + 1) parts.add(doc.tokenSpan(r + 1, tail));
                }
                AttributionType type = parts.size() == 1 ? clause.typeOf(start, end) : AttributionType.INDIRECT;
                return new Found(source, cueSpan, parts, type, unitIndex, null);
            }
        }
        return null;
    }

    private boolean objectThenTo(int from) {
        Range object = np.startingAt(from, unit.last());
        return object != null && object.last() + 1 < unit.last() && doc.token(object.last() + 1).is("to");
    }

    // `Correio de Manha reports Silva was ...`, `the ad argues “...”`: a reporting verb in -s after a name, which
    // the tagger took for a plural noun, is a verb when a clause, "that" or a quotation follows it.
    private boolean isMistaggedVerb() {
        Token verb = doc.token(cue);
        if (!verb.tag().equals("NOUN") || !verb.lower().endsWith("s") || Cues.form(verb.text()) != Cues.Form.FINITE
                || cue == unit.first() || cue + 1 >= unit.last()) return false;
        Token before = doc.token(cue - 1);
        if (before.quoted() || !(before.tag().equals("PROPN") || before.tag().equals("NOUN"))) return false;
        Token next = doc.token(cue + 1);
        return next.is("that") || doc.quotationStartingAt(cue + 1) != null || next.text().equals(":") || clause.clauseAhead(cue + 1);
    }

    /**
     * An impression nobody is said to hold: "Trump appears to have learned ...", "Obama is expected to join ...",
     * or hearsay: "Cuccinelli reportedly reacted ...". PolNeAR marks the whole clause, subject included, as content
     * and gives it no source.
     */
    Found impression() {
        Token verb = doc.token(cue);
        boolean hearsay = verb.is("reportedly");
        if (!hearsay && !verb.tag().equals("VERB") && !verb.tag().equals("AUX") || cue + 1 >= unit.last()) return null;
        Token next = doc.token(cue + 1);
        if (next.quoted()) return null;
        int first = cue;
        if (hearsay) {
            if (!next.tag().equals("VERB") && !next.tag().equals("AUX")) return null;
        } else if (verb.lower().equals("expected")) {
            while (first - 1 > unit.first() && doc.token(first - 1).tag().equals("ADV")) first--;
            if (first - 1 <= unit.first() || !IMPRESSION_BE.contains(doc.token(first - 1).lower())) return null;
            first--;
            if (!next.is("to")) return null;
        } else if (!next.is("to") && !next.tag().equals("ADJ") && !next.tag().equals("VERB")) {
            return null;
        }
        int start = first;
        while (start - 1 >= unit.first() && !CLAUSE_BOUNDARY.contains(doc.token(start - 1).lower())
                && !doc.token(start - 1).quoted()) start--;
        if (start < first && doc.token(start).tag().equals("CCONJ")) start++;
        int end = clause.contentEndRight(cue + 1);
        if (end <= cue + 1 || start >= first) return null;
        List<TextSpan> content = List.of(doc.tokenSpan(start, end));
        return new Found(null, doc.tokenSpan(first, cue), content, clause.typeOf(start, end), unitIndex, null);
    }

    /**
     * `Netflix called the girls “cuties” in its promotion`: a naming verb whose only quotation is one word in
     * mid-clause is a scare quote, not an opinion ("called Trump “the orange prince”", "called it “disqualifying”").
     */
    private boolean isScareQuoteNaming(int first, int last) {
        if (!NAMING.contains(doc.token(cue).lower())) return false;
        for (int k = first; k <= last; k++) {
            Quotation q = doc.quotationStartingAt(k);
            if (q == null) continue;
            int end = doc.tokenAtOrAfter(q.end());
            boolean oneWord = q.inner(doc.text).strip().split("\\s+").length == 1;
            boolean predicative = k > first && doc.token(k - 1).tag().equals("DET"); // "called Palin a “clown”"
            if (oneWord && !predicative && end <= last && doc.token(end).isWord()) return true;
            k = end - 1;
        }
        return false;
    }

    /**
     * The cue as PolNeAR marks it: the whole verb group, auxiliaries and adverbs before the verb included
     * ("has also said"), and a colon that introduces the content ("said:").
     */
    private TextSpan verbGroup(int verbLast) {
        int first = cue;
        while (first - 1 >= unit.first() && !doc.token(first - 1).quoted() && VERB_GROUP.contains(doc.token(first - 1).text())) first--;
        int last = verbLast;
        // "said in a statement": PolNeAR takes the statement into the cue twice as often as not (38:19 on train);
        // an interview, a day or a speech it mostly leaves out.
        if (verbLast == cue && last + 3 < unit.last() && doc.token(last + 1).is("in") && doc.token(last + 2).is("a")
                && doc.token(last + 3).is("statement") && !doc.token(last + 3).quoted()) last += 3;
        if (last + 1 < doc.tokens.size() && doc.token(last + 1).text().equals(":") && !doc.token(last + 1).quoted()) last++;
        return doc.tokenSpan(first, last);
    }

    /**
     * PolNeAR (and readers) take later quotations in the same paragraph as the same speaker's, as in
     * {@code “A,” he said. “B.”}, unless another cue sits between them or right after the later one.
     */
    private void addFollowingQuotations(List<TextSpan> parts) {
        int from = parts.getLast().end();
        for (Quotation q : doc.quotations) {
            if (q.start() < from) continue;
            if (!doc.sameParagraph(from, q.start()) || used.contains(q)) return;
            if (hasOtherCue(from, q.start()) || hasOtherCue(q.end(), nextQuotationOrLineEnd(q.end()))) return;
            parts.add(doc.span(q.start(), q.end()));
            from = q.end();
        }
    }

    private boolean hasOtherCue(int from, int to) {
        for (int k = doc.tokenAtOrAfter(from); k < doc.tokens.size() && doc.token(k).start() < to; k++) {
            Token t = doc.token(k);
            if (k != cue && !t.quoted() && (Cues.isCore(t.text()) || t.is("according"))) return true;
        }
        return false;
    }

    private int nextQuotationOrLineEnd(int from) {
        int lineEnd = doc.text.indexOf('\n', from);
        if (lineEnd < 0) lineEnd = doc.text.length();
        Quotation next = null;
        for (Quotation q : doc.quotations) if (q.start() >= from) { next = q; break; }
        return next == null ? lineEnd : Math.min(lineEnd, next.start());
    }
}
