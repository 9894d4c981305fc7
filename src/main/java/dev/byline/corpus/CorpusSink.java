package dev.byline.corpus;

/**
 * Receives what {@link CorpusReader} finds, one article or problem at a time, so a corpus never has to fit in memory.
 * Exceptions thrown here are not bad input: they stop the read and reach the caller.
 */
public interface CorpusSink {

    void article(SourcedArticle article);

    void problem(ReadProblem problem);
}
