package dev.byline.search.solr;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.byline.corpus.Article;
import dev.byline.index.Embedder;
import dev.byline.index.Fields;
import dev.byline.index.lucene.ArticleDocuments;
import dev.byline.index.solr.SolrDocuments;
import dev.byline.index.solr.SolrIndex;
import dev.byline.search.Fusion;
import dev.byline.search.PassageHit;
import dev.byline.search.QuestionVectors;
import dev.byline.search.QuoteHit;
import dev.byline.search.QuoteQuery;
import dev.byline.search.QuoteResult;
import dev.byline.search.SearchBackend;
import dev.byline.search.SearchFilter;
import dev.byline.search.SearchResult;
import dev.byline.search.lucene.QueryTerms;
import dev.byline.search.lucene.StoredHits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * {@link SearchBackend} on a SolrCloud collection, asking the cluster what the embedded index's searchers ask Lucene:
 * the same terms (Byline analyses the question and sends index terms), the same clauses and boosts, BM25 over the
 * whole collection's statistics (the configset's exact stats cache), the same recency multiplier as a function, and
 * with vectors the same reciprocal rank fusion. So the two backends give the same answers, apart from score ties.
 */
public final class SolrSearch implements SearchBackend {

    /** As in the embedded index: a title match says more than one word in the body; the words quoted more than the sentence around them. */
    static final float TITLE_BOOST = 1.5f;
    static final float CONTEXT_BOOST = 0.6f;
    /** The recency multiplier's parameters, as in the embedded index: up to double for same-day news, halving weekly. */
    static final double RECENCY_WEIGHT = 1.0;
    static final double HALF_LIFE_DAYS = 7.0;

    /** What a passage hit shows; not its vector. */
    private static final String PASSAGE_FIELDS = String.join(",", Fields.ARTICLE_ID, Fields.TITLE, Fields.SOURCE, Fields.PUBLISHED_TEXT,
            Fields.URL, Fields.TEXT, Fields.START, Fields.END, "score");

    private static final long COUNTS_FRESH_NANOS = 2_000_000_000L;

    private final SolrIndex index;
    private final QuestionVectors vectors;
    private final QueryTerms text = QueryTerms.english(Fields.TEXT);
    private final QueryTerms quoteWords = QueryTerms.english(Fields.QUOTE_TEXT);
    private final QueryTerms names = QueryTerms.english(Fields.SPEAKER);
    private volatile Counts counts;
    private volatile long countedAt;
    private volatile long countedAtCommit = -1;

    public SolrSearch(SolrIndex index, Embedder embedder) {
        this.index = index;
        this.vectors = new QuestionVectors(embedder);
    }

    @Override
    public SearchResult passages(String question, SearchFilter filter, int limit) {
        List<String> terms = text.of(question);
        int wanted = Math.min(Math.max(1, limit), MAX_LIMIT);
        Counts now = counts();
        Map<String, Double> weights = weights(Fields.TEXT, terms, now.articles() + now.passages());
        List<PassageHit> bm25 = new ArrayList<>();
        float[] vector = vectors.of(question);
        if (!terms.isEmpty()) {
            StringBuilder q = new StringBuilder();
            for (String t : terms) {
                String term = ClientUtils.escapeQueryChars(t);
                q.append(Fields.TEXT).append(':').append(term).append(' ').append(Fields.TITLE).append(':').append(term).append('^').append(TITLE_BOOST).append(' ');
            }
            SolrQuery query = new SolrQuery();
            if (filter.asOf() == null) {
                query.setQuery(q.toString().strip());
            } else {
                query.setQuery("{!boost b=$recency v=$words}");
                query.set("words", q.toString().strip());
                query.set("recency", recency(filter.asOf().toEpochDay()));
            }
            query.addFilterQuery(Fields.KIND + ":" + Fields.KIND_PASSAGE);
            addFilters(query, filter);
            query.setRows(vector == null ? wanted : Math.max(wanted, Fusion.DEPTH)).set("fl", PASSAGE_FIELDS);
            for (SolrDocument doc : index.query(query, "search").getResults()) bm25.add(StoredHits.passage(StoredHits.document(SolrDocuments.values(doc)), score(doc)));
        }
        if (vector == null) return new SearchResult(bm25, weights);
        List<PassageHit> nearest;
        try {
            nearest = nearest(vector, filter, Math.max(wanted, Fusion.DEPTH));
        } catch (RuntimeException e) {
            vectors.failed(e);
            return new SearchResult(bm25.subList(0, Math.min(wanted, bm25.size())), weights);
        }
        return new SearchResult(Fusion.fuse(List.of(bm25, nearest), List.of(1.0, Fusion.VECTOR_WEIGHT), wanted), weights);
    }

    private List<PassageHit> nearest(float[] vector, SearchFilter filter, int k) {
        StringBuilder v = new StringBuilder("[");
        for (int i = 0; i < vector.length; i++) v.append(i == 0 ? "" : ",").append(vector[i]);
        SolrQuery query = new SolrQuery("{!knn f=" + Fields.VECTOR + " topK=" + k + "}" + v.append(']'));
        query.addFilterQuery(Fields.KIND + ":" + Fields.KIND_PASSAGE);
        addFilters(query, filter);
        query.setRows(k).set("fl", PASSAGE_FIELDS);
        List<PassageHit> hits = new ArrayList<>();
        for (SolrDocument doc : index.query(query, "search by meaning").getResults()) hits.add(StoredHits.passage(StoredHits.document(SolrDocuments.values(doc)), score(doc)));
        return hits;
    }

    /** The recency multiplier as a Solr function of the publication day: 1 + w * 0.5^(days / half-life), 1 for undated or later news. */
    static String recency(long asOfDay) {
        String days = "sub(" + asOfDay + "," + Fields.PUBLISHED + ")";
        return "if(exists(" + Fields.PUBLISHED + "),if(gte(" + days + ",0),sum(1,product(" + RECENCY_WEIGHT + ",pow(0.5,div(" + days + ","
                + HALF_LIFE_DAYS + ")))),1),1)";
    }

    /** Publication range, asOf and outlets as filter queries, as the embedded index filters. */
    static void addFilters(SolrQuery query, SearchFilter filter) {
        if (filter.from() != null || filter.to() != null) {
            String lo = filter.from() == null ? "*" : Long.toString(filter.from().toEpochDay());
            long hi = filter.to() == null ? Long.MAX_VALUE : filter.to().toEpochDay();
            if (filter.asOf() != null) hi = Math.min(hi, filter.asOf().toEpochDay());
            query.addFilterQuery(Fields.PUBLISHED + ":[" + lo + " TO " + (hi == Long.MAX_VALUE ? "*" : Long.toString(hi)) + "]");
        } else if (filter.asOf() != null) {
            query.addFilterQuery(Fields.PUBLISHED + ":[* TO " + filter.asOf().toEpochDay() + "] OR (*:* -" + Fields.PUBLISHED + ":[* TO *])");
        }
        if (!filter.sources().isEmpty()) {
            query.addFilterQuery(filter.sources().stream().map(s -> Fields.SOURCE_KEY + ":" + SolrIndex.quoted(ArticleDocuments.sourceKey(s)))
                    .collect(Collectors.joining(" OR ")));
        }
    }

    @Override
    public QuoteResult quotes(QuoteQuery query, SearchFilter filter, int limit) {
        return quotes(query, filter, limit, false);
    }

    @Override
    public QuoteResult latestQuotes(QuoteQuery query, SearchFilter filter, int limit) {
        return quotes(query, filter, limit, true);
    }

    private QuoteResult quotes(QuoteQuery query, SearchFilter filter, int limit, boolean newestFirst) {
        List<String> wordTerms = query.words() == null ? List.of() : quoteWords.of(query.words());
        List<String> nameTerms = query.speaker() == null ? List.of() : names.of(query.speaker());
        int n = Math.min(Math.max(1, limit), MAX_LIMIT);
        Map<String, Double> weights = weights(Fields.QUOTE_CONTEXT, wordTerms, counts().quotes());
        boolean nothingToMatch = (query.speaker() != null && nameTerms.isEmpty()) || (query.words() != null && wordTerms.isEmpty());
        if (nothingToMatch) return new QuoteResult(List.of(), weights);
        SolrQuery q = new SolrQuery();
        q.addFilterQuery(Fields.KIND + ":" + Fields.KIND_QUOTE);
        for (String t : nameTerms) q.addFilterQuery(Fields.SPEAKER + ":" + ClientUtils.escapeQueryChars(t));
        if (!nameTerms.isEmpty() && !query.withHedged()) q.addFilterQuery("-" + Fields.SPEAKER_HEDGED + ":true");
        if (wordTerms.isEmpty()) {
            q.setQuery("*:*^=0"); // filters only: every quote scores 0, as in the embedded index
        } else {
            StringBuilder said = new StringBuilder();
            for (String t : wordTerms) {
                String term = ClientUtils.escapeQueryChars(t);
                said.append(newestFirst ? "+(" : "(").append(Fields.QUOTE_TEXT).append(':').append(term).append(' ')
                        .append(Fields.QUOTE_CONTEXT).append(':').append(term).append('^').append(CONTEXT_BOOST).append(") ");
            }
            q.setQuery(said.toString().strip());
        }
        addFilters(q, filter);
        if (newestFirst || wordTerms.isEmpty()) q.setSort(Fields.SAID_DAY, SolrQuery.ORDER.desc).addSort("score", SolrQuery.ORDER.desc);
        q.setFields("*", "score").setRows(n);
        List<QuoteHit> hits = new ArrayList<>();
        for (SolrDocument doc : index.query(q, "quote search").getResults()) hits.add(StoredHits.quote(StoredHits.document(SolrDocuments.values(doc)), score(doc)));
        prefetchArticles(hits.stream().map(QuoteHit::articleId).toList());
        return new QuoteResult(hits, weights);
    }

    /**
     * An answer checks every quote it shows against its article: articles are fetched for all the hits of a search in
     * one request and kept a few seconds (dropped at once when this process commits), instead of one request per quote.
     * An article replaced by another process meanwhile can only make a quote fail its check and be left out.
     */
    private final Cache<String, Optional<Article>> articles = Caffeine.newBuilder().maximumSize(2_000).expireAfterWrite(Duration.ofSeconds(10)).build();
    private volatile long articlesAtCommit = -1;

    @Override
    public Optional<Article> article(String id) {
        freshArticles();
        Optional<Article> cached = articles.getIfPresent(id);
        if (cached != null) return cached;
        SolrQuery q = new SolrQuery("*:*").addFilterQuery(Fields.KIND + ":" + Fields.KIND_ARTICLE, Fields.ARTICLE_ID + ":" + SolrIndex.quoted(id)).setRows(1);
        q.set("_route_", SolrDocuments.route(id));
        var results = index.query(q, "reading article " + id).getResults();
        Optional<Article> article = results.isEmpty() ? Optional.empty() : Optional.of(StoredHits.article(StoredHits.document(SolrDocuments.values(results.getFirst()))));
        articles.put(id, article);
        return article;
    }

    // Reads the articles of these hits that are not cached, in one request.
    private void prefetchArticles(List<String> ids) {
        freshArticles();
        List<String> missing = ids.stream().distinct().filter(id -> articles.getIfPresent(id) == null).toList();
        if (missing.isEmpty()) return;
        SolrQuery q = new SolrQuery("*:*").addFilterQuery(Fields.KIND + ":" + Fields.KIND_ARTICLE,
                Fields.ARTICLE_ID + ":(" + missing.stream().map(SolrIndex::quoted).collect(Collectors.joining(" OR ")) + ")").setRows(missing.size());
        for (SolrDocument doc : index.query(q, "reading " + missing.size() + " articles").getResults()) {
            Article article = StoredHits.article(StoredHits.document(SolrDocuments.values(doc)));
            articles.put(article.id(), Optional.of(article));
        }
    }

    private void freshArticles() {
        long commit = index.commits();
        if (commit != articlesAtCommit) {
            articles.invalidateAll();
            articlesAtCommit = commit;
        }
    }

    @Override
    public int articleCount() {
        return (int) counts().articles();
    }

    /**
     * Articles, passages and quotes, counted in one request and kept for two seconds or until this process commits
     * (every question asks for them).
     */
    @Override
    public Counts counts() {
        Counts known = counts;
        long commit = index.commits();
        if (known != null && commit == countedAtCommit && System.nanoTime() - countedAt < COUNTS_FRESH_NANOS) return known;
        SolrQuery q = new SolrQuery("*:*").setRows(0).setFacet(true).addFacetField(Fields.KIND).setFacetMinCount(1);
        QueryResponse response = index.query(q, "counting documents");
        Map<String, Long> byKind = new LinkedHashMap<>();
        FacetField kinds = response.getFacetField(Fields.KIND);
        if (kinds != null) kinds.getValues().forEach(c -> byKind.put(c.getName(), c.getCount()));
        Counts fresh = new Counts(byKind.getOrDefault(Fields.KIND_ARTICLE, 0L), byKind.getOrDefault(Fields.KIND_PASSAGE, 0L), byKind.getOrDefault(Fields.KIND_QUOTE, 0L));
        counts = fresh;
        countedAt = System.nanoTime();
        countedAtCommit = commit;
        return fresh;
    }

    @Override
    public List<String> terms(String question) {
        return text.of(question);
    }

    /** BM25's IDF of each term over the collection, from the terms component's document frequencies summed across shards. */
    private Map<String, Double> weights(String field, List<String> terms, long docs) {
        Map<String, Double> weights = new LinkedHashMap<>();
        if (terms.isEmpty()) return weights;
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("terms.fl", field);
        params.set("terms.list", terms.stream().map(t -> t.replace("\\", "\\\\").replace(",", "\\,")).collect(Collectors.joining(",")));
        params.set("terms.limit", -1);
        Map<String, Long> df = new LinkedHashMap<>();
        NamedList<Object> response = index.request(new GenericSolrRequest(SolrRequest.METHOD.GET, "/terms", params).setRequiresCollection(true), "reading term statistics");
        @SuppressWarnings("unchecked")
        NamedList<Object> all = (NamedList<Object>) response.get("terms");
        @SuppressWarnings("unchecked")
        NamedList<Object> ofField = all == null ? null : (NamedList<Object>) all.get(field);
        if (ofField != null) ofField.forEach((term, count) -> df.put(term, ((Number) count).longValue()));
        long n = Math.max(1, docs);
        for (String t : terms) weights.put(t, QueryTerms.idf(n, df.getOrDefault(t, 0L)));
        return weights;
    }

    private static float score(SolrDocument doc) {
        Object score = doc.getFieldValue("score");
        return score instanceof Number number && !Float.isNaN(number.floatValue()) ? number.floatValue() : 0;
    }
}
