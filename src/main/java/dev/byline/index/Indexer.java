package dev.byline.index;

import dev.byline.attribution.Attribution;
import dev.byline.corpus.Article;
import dev.byline.corpus.CorpusReader;
import dev.byline.corpus.CorpusSink;
import dev.byline.corpus.ReadProblem;
import dev.byline.corpus.SourcedArticle;
import dev.byline.index.IndexBackend.Known;
import dev.byline.nlp.text.Passages;
import dev.byline.nlp.text.Passages.Passage;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Ingests files into the index: incremental (an unchanged article costs no indexing), idempotent (ids are
 * stable, so re-ingesting replaces), and crash-safe (Lucene commits are atomic; a killed ingest leaves the
 * last commit, and running it again completes the work because committed articles are then unchanged).
 */
public final class Indexer {

    /** Bump when the documents an article maps to change, so the next ingest rebuilds every article. */
    static final String MAPPING_VERSION = "5"; // 3: quotes from the learned attribution taggers; 4: content leads, signed quotes, transcripts; 5: speakers by salience, with confidence
    /** A killed ingest loses at most this much work (the property exists for the crash test). */
    static final long COMMIT_EVERY_MILLIS = Long.getLong("byline.commit.millis", 30_000);

    private final IndexBackend store;
    private final Passages passages;
    private final Function<Article, List<Attribution>> attributions;
    private final CorpusReader reader;
    private final int threads;

    private final MeterRegistry metrics;
    /** Time per article in each stage, summed over worker threads: text analysis and extraction, then the store's write. */
    private final Timer analyseTime;
    private final Timer writeTime;

    private static Timer stage(MeterRegistry metrics, String stage) {
        return Timer.builder("byline.ingest.stage").tag("stage", stage).description("Per-article time in each ingest stage").register(metrics);
    }

    /** @param attributions finds an article's quotes; null indexes articles without them */
    public Indexer(IndexBackend store, Passages passages, Function<Article, List<Attribution>> attributions, CorpusReader reader, int threads) {
        this(store, passages, attributions, reader, threads, new CompositeMeterRegistry());
    }

    /** The same, counting ingested articles by outcome and problems ({@code byline.ingest.*}) in {@code metrics}. */
    public Indexer(IndexBackend store, Passages passages, Function<Article, List<Attribution>> attributions, CorpusReader reader, int threads,
                   MeterRegistry metrics) {
        this.metrics = metrics;
        this.analyseTime = stage(metrics, "analyse");
        this.writeTime = stage(metrics, "write");
        this.store = store;
        this.passages = passages;
        this.attributions = attributions;
        this.reader = reader;
        this.threads = Math.max(1, threads);
    }

    /** Reads {@code roots}, indexes what is new or changed, and with {@code prune} drops articles whose file left a root folder. */
    public IngestReport ingest(List<Path> roots, boolean prune, IngestListener listener) {
        long started = System.nanoTime();
        Map<String, Known> known = store.known();
        listener.started(reader.estimate(roots));
        Counters counts = new Counters();
        Set<String> seenIds = ConcurrentHashMap.newKeySet();
        Set<String> seenFiles = ConcurrentHashMap.newKeySet();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().name("ingest-", 0).factory());
        Semaphore inFlight = new Semaphore(threads * 64);

        try (IndexBackend.Writer writer = store.open()) {
            AtomicLong lastCommit = new AtomicLong(System.currentTimeMillis());
            reader.read(roots, new CorpusSink() {
                @Override
                public void article(SourcedArticle sourced) {
                    if (failure.get() != null) throw failure.get();
                    Article article = sourced.article();
                    String origin = sourced.file().toAbsolutePath().normalize().toString();
                    seenFiles.add(origin);
                    String hash = hash(article);
                    Known before = known.get(article.id());
                    boolean firstThisRun = seenIds.add(article.id());
                    if (firstThisRun && before != null && before.hash().equals(hash)) {
                        counts.unchanged.incrementAndGet();
                        listener.progressed(counts.done.incrementAndGet());
                        return;
                    }
                    if (!firstThisRun) {
                        problem(new ReadProblem(sourced.file(), sourced.line(), "duplicate article id '" + article.id() + "'; this record replaces the earlier one"));
                    }
                    inFlight.acquireUninterruptibly();
                    pool.execute(() -> {
                        try {
                            long t0 = System.nanoTime();
                            AnalyzedArticle analyzed = analyse(sourced, origin, hash);
                            long t1 = System.nanoTime();
                            writer.replace(analyzed);
                            analyseTime.record(t1 - t0, TimeUnit.NANOSECONDS);
                            writeTime.record(System.nanoTime() - t1, TimeUnit.NANOSECONDS);
                            (before == null && firstThisRun ? counts.added : counts.updated).incrementAndGet();
                            listener.progressed(counts.done.incrementAndGet());
                        } catch (RuntimeException | Error e) {
                            // An Error (out of memory above all) fails the ingest too, rather than losing the article silently.
                            failure.compareAndSet(null, new IllegalStateException("indexing " + article.id() + " failed: " + e.getMessage(), e));
                        } finally {
                            inFlight.release();
                        }
                    });
                    commitWhenDue(writer, lastCommit);
                }

                // A fault in quote extraction on one article's text costs that article its quotes, not the ingest.
                // Extraction runs here, on the worker threads, so articles are analysed in parallel.
                private AnalyzedArticle analyse(SourcedArticle sourced, String origin, String hash) {
                    Article article = sourced.article();
                    List<Passage> cut = passages.cut(article.text());
                    List<Attribution> found = List.of();
                    try {
                        if (attributions != null) found = attributions.apply(article);
                    } catch (RuntimeException e) {
                        problem(new ReadProblem(sourced.file(), sourced.line(), "article '" + article.id()
                                + "' indexed without quotes: extracting them failed (" + e + ")", false));
                    }
                    return new AnalyzedArticle(article, origin, hash, cut, found);
                }

                @Override
                public void problem(ReadProblem problem) {
                    counts.problems.incrementAndGet();
                    if (problem.skipped()) counts.skipped.incrementAndGet();
                    listener.problem(problem);
                }
            });
            drain(pool);
            if (failure.get() != null) throw failure.get();
            if (prune) counts.pruned.addAndGet(prune(writer, roots, known, seenFiles));
            writer.commit();
        } finally {
            pool.shutdownNow();
        }
        store.refresh();
        IngestReport report = new IngestReport(counts.added.get(), counts.updated.get(), counts.unchanged.get(),
                counts.skipped.get(), counts.pruned.get(), counts.problems.get(), (System.nanoTime() - started) / 1e9);
        record(report);
        listener.finished(report);
        return report;
    }

    private void record(IngestReport report) {
        metrics.counter("byline.ingest.articles", "outcome", "added").increment(report.added());
        metrics.counter("byline.ingest.articles", "outcome", "updated").increment(report.updated());
        metrics.counter("byline.ingest.articles", "outcome", "unchanged").increment(report.unchanged());
        metrics.counter("byline.ingest.articles", "outcome", "skipped").increment(report.skipped());
        metrics.counter("byline.ingest.articles", "outcome", "pruned").increment(report.pruned());
        metrics.counter("byline.ingest.problems").increment(report.problems());
    }

    /** Commits at most every COMMIT_EVERY_MILLIS, after the queued work is written, so a crash loses little. */
    private static void commitWhenDue(IndexBackend.Writer writer, AtomicLong lastCommit) {
        long now = System.currentTimeMillis();
        if (now - lastCommit.get() < COMMIT_EVERY_MILLIS) return;
        lastCommit.set(now);
        writer.commit();
    }

    private static void drain(ExecutorService pool) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(1, TimeUnit.HOURS)) throw new IllegalStateException("indexing did not finish within an hour");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        }
    }

    /** Deletes articles that came from a file under one of the root folders which this run did not see. */
    private static long prune(IndexBackend.Writer writer, List<Path> roots, Map<String, Known> known, Set<String> seenFiles) {
        List<String> folders = roots.stream().filter(Files::isDirectory)
                .map(r -> r.toAbsolutePath().normalize().toString()).toList();
        long pruned = 0;
        for (Map.Entry<String, Known> entry : known.entrySet()) {
            String origin = entry.getValue().origin();
            if (origin == null || seenFiles.contains(origin)) continue;
            if (folders.stream().anyMatch(folder -> Path.of(origin).startsWith(folder))) {
                writer.delete(entry.getKey());
                pruned++;
            }
        }
        return pruned;
    }

    /** Content hash over every field and the mapping version: any change re-indexes the article. */
    static String hash(Article article) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object part : new Object[] {MAPPING_VERSION, article.id(), article.title(), article.source(),
                    article.published(), article.url(), article.author(), article.text()}) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Counters {
        final AtomicLong added = new AtomicLong(), updated = new AtomicLong(), unchanged = new AtomicLong();
        final AtomicLong skipped = new AtomicLong(), pruned = new AtomicLong(), problems = new AtomicLong();
        final AtomicLong done = new AtomicLong();
    }
}
