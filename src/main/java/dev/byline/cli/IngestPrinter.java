package dev.byline.cli;

import dev.byline.corpus.ReadProblem;
import dev.byline.index.IngestListener;
import dev.byline.index.IngestReport;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Shows an ingest's progress: a live line (count, articles/s, ETA) on a terminal, a plain line every
 * few seconds otherwise; problems as "file:line: message" (the first hundred, then a count); a closing summary.
 */
final class IngestPrinter implements IngestListener {

    static final int MAX_PROBLEM_LINES = 100;

    private final PrintStream out;
    private final boolean live;
    private final long intervalMillis;
    private long started;
    private long estimate;
    private long lastPrint;
    private long problemsShown;
    private long problemsHidden;

    IngestPrinter(PrintStream out, boolean live) {
        this.out = out;
        this.live = live;
        this.intervalMillis = live ? 250 : 10_000;
    }

    @Override
    public synchronized void started(long estimatedArticles) {
        started = System.nanoTime();
        estimate = estimatedArticles;
        lastPrint = System.currentTimeMillis();
    }

    @Override
    public synchronized void progressed(long done) {
        long now = System.currentTimeMillis();
        if (now - lastPrint < intervalMillis) return;
        lastPrint = now;
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder line = new StringBuilder(String.format("%,d", done));
        if (estimate > 0) line.append(String.format(" / ~%,d articles", Math.max(estimate, done)));
        else line.append(" articles");
        line.append(String.format(" · %,.0f/s", rate));
        if (estimate > done && rate > 0) line.append(" · ETA ").append(clock((long) ((estimate - done) / rate)));
        if (live) out.print("\r" + line + "   ");
        else out.println("ingest: " + line);
        out.flush();
    }

    @Override
    public synchronized void problem(ReadProblem problem) {
        if (problemsShown >= MAX_PROBLEM_LINES) {
            problemsHidden++;
            return;
        }
        problemsShown++;
        if (live) out.print("\r");
        out.println(problem.file() + (problem.line() > 0 ? ":" + problem.line() : "") + ": " + problem.message());
    }

    @Override
    public synchronized void finished(IngestReport r) {
        if (live) out.print("\r");
        if (problemsHidden > 0) out.printf("... and %,d more problems%n", problemsHidden);
        out.printf("added %,d, updated %,d, unchanged %,d, skipped %,d%s in %.1f s (%,.0f articles/s)%n",
                r.added(), r.updated(), r.unchanged(), r.skipped(), r.pruned() > 0 ? String.format(", pruned %,d", r.pruned()) : "",
                r.seconds(), r.articlesPerSecond());
    }

    static String clock(long seconds) {
        Duration d = Duration.ofSeconds(seconds);
        return d.toHours() > 0 ? String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : String.format("%d:%02d", d.toMinutesPart(), d.toSecondsPart());
    }
}
