package dev.byline.attribution;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * When something was said, as far as the article tells it. Parts the text does not give stay null rather than
 * being guessed: an undated article saying "March 14" yields month 3, day 14 and no year.
 *
 * @param year      null when unknown
 * @param month     1-12, null when unknown
 * @param day       1-31, null when unknown
 * @param precision what the date stands for; {@link DatePrecision#UNKNOWN} has no parts at all; an
 *                  {@link DatePrecision#APPROXIMATE} date has a year, except one inferred in an undated article,
 *                  which has a month and day only
 */
public record SaidWhen(Integer year, Integer month, Integer day, DatePrecision precision) {

    public static final SaidWhen UNKNOWN = new SaidWhen(null, null, null, DatePrecision.UNKNOWN);

    public SaidWhen {
        Objects.requireNonNull(precision, "precision");
        if (month != null && (month < 1 || month > 12)) throw new IllegalArgumentException("month " + month);
        if (day != null && (day < 1 || day > 31)) throw new IllegalArgumentException("day " + day);
        if (day != null && month == null) throw new IllegalArgumentException("a day needs a month");
        switch (precision) {
            case UNKNOWN -> {
                if (year != null || month != null) throw new IllegalArgumentException("an unknown date has no parts");
            }
            case DAY -> {
                if (day == null) throw new IllegalArgumentException("day precision needs a day");
            }
            case MONTH -> {
                if (month == null || day != null) throw new IllegalArgumentException("month precision needs a month only");
            }
            case YEAR -> {
                if (year == null || month != null) throw new IllegalArgumentException("year precision needs a year only");
            }
            case APPROXIMATE -> {
                if (year == null && day == null) {
                    throw new IllegalArgumentException("an approximate date needs a year, or a month and day");
                }
            }
        }
    }

    public static SaidWhen day(LocalDate date) {
        return new SaidWhen(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), DatePrecision.DAY);
    }

    public static SaidWhen approximately(LocalDate date) {
        return new SaidWhen(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), DatePrecision.APPROXIMATE);
    }

    /** The calendar day, or null when any part is unknown. */
    public LocalDate date() {
        return year == null || month == null || day == null ? null : LocalDate.of(year, month, day);
    }

    /**
     * For people: "March 14, 2016", "March 14" (year unknown), "2016-03", "2016", "about March 14, 2016", "about March 14"
     * (inferred in an undated article), "unknown".
     */
    public String display() {
        return switch (precision) {
            case UNKNOWN -> "unknown";
            case YEAR -> String.valueOf(year);
            case MONTH -> year == null ? monthName() : "%d-%02d".formatted(year, month);
            case DAY -> year == null ? monthName() + " " + day : monthName() + " " + day + ", " + year;
            case APPROXIMATE -> "about " + (year == null ? monthName() + " " + day
                    : day != null ? monthName() + " " + day + ", " + year
                    : month != null ? "%d-%02d".formatted(year, month) : String.valueOf(year));
        };
    }

    /**
     * For machines: ISO 8601 as far as known ("2016-03-14", "2016-03", "2016"); the article's words when the year is
     * unknown ("March 14", "March"); null when nothing tells.
     */
    public String iso() {
        if (precision == DatePrecision.UNKNOWN) return null;
        if (year == null) {
            // The article's month and day, without the "about" that display() adds: the precision already says that.
            if (month == null) return null;
            return day == null ? monthName() : monthName() + " " + day;
        }
        if (month == null) return String.valueOf(year);
        if (day == null) return "%d-%02d".formatted(year, month);
        return "%d-%02d-%02d".formatted(year, month, day);
    }

    private String monthName() {
        return monthName(month);
    }

    /** "March" for 3. */
    public static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
