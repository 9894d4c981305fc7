package dev.byline.search.lucene;

import dev.byline.index.IndexBackend;
import dev.byline.index.lucene.IndexStore;
import dev.byline.search.SearchBackend;
import dev.byline.testing.BackendContract;
import java.nio.file.Path;

/** The embedded Lucene index passes the backend contract. */
class LuceneBackendTest extends BackendContract {

    @Override
    protected IndexBackend openIndex(Path dir) {
        return IndexStore.open(dir);
    }

    @Override
    protected SearchBackend openSearch(IndexBackend index) {
        return new LuceneSearch((IndexStore) index);
    }
}
