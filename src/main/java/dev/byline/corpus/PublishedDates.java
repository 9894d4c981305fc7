package dev.byline.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * Reads the publication dates found in news data into a day. A date-time keeps the date as written in its own
 * offset ({@code 2016-03-14T23:30:00-05:00} is March 14, not the UTC March 15), because that is the day the
 * outlet's readers saw on the page.
 */
public final class PublishedDates {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ISO_DATE,                  // 2016-03-14, also 2016-03-14Z
            DateTimeFormatter.ISO_DATE_TIME,             // with offset, Z, zone id, or local
            DateTimeFormatter.RFC_1123_DATE_TIME,        // Mon, 14 Mar 2016 10:00:00 GMT (RSS)
            pattern("uuuu-MM-dd'T'HH:mm[:ss][.SSS]XX"),  // +0000 without a colon, common in meta tags
            pattern("uuuu-MM-dd HH:mm[:ss][XXX][XX]"),
            pattern("uuuu/MM/dd"),
            pattern("[EEEE, ]MMMM d, uuuu"),
            pattern("[EEE, ]MMM d, uuuu"),
            pattern("d MMMM uuuu"),
            pattern("d MMM uuuu"));

    private PublishedDates() {}

    /**
     * The day in {@code text}: ISO date or date-time (with offset, Z or local), RFC 1123, {@code March 14, 2016},
     * {@code Mar 14, 2016}, {@code 14 March 2016}, {@code 2016/03/14}. Surrounding whitespace is ignored.
     *
     * @throws DateTimeParseException   when no known form matches, message {@code unparseable date 'text'}
     * @throws IllegalArgumentException when text is null or blank
     */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("date is blank");
        String trimmed = text.strip();
        for (DateTimeFormatter format : FORMATS) {
            try {
                return LocalDate.from(format.parse(trimmed));
            } catch (DateTimeParseException tryNext) {
                // the forms are tried in turn; only the last failure matters
            }
        }
        throw new DateTimeParseException("unparseable date '" + trimmed + "'", trimmed, 0);
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }
}
