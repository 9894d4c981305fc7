package dev.byline.nlp.text;

import edu.emory.clir.clearnlp.component.AbstractComponent;
import edu.emory.clir.clearnlp.component.utils.GlobalLexica;
import edu.emory.clir.clearnlp.component.utils.NLPUtils;
import edu.emory.clir.clearnlp.dependency.DEPNode;
import edu.emory.clir.clearnlp.dependency.DEPTree;
import edu.emory.clir.clearnlp.util.lang.TLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Dependency parses of units, with ClearNLP's English models (part of speech, lemmas, then a transition-based
 * parser; the labels are ClearNLP's Stanford-style ones: nsubj, ccomp, dobj, prep, pobj, relcl, conj …). The models
 * load once per process, on the first parse, in the sparse form {@link ParserModels} describes.
 */
public final class Syntax {

    /**
     * A unit's parse, indexed by article token: each token's head (-1 for the root), its label, and the first and
     * last token of the subtree it heads.
     */
    public record Parse(int first, int[] heads, String[] labels, int[] lefts, int[] rights) {
        int size() { return heads.length; }
        public int head(int k) { return heads[k - first]; }
        public String label(int k) { return labels[k - first]; }
        public int left(int k) { return lefts[k - first]; }
        public int right(int k) { return rights[k - first]; }

        /** The ancestor of token k (or k) whose head is a token of first..last, or -1 when k's head chain misses them. */
        public int under(int k, int first, int last) {
            int x = k;
            for (int steps = 0; steps < size(); steps++) {
                int h = head(x);
                if (h < 0) return -1;
                if (h >= first && h <= last) return x;
                x = h;
            }
            return -1;
        }

        /** Whether token a is a proper ancestor of token k. */
        public boolean dominates(int a, int k) {
            int x = k;
            for (int steps = 0; steps < size() && x >= 0; steps++) {
                x = head(x);
                if (x == a) return true;
            }
            return false;
        }
    }

    private static final String CLUSTERS = "brown-rcv1.clean.tokenized-CoNLL03.txt-c1000-freq1.txt.xz";
    private volatile AbstractComponent[] pipeline;

    /**
     * The parser, loaded on its first parse and then shared by every thread; ingest threads parse at once. That rests
     * on a measurement, not on ClearNLP's documentation: 3,009 news sentences parsed by two threads sharing one
     * pipeline matched the one-thread parses in three runs out of three (2.1 s against 4.9 s), and {@code SyntaxTest}
     * checks the same on the seed article.
     */
    public Syntax() {}

    private AbstractComponent[] pipeline() {
        AbstractComponent[] loaded = pipeline;
        if (loaded == null) {
            synchronized (this) {
                if (pipeline == null) pipeline = load();
                loaded = pipeline;
            }
        }
        return loaded;
    }

    /**
     * The three components, from the sparse models the build writes ({@link ParserModels}): the dependency parser
     * reads on a second thread while the word clusters, the tagger and the morphology load on this one.
     */
    private static AbstractComponent[] load() {
        CompletableFuture<AbstractComponent> parser = CompletableFuture.supplyAsync(ParserModels::parser,
                runnable -> Thread.ofPlatform().daemon().name("parser-load").start(runnable));
        GlobalLexica.initDistributionalSemanticsWords(List.of(CLUSTERS));
        AbstractComponent tagger = ParserModels.tagger();
        return new AbstractComponent[] {tagger, NLPUtils.getMPAnalyzer(TLanguage.ENGLISH), parser.join()};
    }

    public Parse parse(ArticleText doc, ArticleText.Unit unit) {
        int n = unit.last() - unit.first();
        List<String> words = new ArrayList<>(n);
        for (int k = unit.first(); k < unit.last(); k++) words.add(form(doc.token(k).text()));
        DEPTree tree = new DEPTree(words);
        for (AbstractComponent component : pipeline()) component.process(tree);
        int[] heads = new int[n];
        String[] labels = new String[n];
        int[] lefts = new int[n], rights = new int[n];
        for (int i = 0; i < n; i++) {
            DEPNode node = tree.get(i + 1);
            DEPNode head = node.getHead();
            heads[i] = head == null || head.getID() == 0 ? -1 : unit.first() + head.getID() - 1;
            labels[i] = node.getLabel() == null ? "_" : node.getLabel();
            lefts[i] = rights[i] = unit.first() + i;
        }
        // Every token widens the subtree of each of its ancestors (bounded, should the parser ever leave a cycle).
        for (int i = 0; i < n; i++) {
            int k = unit.first() + i, x = heads[i];
            for (int steps = 0; x >= 0 && steps < n; steps++) {
                int j = x - unit.first();
                lefts[j] = Math.min(lefts[j], k);
                rights[j] = Math.max(rights[j], k);
                x = heads[j];
            }
        }
        return new Parse(unit.first(), heads, labels, lefts, rights);
    }

    // The parser was trained on the Penn Treebank's ASCII conventions: `` '' for quotation marks, ' for apostrophes.
    private static String form(String text) {
        return switch (text) {
            case "“", "„", "«" -> "``";
            case "”", "»" -> "''";
            case "‘" -> "`";
            case "—", "–" -> "--";
            default -> text.replace('’', '\'').replace('‘', '\'');
        };
    }
}
