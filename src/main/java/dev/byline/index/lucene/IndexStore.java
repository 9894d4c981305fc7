package dev.byline.index.lucene;

import dev.byline.index.AnalyzedArticle;
import dev.byline.index.Fields;
import dev.byline.index.IndexBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The on-disk index's lifecycle: opens (or creates) it, hands out searchers through a {@link SearcherManager},
 * and opens short-lived writers for ingests. Serving holds no writer, so an ingest in another process can
 * write while this one serves; {@link #startRefreshing} makes its commits visible.
 */
public final class IndexStore implements IndexBackend {

    /** Lucene reports its vectorisation set-up through java.util.logging; users need not see it. Held so the level sticks. */
    private static final java.util.logging.Logger VECTOR_SETUP_LOG = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    static {
        VECTOR_SETUP_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private final Path path;
    private final Directory directory;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final SearcherManager searchers;
    private ScheduledExecutorService refresher;

    private IndexStore(Path path, Directory directory) throws IOException {
        this.path = path;
        this.directory = directory;
        this.searchers = new SearcherManager(directory, null);
    }

    /** Opens the index at {@code path}, creating an empty one when the folder holds none. */
    public static IndexStore open(Path path) {
        try {
            Files.createDirectories(path);
            Directory directory = FSDirectory.open(path);
            if (!org.apache.lucene.index.DirectoryReader.indexExists(directory)) {
                try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new EnglishAnalyzer()))) {
                    writer.commit();
                }
            }
            return new IndexStore(path, directory);
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("the index at " + path + " is being created by another process; try again when it is done", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index at " + path + ": " + e.getMessage(), e);
        }
    }

    public Path path() {
        return path;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    public SearcherManager searchers() {
        return searchers;
    }

    /**
     * A writer for one ingest. Only one writer may hold an index at a time (Lucene's write lock), so a second
     * concurrent ingest fails here with a clear message. Closing it commits what was written (Lucene's default).
     */
    @Override
    public Writer open() {
        IndexWriter writer = openWriter();
        return new Writer() {
            @Override
            public void replace(AnalyzedArticle article) {
                try {
                    writer.updateDocuments(new Term(Fields.ARTICLE_ID, article.article().id()), ArticleDocuments.map(article));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write article " + article.article().id() + " to " + path + ": " + e.getMessage(), e);
                }
            }

            @Override
            public void delete(String articleId) {
                try {
                    writer.deleteDocuments(new Term(Fields.ARTICLE_ID, articleId));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete article " + articleId + " from " + path + ": " + e.getMessage(), e);
                }
            }

            @Override
            public void commit() {
                try {
                    writer.commit();
                } catch (IOException e) {
                    throw new UncheckedIOException("commit to " + path + " failed: " + e.getMessage(), e);
                }
            }

            @Override
            public void close() {
                try {
                    writer.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot close the index at " + path + ": " + e.getMessage(), e);
                }
            }
        };
    }

    public IndexWriter openWriter() {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128);
        try {
            return new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("another ingest is writing to " + path + "; wait for it to finish", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index at " + path + " for writing: " + e.getMessage(), e);
        }
    }

    /** Something read from one searcher of the searchable view. */
    @FunctionalInterface
    public interface Read<T> {
        T from(IndexSearcher searcher) throws IOException;
    }

    /** Runs {@code read} on a searcher acquired for it and released after; a failure says what was being done. */
    public <T> T read(String doing, Read<T> read) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.from(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(doing + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, Known> known() {
        refresh();
        return read("reading the articles in " + path, searcher -> {
            Map<String, Known> known = new HashMap<>();
            TermQuery articles = new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE));
            int total = Math.max(1, searcher.count(articles));
            TopDocs top = searcher.search(articles, total);
            StoredFields stored = searcher.storedFields();
            Set<String> wanted = new HashSet<>(List.of(Fields.ARTICLE_ID, Fields.HASH, Fields.ORIGIN));
            for (ScoreDoc hit : top.scoreDocs) {
                Document doc = stored.document(hit.doc, wanted);
                known.put(doc.get(Fields.ARTICLE_ID), new Known(doc.get(Fields.HASH), doc.get(Fields.ORIGIN)));
            }
            return known;
        });
    }

    @Override
    public PendingVectors passagesWithoutVectors(int max) {
        return read("finding passages without vectors in " + path, searcher -> VectorDocuments.pending(searcher, max));
    }

    /**
     * Takes the writer only for this write, so an ingest in another process is kept waiting a moment at most; under
     * the write lock, a vector whose passage an ingest has meanwhile replaced or removed is dropped, not stored.
     */
    @Override
    public boolean addVectors(List<PassageVector> vectors) {
        IndexWriter writer;
        try {
            writer = openWriter();
        } catch (IllegalStateException locked) {
            return false;
        }
        try (writer) {
            refresh();
            List<PassageVector> current = read("checking passages in " + path, searcher -> {
                List<PassageVector> still = new java.util.ArrayList<>();
                for (PassageVector v : vectors) if (VectorDocuments.current(searcher, v.passage())) still.add(v);
                return still;
            });
            for (PassageVector v : current) {
                writer.updateDocument(new Term(Fields.VECTOR_KEY, VectorDocuments.key(v.passage().articleId(), v.passage().start())), VectorDocuments.map(v));
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write vectors to " + path + ": " + e.getMessage(), e);
        }
        refresh();
        return true;
    }

    @Override
    public String describe() {
        return path.toString();
    }

    /** Makes the latest commit visible to searches. */
    @Override
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the index at " + path, e);
        }
    }

    /** Polls for commits made by other processes (an ingest beside a running server). */
    @Override
    public synchronized void followCommits(Duration every) {
        long everyMillis = every.toMillis();
        if (refresher != null) return;
        refresher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("index-refresh").factory());
        refresher.scheduleWithFixedDelay(() -> {
            try {
                searchers.maybeRefresh();
            } catch (IOException | RuntimeException e) {
                System.err.println("byline: index refresh failed: " + e.getMessage());
            }
        }, everyMillis, everyMillis, TimeUnit.MILLISECONDS);
    }

    /** Number of documents of one kind ({@link Fields#KIND_ARTICLE}, passage, quote) in the searchable view. */
    public long count(String kind) {
        return read("counting " + kind + " documents in " + path, searcher -> searcher.count(new TermQuery(new Term(Fields.KIND, kind))));
    }

    /** Number of articles in the searchable view. */
    public int articleCount() {
        return read("counting the articles in " + path, searcher -> searcher.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE))));
    }

    @Override
    public synchronized void close() throws IOException {
        if (refresher != null) refresher.shutdownNow();
        searchers.close();
        directory.close();
    }
}
