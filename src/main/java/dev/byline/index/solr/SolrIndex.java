package dev.byline.index.solr;

import dev.byline.index.AnalyzedArticle;
import dev.byline.index.Fields;
import dev.byline.index.IndexBackend;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * {@link IndexBackend} on a SolrCloud collection. Every document of an article lives on one shard (see
 * {@link SolrDocuments}); replacing it deletes its documents by article id, then adds the new ones, and a commit makes
 * both visible at once. Unlike the
 * embedded index, several ingests may write at once (different files, different machines): the work is keyed by
 * article id and content hash, so every article ends up present once.
 */
public final class SolrIndex implements IndexBackend {

    private static final int PAGE = 1_000;

    private final SolrCollection collection;
    private final java.util.concurrent.atomic.AtomicLong commits = new java.util.concurrent.atomic.AtomicLong();

    public SolrIndex(SolrCollection collection) {
        this.collection = collection;
    }

    public SolrCollection collection() {
        return collection;
    }

    @Override
    public Map<String, Known> known() {
        Map<String, Known> known = new HashMap<>();
        SolrQuery q = new SolrQuery("*:*").addFilterQuery(Fields.KIND + ":" + Fields.KIND_ARTICLE)
                .setFields(Fields.ARTICLE_ID, Fields.HASH, Fields.ORIGIN).setRows(PAGE).setSort("id", SolrQuery.ORDER.asc);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse response = query(q, "reading the known articles");
            for (SolrDocument doc : response.getResults()) {
                known.put((String) doc.getFirstValue(Fields.ARTICLE_ID), new Known((String) doc.getFirstValue(Fields.HASH), (String) doc.getFirstValue(Fields.ORIGIN)));
            }
            String next = response.getNextCursorMark();
            if (next == null || next.equals(cursor)) return known;
            cursor = next;
        }
    }

    @Override
    public Writer open() {
        return new Writer() {
            @Override
            public void replace(AnalyzedArticle article) {
                // Two requests, the delete first: in one request SolrJ may send the adds before the delete.
                String id = article.article().id();
                delete(id);
                UpdateRequest update = new UpdateRequest();
                update.add(SolrDocuments.map(article));
                send(update, "cannot write article " + id);
            }

            @Override
            public void delete(String articleId) {
                UpdateRequest update = new UpdateRequest();
                update.setParam("_route_", SolrDocuments.route(articleId));
                update.deleteByQuery(Fields.ARTICLE_ID + ":" + quoted(articleId));
                send(update, "cannot delete article " + articleId);
            }

            @Override
            public void commit() {
                SolrIndex.this.commit();
            }

            @Override
            public void close() {
                commit();
            }
        };
    }

    /** Makes what was written durable and searchable on every shard. */
    void commit() {
        UpdateRequest update = new UpdateRequest();
        update.setAction(UpdateRequest.ACTION.COMMIT, true, true);
        send(update, "commit failed");
        commits.incrementAndGet();
    }

    /** How many commits this process has made; what searches cache is stale once it moves. */
    public long commits() {
        return commits.get();
    }

    @Override
    public void refresh() {
        // Searches on a cluster see every commit at once.
    }

    @Override
    public void followCommits(Duration every) {
        // Nothing to follow: commits are the cluster's.
    }

    @Override
    public java.util.Optional<String> unavailable() {
        return collection.unavailable();
    }

    @Override
    public String describe() {
        return collection.describe();
    }

    @Override
    public PendingVectors passagesWithoutVectors(int max) {
        SolrQuery q = new SolrQuery("*:*").addFilterQuery(Fields.KIND + ":" + Fields.KIND_PASSAGE, "-has_vector:true")
                .setFields(Fields.ARTICLE_ID, Fields.START, Fields.TEXT, Fields.PUBLISHED_TEXT, Fields.SOURCE)
                .setRows(Math.max(0, max)).setSort("id", SolrQuery.ORDER.asc);
        QueryResponse response = query(q, "reading passages without vectors");
        List<PendingPassage> batch = new ArrayList<>();
        for (SolrDocument doc : response.getResults()) {
            String published = (String) doc.getFirstValue(Fields.PUBLISHED_TEXT);
            batch.add(new PendingPassage((String) doc.getFirstValue(Fields.ARTICLE_ID), ((Number) doc.getFirstValue(Fields.START)).intValue(),
                    (String) doc.getFirstValue(Fields.TEXT), published == null ? null : LocalDate.parse(published), (String) doc.getFirstValue(Fields.SOURCE)));
        }
        return new PendingVectors(List.copyOf(batch), response.getResults().getNumFound());
    }

    /**
     * Sets each passage's vector in place (an atomic update); a passage whose article was replaced or deleted meanwhile
     * is skipped, not recreated ({@code _version_ = 1} asks that the document exist).
     */
    @Override
    public boolean addVectors(List<PassageVector> vectors) {
        if (vectors.isEmpty()) return true;
        UpdateRequest update = new UpdateRequest();
        update.setParam("failOnVersionConflicts", "false");
        for (PassageVector v : vectors) {
            SolrInputDocument doc = new SolrInputDocument();
            doc.setField("id", SolrDocuments.passageId(v.passage().articleId(), v.passage().start()));
            doc.setField("_version_", 1L);
            doc.setField("has_vector", Map.of("set", true));
            if (v.vector() != null) {
                List<Float> values = new ArrayList<>(v.vector().length);
                for (float f : v.vector()) values.add(f);
                doc.setField(Fields.VECTOR, Map.of("set", values));
            }
            update.add(doc);
        }
        send(update, "cannot store vectors");
        commit();
        return true;
    }

    /** Runs a query on the collection, retried for a few seconds while a node is down; a failure says what was being done and where. */
    public QueryResponse query(SolrQuery q, String what) {
        return collection.retrying(what, SolrCollection.READ_PATIENCE_MILLIS, () -> collection.client().query(collection.name(), q));
    }

    /** Any read request on the collection (the terms component, say), retried as queries are. */
    public org.apache.solr.common.util.NamedList<Object> request(org.apache.solr.client.solrj.SolrRequest<?> request, String what) {
        return collection.retrying(what, SolrCollection.READ_PATIENCE_MILLIS, () -> collection.client().request(request, collection.name()));
    }

    private void send(UpdateRequest update, String what) {
        collection.retrying(what, SolrCollection.WRITE_PATIENCE_MILLIS, () -> update.process(collection.client(), collection.name()));
    }

    /** A value as a Solr query term: quoted, with quotes and backslashes escaped. */
    public static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public void close() {
        collection.close();
    }
}
