package dev.byline.nlp.text;

import dev.byline.nlp.lexicon.Abbreviations;
import dev.byline.nlp.lexicon.Cues;
import dev.byline.nlp.text.Quotations.Quotation;
import dev.byline.nlp.text.Sentences.Sentence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * An article's text analysed once for every later step: tagged tokens, quotations, and units.
 * A unit is a sentence, except that sentences the detector split inside a quotation are joined again, so a
 * quotation and the words that attribute it ({@code “A. B,” he said.}) always share a unit.
 */
public final class ArticleText {

    /** Tokens {@code first} (inclusive) to {@code last} (exclusive), from offset {@code start} to {@code end}. */
    public record Unit(int first, int last, int start, int end) {}

    public final String text;
    public final List<Token> tokens;
    public final List<Quotation> quotations;
    public final List<Unit> units;
    private final Quotation[] quotationAt;
    private final Syntax syntax;

    public ArticleText(String text, TextModels models, Quotations finder) {
        this.text = text;
        this.syntax = models.syntax();
        this.quotations = finder.find(text);
        BitSet quoted = new BitSet(text.length());
        quotationAt = new Quotation[text.length() + 1];
        for (Quotation q : quotations) {
            quoted.set(q.start(), q.end());
            for (int i = q.start(); i < q.end(); i++) quotationAt[i] = q;
        }
        List<Sentence> split = models.sentences().split(text);
        this.tokens = models.tagger().tag(text, split, quoted);
        this.units = joinUnits(split);
    }

    /** The dependency parse of one unit (the parser loads on the first call). */
    public Syntax.Parse parse(Unit unit) {
        return syntax.parse(this, unit);
    }

    private List<Unit> joinUnits(List<Sentence> split) {
        List<Unit> out = new ArrayList<>();
        int t = 0;
        int unitStart = -1;
        int unitFirst = 0;
        for (int s = 0; s < split.size(); s++) {
            Sentence sentence = split.get(s);
            if (unitStart < 0) {
                unitStart = sentence.start();
                unitFirst = t;
            }
            while (t < tokens.size() && tokens.get(t).start() < sentence.end()) t++;
            boolean joinNext = s + 1 < split.size() && sameParagraph(sentence.end(), split.get(s + 1).start())
                    && (splitInsideQuotation(sentence, split.get(s + 1)) || endsWithAbbreviation(t - 1)
                        || endsWithQuotation(sentence) && attributesQuotationBefore(t)
                        || Character.isLowerCase(split.get(s + 1).text().charAt(0)));
            if (!joinNext) {
                out.add(new Unit(unitFirst, t, unitStart, sentence.end()));
                unitStart = -1;
            }
        }
        return out;
    }

    // `“Can we win Illinois?” Mr. Manafort asked.`: the model ends a sentence after “?”, but the cue that follows
    // belongs to the quotation. Joined when the next words open with a reporting verb or its short subject.
    private boolean attributesQuotationBefore(int next) {
        if (next >= tokens.size()) return false;
        for (int k = next; k < tokens.size() && k <= next + 5; k++) {
            Token t = tokens.get(k);
            if (t.quoted() || t.text().equals(".") || t.text().equals(",")) return false;
            if (Cues.isCore(t.text()) && (t.tag().equals("VERB") || k == next)) {
                // `he asked.` or `he asked, “...”`, not `He said the probe is ...`, which reports something else.
                Token after = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
                return after == null || after.text().equals(".") || after.text().equals(",") || after.quoted();
            }
        }
        return false;
    }

    private boolean endsWithQuotation(Sentence sentence) {
        Quotation q = quotationAt[Math.max(sentence.end() - 1, 0)];
        return q != null && q.end() == sentence.end();
    }

    private boolean splitInsideQuotation(Sentence sentence, Sentence next) {
        Quotation q = quotationAt[next.start()];
        return q != null && q == quotationAt[Math.max(sentence.end() - 1, 0)] && q.start() < next.start();
    }

    // The sentence model ends sentences after "Gov." or "M." in "Wisconsin Gov. Scott Walker"; names go on.
    private boolean endsWithAbbreviation(int lastToken) {
        if (lastToken < 0 || lastToken >= tokens.size()) return false;
        String word = tokens.get(lastToken).text();
        boolean initial = word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.';
        return initial || Abbreviations.ENDING_WORD.contains(word);
    }

    public boolean sameParagraph(int from, int to) {
        return text.indexOf('\n', from) < 0 || text.indexOf('\n', from) >= to;
    }

    /** The quotation that covers {@code offset}, or null. */
    public Quotation quotationAt(int offset) {
        return offset >= 0 && offset < quotationAt.length ? quotationAt[offset] : null;
    }

    /** The quotation that begins exactly at token {@code i}, or null. */
    public Quotation quotationStartingAt(int i) {
        if (i < 0 || i >= tokens.size()) return null;
        Quotation q = quotationAt(tokens.get(i).start());
        return q != null && q.start() == tokens.get(i).start() ? q : null;
    }

    /** The quotation that ends exactly at the end of token {@code i}, or null. */
    public Quotation quotationEndingAt(int i) {
        if (i < 0 || i >= tokens.size()) return null;
        Quotation q = quotationAt(tokens.get(i).start());
        return q != null && q.end() == tokens.get(i).end() ? q : null;
    }

    /** The index of the unit that holds token {@code i}, or -1 when none does. */
    public int unitOf(int i) {
        for (int u = 0; u < units.size(); u++) {
            if (i >= units.get(u).first() && i < units.get(u).last()) return u;
        }
        return -1;
    }

    /** The index of the first token at or after {@code offset}. */
    public int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public TextSpan span(int start, int end) {
        return TextSpan.of(text, start, end);
    }

    /** The span of tokens {@code first..last}, both inclusive. */
    public TextSpan tokenSpan(int first, int last) {
        return span(tokens.get(first).start(), tokens.get(last).end());
    }
}
