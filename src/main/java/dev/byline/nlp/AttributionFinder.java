package dev.byline.nlp;

import dev.byline.nlp.ArticleText.Unit;
import dev.byline.nlp.Phrases.Range;
import dev.byline.nlp.Quotations.Quotation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds attribution frames in an analysed article: the cue, the noun phrase of its source, and its content.
 * Works unit by unit (see {@link ArticleText}); cues and sources are only looked for outside quotations, so a
 * speech verb inside someone's words never starts an attribution. Quotations no frame claims (scare quotes,
 * titles) are left alone, except a paragraph that is nothing but a quotation, which continues the previous speaker.
 */
final class AttributionFinder {

    /** An attribution before speaker and date resolution; {@code follows} is set for floating quotes. */
    record Found(Range source, TextSpan cue, List<TextSpan> content, AttributionType type, int unit, Found follows) {}

    private static final Set<String> CLAUSE_STARTS = Set.of("that", "whether", "if", "how", "what", "why", "when",
            "where", "who", "which", ":");
    private static final Set<String> OBJECT_TAKING = Set.of("tell", "tells", "told", "telling", "ask", "asks", "asked",
            "asking", "warn", "warns", "warned", "warning", "urge", "urges", "urged", "urging", "promise", "promised",
            "promises", "assure", "assured", "remind", "reminded", "inform", "informed");
    private static final Set<String> ALWAYS_VERB = Set.of("said", "says", "told", "say", "tells", "tweeted", "added");
    private static final Set<String> BE = Set.of("is", "was", "were", "are", "been", "be", "being", "'s", "’s", "to");
    private static final Set<String> VERB_GROUP = Set.of("has", "have", "had", "will", "would", "could", "can", "may",
            "might", "did", "does", "do", "should", "must", "also", "now", "just", "still", "later", "recently", "then",
            "previously", "reportedly", "repeatedly", "once", "often", "again", "never", "not", "already", "publicly", "even");
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("in", "at", "on", "to", "during", "after", "before",
            "from", "via", "through", "with", "by", "outside", "inside");

    List<Found> find(ArticleText doc) {
        Phrases np = new Phrases(doc);
        List<Found> out = new ArrayList<>();
        Set<Quotation> used = new HashSet<>();
        for (int u = 0; u < doc.units.size(); u++) {
            Unit unit = doc.units.get(u);
            Found previousInUnit = null;
            for (int t = unit.first(); t < unit.last(); t++) {
                Token token = doc.token(t);
                if (token.quoted()) continue;
                Found found = null;
                if (token.is("according") && t + 1 < unit.last() && doc.token(t + 1).is("to")) {
                    found = new Frame(doc, np, unit, u, t, used).accordingTo();
                } else if (isCandidate(doc, t, unit)) {
                    found = new Frame(doc, np, unit, u, t, used).verb(previousInUnit);
                }
                if (found != null) {
                    out.add(found);
                    previousInUnit = found;
                    for (TextSpan part : found.content()) {
                        Quotation q = doc.quotationAt(part.start());
                        if (q != null) used.add(q);
                    }
                }
            }
        }
        addFloatingQuotes(doc, out, used);
        out.sort(java.util.Comparator.comparingInt(f -> f.content().getFirst().start()));
        return out;
    }

    /**
     * A reporting verb from the lexicon, or any verb that takes a "that" clause ("found that", "knows that"),
     * or a verb of intention before "to" ("declined to", "plans to"): PolNeAR counts stances as attributions too.
     */
    private static boolean isCandidate(ArticleText doc, int t, Unit unit) {
        Token token = doc.token(t);
        if (Cues.form(token.text()) != null) return true;
        if (!token.tag().equals("VERB") || t + 1 >= unit.last() || doc.token(t + 1).quoted()) return false;
        Token next = doc.token(t + 1);
        return next.is("that") && next.tag().equals("SCONJ") || next.is("to") && Cues.isIntention(token.text());
    }

    // A paragraph that is only a quotation continues the speaker of the quotation just before it.
    private static void addFloatingQuotes(ArticleText doc, List<Found> found, Set<Quotation> used) {
        List<Found> added = new ArrayList<>();
        for (Quotation q : doc.quotations) {
            if (used.contains(q) || !isWholeParagraph(doc, q)) continue;
            Found previous = null;
            for (Found f : found) {
                if (f.content().getLast().end() <= q.start() && f.source() != null && f.type() == AttributionType.DIRECT) previous = f;
            }
            if (previous == null) continue;
            String between = doc.text.substring(previous.content().getLast().end(), q.start());
            if (between.chars().filter(c -> c == '\n').count() > 4 || between.strip().length() > 80) continue;
            added.add(new Found(previous.source(), null, List.of(doc.span(q.start(), q.end())), AttributionType.DIRECT,
                    -1, previous));
        }
        found.addAll(added);
    }

    private static boolean isWholeParagraph(ArticleText doc, Quotation q) {
        int lineStart = doc.text.lastIndexOf('\n', q.start() - 1) + 1;
        int lineEnd = doc.text.indexOf('\n', q.end());
        if (lineEnd < 0) lineEnd = doc.text.length();
        return doc.text.substring(lineStart, q.start()).isBlank()
                && doc.text.substring(q.end(), lineEnd).replaceAll("[\\s.,]", "").isEmpty()
                && q.inner(doc.text).split("\\s+").length >= 4;
    }

    /** One cue under examination, with the unit it sits in. */
    private static final class Frame {
        private final ArticleText doc;
        private final Phrases np;
        private final Unit unit;
        private final int unitIndex;
        private final int cue;
        private final Set<Quotation> used;

        Frame(ArticleText doc, Phrases np, Unit unit, int unitIndex, int cue, Set<Quotation> used) {
            this.doc = doc;
            this.np = np;
            this.unit = unit;
            this.unitIndex = unitIndex;
            this.cue = cue;
            this.used = used;
        }

        Found accordingTo() {
            Range source = np.startingAt(cue + 2, unit.last());
            if (source == null) return null;
            TextSpan cueSpan = doc.tokenSpan(cue, cue + 1);
            int before = contentStart();
            List<TextSpan> content;
            if (before < cue && (cue - 1 > before)) {
                int end = cue - 1;
                while (end > before && isPunct(end)) end--;
                content = List.of(doc.tokenSpan(before, end));
            } else {
                int start = source.last() + 1;
                if (start < unit.last() && doc.token(start).text().equals(",")) start++;
                int end = contentEndRight(start);
                if (end < start) return null;
                content = List.of(doc.tokenSpan(start, end));
            }
            return new Found(source, cueSpan, content, AttributionType.ACCORDING_TO, unitIndex, null);
        }

        Found verb(Found previousInUnit) {
            Token verb = doc.token(cue);
            boolean participle = Cues.form(verb.text()) == null ? verb.lower().endsWith("ing")
                    : Cues.form(verb.text()) == Cues.Form.PARTICIPLE;
            boolean generic = Cues.form(verb.text()) == null;
            if (!verb.tag().equals("VERB") && !ALWAYS_VERB.contains(verb.lower())) return null;
            if (cue > unit.first() && BE.contains(doc.token(cue - 1).lower()) && !participle) return null;
            if (cue > unit.first() && doc.token(cue - 1).is("to")) return null;

            Range left = null;
            int frameStart = cue;
            int l = np.skipLeft(cue - 1, unit.first());
            if (!participle && l >= unit.first()) {
                left = doc.token(l).text().equals(",") ? appositiveEndingAt(l) : np.endingAt(l, unit.first());
                if (left != null) frameStart = left.first();
            }
            if (participle) {
                left = previousInUnit != null ? previousInUnit.source() : subjectOfUnit();
                frameStart = cue;
            }
            int p = frameStart - 1;
            if (participle) p = -1;
            boolean contentBefore = p >= unit.first();
            Range right = null;
            int r = cue + 1;
            if (left == null && contentBefore) {
                right = np.startingAt(r, unit.last());
                if (right != null) r = right.last() + 1;
            }
            Range source = left != null ? left : right;
            r = skipAdjuncts(r, OBJECT_TAKING.contains(verb.lower()));
            TextSpan cueSpan = verbGroup(r);

            // A quotation just before it: `“...,” Putin said`, maybe continued: `“...,” he said, “...”`.
            if (contentBefore) {
                int q = doc.token(p).text().equals(",") && !doc.token(p).quoted() ? p - 1 : p;
                Quotation before = doc.quotationEndingAt(q);
                if (before != null && !used.contains(before)) {
                    int start = contentStart();
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
                boolean moreWords = next < unit.last() && doc.token(next).isWord();
                int end = moreWords ? doc.tokens.get(contentEndRight(next)).end() : after.end();
                List<TextSpan> parts = new ArrayList<>();
                parts.add(doc.span(after.start(), end));
                if (!moreWords) addFollowingQuotations(parts);
                return new Found(source, cueSpan, parts, moreWords ? AttributionType.MIXED : AttributionType.DIRECT, unitIndex, null);
            }
            // Reported speech around it: `A comic tone, she said, would make ...`.
            if (contentBefore && source != null && doc.token(p).text().equals(",") && r + 1 < unit.last()
                    && doc.token(r).text().equals(",") && !doc.token(r).quoted()) {
                int start = contentStart();
                int tail = contentEndRight(r + 1);
                if (p - 1 >= start && tail > r + 1) {
                    List<TextSpan> parts = List.of(doc.tokenSpan(start, p - 1), doc.tokenSpan(r + 1, tail));
                    AttributionType type = typeOf(start, tail);
                    return new Found(source, cueSpan, parts, type == AttributionType.DIRECT ? AttributionType.MIXED : type, unitIndex, null);
                }
            }
            // Reported speech after the verb: `the ministry said (that) ...`.
            int cs = rr;
            boolean clauseFollows = cs < unit.last() && (CLAUSE_STARTS.contains(doc.token(cs).lower())
                    || doc.token(cs).is("to") && Cues.isIntention(verb.text()) || quotesAhead(cs));
            if (cs < unit.last() && (!Cues.needsClause(verb.lower()) && !generic || clauseFollows)) {
                int ce = contentEndRight(cs);
                if (ce - cs >= 2 && source != null) {
                    return new Found(source, cueSpan, List.of(doc.tokenSpan(cs, ce)), typeOf(cs, ce), unitIndex, null);
                }
            }
            // Reported speech before it: `..., the ministry said.` or around it: `..., the ministry said, ...`.
            if (contentBefore && source != null && doc.token(p).text().equals(",")) {
                int start = contentStart();
                int end = p - 1;
                if (end - start >= 2) {
                    List<TextSpan> parts = new ArrayList<>();
                    parts.add(doc.tokenSpan(start, end));
                    if (r + 1 < unit.last() && doc.token(r).text().equals(",")) {
                        int tail = contentEndRight(r + 1);
                        if (tail > r + 1) parts.add(doc.tokenSpan(r + 1, tail));
                    }
                    AttributionType type = parts.size() == 1 ? typeOf(start, end) : AttributionType.INDIRECT;
                    return new Found(source, cueSpan, parts, type, unitIndex, null);
                }
            }
            return null;
        }

        /**
         * The cue as PolNeAR marks it: the whole verb group, auxiliaries and adverbs before the verb included
         * ("has also said"), and a colon that introduces the content ("said:").
         */
        private TextSpan verbGroup(int afterFrame) {
            int first = cue;
            while (first - 1 >= unit.first() && !doc.token(first - 1).quoted() && VERB_GROUP.contains(doc.token(first - 1).text())) first--;
            int last = cue;
            if (cue + 1 < doc.tokens.size() && doc.token(cue + 1).text().equals(":") && !doc.token(cue + 1).quoted()) last = cue + 1;
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
                if (k != cue && !t.quoted() && (Cues.form(t.text()) != null || t.is("according"))) return true;
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

        // `Staffan de Mistura, the United Nations special envoy for Syria, said`: name, comma, description, comma.
        // The description may be any phrase without a verb of its own before it: "a Verizon customer based in Boston".
        private Range appositiveEndingAt(int comma) {
            for (int inner = comma - 2; inner > unit.first() && inner >= comma - 30; inner--) {
                Token t = doc.token(inner);
                if (t.quoted()) return null;
                if (!t.text().equals(",")) continue;
                Token lead = doc.token(inner + 1);
                boolean describes = lead.tag().equals("DET") || lead.tag().equals("ADJ") || lead.tag().equals("NUM")
                        || lead.tag().equals("NOUN") || lead.is("who") || lead.tag().equals("PROPN");
                Range name = np.endingAt(inner - 1, unit.first());
                if (!describes || name == null || !doc.token(name.last()).isCapitalised()) return null;
                return new Range(name.first(), comma);
            }
            return null;
        }

        private Range subjectOfUnit() {
            Range subject = np.startingAt(unit.first(), unit.last());
            if (subject == null || subject.last() + 1 >= unit.last()) return null;
            Token next = doc.token(np.skipLeft(subject.last() + 1, 0) == subject.last() + 1 ? subject.last() + 1 : subject.last() + 1);
            return next.tag().equals("VERB") || next.tag().equals("AUX") || next.tag().equals("ADV") ? subject : null;
        }

        private int skipAdjuncts(int r, boolean objectTaking) {
            int limit = unit.last();
            if (objectTaking && r < limit && !CLAUSE_STARTS.contains(doc.token(r).lower()) && doc.quotationStartingAt(r) == null) {
                Range object = np.startingAt(r, limit);
                boolean tell = doc.token(cue).lower().startsWith("tel") || doc.token(cue).is("told");
                if (object != null && (tell || object.last() + 1 < limit && (CLAUSE_STARTS.contains(doc.token(object.last() + 1).lower())
                        || doc.token(object.last() + 1).is("to") || doc.token(object.last() + 1).text().equals(",")))) {
                    r = object.last() + 1;
                }
            }
            for (int round = 0; round < 4 && r < limit; round++) {
                Token t = doc.token(r);
                if (t.quoted()) break;
                if (Phrases.TIME_WORDS.contains(t.lower()) || (t.tag().equals("ADV") && !CLAUSE_STARTS.contains(t.lower()))) {
                    r++;
                } else if (ADJUNCT_PREPOSITIONS.contains(t.lower())) {
                    Range object = np.startingAt(r + 1, limit);
                    if (object == null) break;
                    int landing = object.last() + 1;
                    // "on March 1, 2015": the year belongs to the date.
                    if (landing + 1 < limit && doc.token(landing).text().equals(",") && doc.token(landing + 1).text().matches("(19|20)\\d\\d")) {
                        landing += 2;
                    }
                    if (landing >= limit) break;
                    Token land = doc.token(landing);
                    boolean clauseFollows = land.is("that") || land.text().equals(",") || land.text().equals(":")
                            || doc.quotationStartingAt(landing) != null || ADJUNCT_PREPOSITIONS.contains(land.lower())
                            || Phrases.TIME_WORDS.contains(land.lower());
                    if (!clauseFollows) break;
                    r = landing;
                } else break;
            }
            return r;
        }

        /** The first token of content that starts the unit, past a leading conjunction. */
        private int contentStart() {
            int s = unit.first();
            if (s < unit.last() - 1 && doc.token(s).tag().equals("CCONJ") && !doc.token(s).quoted()) s++;
            return s;
        }

        /** The last token of content running from {@code from} to the end of the unit, final punctuation dropped. */
        private int contentEndRight(int from) {
            int end = unit.last() - 1;
            for (int k = from + 1; k + 1 < unit.last(); k++) {
                Token t = doc.token(k);
                if (!t.quoted() && t.text().equals(",") && (doc.token(k + 1).is("according")
                        || Cues.form(doc.token(k + 1).text()) == Cues.Form.PARTICIPLE)) {
                    end = k - 1;
                    break;
                }
                // A second predicate of the speaker ("... and vowed to", "..., but declined to") is not the content.
                if (!t.quoted() && (t.is("and") || t.is("but")) && isPredicate(doc.token(k + 1))) {
                    end = k - 1;
                    break;
                }
            }
            while (end >= from && isPunct(end)) end--;
            return end;
        }

        // `described Assad’s removal ... as a “red line.”`: a quotation later in the clause makes it a report.
        private boolean quotesAhead(int from) {
            int end = contentEndRight(from);
            for (int k = from; k <= end; k++) if (doc.token(k).quoted()) return true;
            return false;
        }

        private static boolean isPredicate(Token t) {
            return (t.tag().equals("VERB") || t.tag().equals("AUX")) && !t.lower().endsWith("ing") || Cues.form(t.text()) != null;
        }

        private boolean isPunct(int i) {
            Token t = doc.token(i);
            return !t.quoted() && !t.isWord() && !t.text().equals("%") && !t.text().equals(")");
        }

        private AttributionType typeOf(int first, int last) {
            Quotation q = doc.quotationAt(doc.token(first).start());
            if (q != null && q.start() == doc.token(first).start() && q.end() == doc.token(last).end()) return AttributionType.DIRECT;
            for (int k = first; k <= last; k++) if (doc.token(k).quoted()) return AttributionType.MIXED;
            return AttributionType.INDIRECT;
        }
    }
}
