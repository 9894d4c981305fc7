package dev.byline.attribution.training;

import dev.byline.corpus.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Which gold articles a training holds out to score itself on: three folds spread through the file, or the latest. */
public final class Folds {

    /** The fold that keeps out the articles published last instead of a spread. */
    public static final String LATEST = "latest";

    private Folds() {}

    /**
     * {@code n} of {@code ids}, evenly spaced through the list. PolNeAR's files are sorted by outlet, so the last n
     * would all come from one outlet; spread out, the held-out articles mix outlets as the dev split does. Each of the
     * three folds takes one article from every stretch of {@code ids.size() / n}, at its middle (fold 0), its first
     * quarter (1) or its third quarter (2), so folds are disjoint while a stretch holds four articles or more. Two trainings whose scores differ by a few tenths on one fold can rank the other way on
     * another; the other folds tell such a difference from the noise of which articles were held out.
     */
    public static java.util.Set<String> spread(List<String> ids, int n, int fold) {
        double offset = FOLD_OFFSETS[fold];
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (int j = 0; j < n; j++) out.add(ids.get((int) ((j + offset) * ids.size() / n)));
        return out;
    }

    private static final double[] FOLD_OFFSETS = {0.5, 0.25, 0.75};

    /** The {@code n} of {@code ids} that fold {@code fold} (0, 1, 2 or {@link #LATEST}) holds out; {@code articles} date them. */
    public static java.util.Set<String> heldOut(List<String> ids, int n, String fold, List<Article> articles) {
        if (!fold.equals(LATEST)) return spread(ids, n, Integer.parseInt(fold));
        Map<String, java.time.LocalDate> published = new java.util.HashMap<>();
        for (Article a : articles) if (a.published() != null) published.put(a.id(), a.published());
        return latest(ids, n, published::get);
    }

    /**
     * The {@code n} of {@code ids} published last ({@code published} gives each id's day; ids without one count as
     * earliest), ties going to the later in the list. PolNeAR's dev split is the month after the train split, and its
     * test split the month after that: a model judged on articles from the months it was trained on meets no such
     * gap. On PolNeAR's train split the 84 latest run from 2016-08-08 to 2016-09-07 and happen to give 12 per outlet.
     */
    public static java.util.Set<String> latest(List<String> ids, int n, java.util.function.Function<String, java.time.LocalDate> published) {
        List<String> byDay = new ArrayList<>(ids);
        // List.sort is stable, so articles of one day keep their order in the file.
        byDay.sort(java.util.Comparator.comparing(published, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        return new java.util.LinkedHashSet<>(byDay.subList(byDay.size() - n, byDay.size()));
    }
}
