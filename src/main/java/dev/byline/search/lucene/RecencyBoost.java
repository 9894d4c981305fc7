package dev.byline.search.lucene;

import dev.byline.index.Fields;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A score multiplier for questions asked as of a day: news from just before that day is what "this week"
 * means, so a passage published {@code d} days earlier gets {@code 1 + weight * 0.5^(d / halfLife)}.
 * Undated passages, and any published after the day, get 1.
 */
final class RecencyBoost extends DoubleValuesSource {

    /** Up to double the score for same-day news. */
    static final double WEIGHT = 1.0;
    static final double HALF_LIFE_DAYS = 7.0;

    private final long asOfDay;

    RecencyBoost(LocalDate asOf) {
        this.asOfDay = asOf.toEpochDay();
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        NumericDocValues published = DocValues.getNumeric(ctx.reader(), Fields.PUBLISHED);
        return new DoubleValues() {
            private double value = 1;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                value = 1;
                if (published.advanceExact(doc)) {
                    long days = asOfDay - published.longValue();
                    if (days >= 0) value = 1 + WEIGHT * Math.pow(0.5, days / HALF_LIFE_DAYS);
                }
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return DocValues.isCacheable(ctx, Fields.PUBLISHED);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecencyBoost other && other.asOfDay == asOfDay;
    }

    @Override
    public int hashCode() {
        return Objects.hash(RecencyBoost.class, asOfDay);
    }

    @Override
    public String toString() {
        return "recency(asOf=" + LocalDate.ofEpochDay(asOfDay) + ", halfLife=" + HALF_LIFE_DAYS + "d)";
    }
}
