package dev.byline.index;

/** What an ingest did, for the closing summary line. */
public record IngestReport(long added, long updated, long unchanged, long skipped, long pruned, long problems, double seconds) {

    public long seen() {
        return added + updated + unchanged;
    }

    /** Articles read per second, unchanged ones included. */
    public double articlesPerSecond() {
        return seconds <= 0 ? 0 : seen() / seconds;
    }

    /** True when the ingest found nothing it could use: the one case the command fails. */
    public boolean foundNothing() {
        return seen() == 0;
    }
}
