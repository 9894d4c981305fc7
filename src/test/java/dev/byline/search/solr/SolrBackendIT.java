package dev.byline.search.solr;

import dev.byline.index.IndexBackend;
import dev.byline.index.solr.SolrCollection;
import dev.byline.index.solr.SolrIndex;
import dev.byline.search.SearchBackend;
import dev.byline.testing.BackendContract;
import dev.byline.testing.SolrClusters;
import java.nio.file.Path;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.junit.jupiter.api.BeforeAll;

/** A SolrCloud collection of 2 shards of 2 replicas on 3 real nodes passes the backend contract. */
class SolrBackendIT extends BackendContract {

    private static final String COLLECTION = "contract";

    @BeforeAll
    static void collection() {
        try (SolrCollection c = SolrClusters.freshCollection(COLLECTION)) {
            // made once; each test empties it
        }
    }

    @Override
    protected IndexBackend openIndex(Path dir) {
        SolrCollection collection = SolrCollection.connect(SolrClusters.shared().address(), COLLECTION);
        try {
            new UpdateRequest().deleteByQuery("*:*").commit(collection.client(), COLLECTION);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new SolrIndex(collection);
    }

    @Override
    protected SearchBackend openSearch(IndexBackend index) {
        return new SolrSearch((SolrIndex) index, null);
    }
}
