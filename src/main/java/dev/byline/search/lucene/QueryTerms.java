package dev.byline.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Turns text into the index's terms (English: lower-cased, stop words gone, stemmed), so questions and sentences compare like the index does. */
public final class QueryTerms {

    /**
     * Question words carry no topic: "Who ordered the troops out?" is about ordering troops, and "What happened in
     * Tonga?" about Tonga ("happen" is the question's form, not its subject).
     */
    private static final Set<String> QUESTION_WORDS = Set.of("who", "whom", "whose", "what", "when", "where", "why", "how",
            "which", "did", "do", "doe", "does", "ha", "has", "have", "had", "i", "me", "you", "we", "us", "tell", "about",
            "can", "could", "would", "should", "he", "she", "him", "her", "his", "hi", "it", "its", "wa", "were", "been", "am",
            "happen");

    private final Analyzer analyzer;
    private final String field;

    public QueryTerms(Analyzer analyzer, String field) {
        this.analyzer = analyzer;
        this.field = field;
    }

    /** Terms as the embedded index and the Solr configset analyse {@code field}: Lucene's English analysis. */
    public static QueryTerms english(String field) {
        return new QueryTerms(new EnglishAnalyzer(), field);
    }

    /** Distinct terms in text order, question words dropped. */
    public List<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String t = term.toString();
                if (!QUESTION_WORDS.contains(t)) terms.add(t);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(terms);
    }

    /** BM25's IDF of each term in {@code field}; a term the field never holds weighs as much as the rarest possible term. */
    public static java.util.Map<String, Double> weights(org.apache.lucene.index.IndexReader reader, String field, List<String> terms) throws IOException {
        java.util.Map<String, Double> weights = new java.util.LinkedHashMap<>();
        long docs = Math.max(1, reader.getDocCount(field));
        for (String t : terms) {
            int df = reader.docFreq(new org.apache.lucene.index.Term(field, t));
            weights.put(t, idf(docs, df));
        }
        return weights;
    }

    /** BM25's IDF of a term found in {@code df} of {@code docs} documents. */
    public static double idf(long docs, long df) {
        return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
    }
}
