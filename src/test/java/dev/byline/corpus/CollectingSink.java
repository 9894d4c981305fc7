package dev.byline.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything, for tests; reads roots through a fresh {@link CorpusReader}. */
final class CollectingSink implements CorpusSink {

    final List<SourcedArticle> sourced = new ArrayList<>();
    final List<ReadProblem> problems = new ArrayList<>();

    static CollectingSink read(Path... roots) {
        CollectingSink sink = new CollectingSink();
        new CorpusReader().read(List.of(roots), sink);
        return sink;
    }

    @Override
    public void article(SourcedArticle article) {
        sourced.add(article);
    }

    @Override
    public void problem(ReadProblem problem) {
        problems.add(problem);
    }

    List<Article> articles() {
        return sourced.stream().map(SourcedArticle::article).toList();
    }

    Article only() {
        if (sourced.size() != 1) throw new AssertionError("expected one article, got " + sourced.size() + "; problems " + problems);
        return sourced.getFirst().article();
    }
}
