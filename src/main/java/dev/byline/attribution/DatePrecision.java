package dev.byline.attribution;

/** How much of a {@link SaidWhen} the text actually tells. */
public enum DatePrecision {
    /** A named day ("March 14", "on Monday", "yesterday"); the year may still be unknown. */
    DAY,
    /** A month ("last month", "in March 2016"). */
    MONTH,
    /** A year only ("in 2015"). */
    YEAR,
    /** No date in the text: the publication date stands in, or a vague phrase ("last week", "recently"). */
    APPROXIMATE,
    /** Neither the text nor the article metadata gives a date. */
    UNKNOWN
}
