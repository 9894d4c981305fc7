package dev.byline.index;

import dev.byline.corpus.ReadProblem;

/** Hears an ingest's progress; the CLI prints it, tests collect it. Called from several threads. */
public interface IngestListener {

    /** Called once before reading, with the estimated number of articles (0 when unknown). */
    default void started(long estimatedArticles) {}

    /** Called after each article is read (indexed or found unchanged), with the running count. */
    default void progressed(long articlesDone) {}

    default void problem(ReadProblem problem) {}

    default void finished(IngestReport report) {}

    IngestListener SILENT = new IngestListener() {};
}
