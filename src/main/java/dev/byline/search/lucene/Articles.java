package dev.byline.search.lucene;

import dev.byline.corpus.Article;
import dev.byline.index.Fields;
import dev.byline.index.lucene.IndexStore;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Looks articles up by id in the searchable view of the index. */
final class Articles {

    private final IndexStore store;

    Articles(IndexStore store) {
        this.store = store;
    }

    Optional<Article> find(String id) {
        return store.read("reading article " + id, searcher -> {
            TopDocs top = searcher.search(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.ARTICLE_ID, id)), Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE)), Occur.FILTER).build(), 1);
            if (top.scoreDocs.length == 0) return Optional.empty();
            return Optional.of(StoredHits.article(searcher.storedFields().document(top.scoreDocs[0].doc)));
        });
    }

    int count() {
        return store.articleCount();
    }
}
