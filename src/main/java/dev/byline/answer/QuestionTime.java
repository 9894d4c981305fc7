package dev.byline.answer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a question names, read against the day it is asked: "this week", "last month", "yesterday", "on Monday",
 * "in March 2016", "since February 24", "last year" become a window of days; "recently" and "latest" a preference
 * for recent news without a window. Only what the words say: a day counts only with "on", "by", "during" or "since"
 * before it ("on March 14"; "the January 6 attack" names an event, not when the news came out), a month only with a
 * year after it or such a word before it ("Theresa May" and "they march" are no dates), and a holiday is no date.
 * A date the question names ("on March 14", "in March 2016", "in 2020") may be the news's or the event's, so it
 * only bounds the window below: news of it comes out that day or later. Relative times ("this week", "yesterday",
 * "last month", "on Monday") are the news's own and bound it on both sides; a named weekday's news is that day's
 * and the next's, as papers report a day the morning after. A window never reaches past the day asked.
 */
public final class QuestionTime {

    /** What a question says about time: a window of days (both ends inclusive), or only a wish for recent news. */
    public record Window(String phrase, LocalDate from, LocalDate to, boolean recentOnly, int start, int end) {

        static Window recent(String phrase, int start, int end) {
            return new Window(phrase, null, null, true, start, end);
        }

        /**
         * The question without the words that name a relative time ("this week"), which say nothing about what to look
         * for; a named date ("January 6", "in 2020") stays, as it often names the event asked about.
         */
        public String without(String question) {
            if (start < 0 || end > question.length() || !question.substring(start, end).equalsIgnoreCase(phrase)) return question;
            String rest = (question.substring(0, start) + " " + question.substring(end)).replaceAll("\\s+", " ").replaceAll(" ([?.!,])", "$1").strip();
            return rest.replaceAll("[\\s,]+$", "").isBlank() ? question : rest;
        }

        /** "this week (2022-01-03 to 2022-01-07)". */
        public String describe() {
            if (recentOnly) return phrase;
            return from.equals(to) ? phrase + " (" + from + ")" : phrase + " (" + from + " to " + to + ")";
        }
    }

    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    private static final String DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

    private static final Pattern RELATIVE = Pattern.compile("\\b(today|tonight|yesterday|this week|last week|past week|this month|last month"
            + "|past month|this year|last year|past year|this weekend|last weekend)\\b");
    private static final Pattern PAST_N = Pattern.compile("\\b(?:past|last) (two|three|four|five|six|seven|\\d{1,3}) (days|weeks|months)\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:on|last|this|since) (" + DAYS + ")\\b");
    private static final Pattern SINCE_DATE = Pattern.compile("\\bsince\\b[^.?!]{0,60}?\\b(?:on )?(" + MONTHS + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b");
    private static final Pattern DAY_DATE = Pattern.compile("\\b(?:on|by|during) (" + MONTHS + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?:in |since |during |by )?(" + MONTHS + ")\\.? (\\d{4})\\b");
    private static final Pattern IN_MONTH = Pattern.compile("\\b(in|since|during|by|early|late|mid) (" + MONTHS + ")\\b(?! \\d)");
    private static final Pattern IN_YEAR = Pattern.compile("\\b(in|since|during) ((?:19|20)\\d{2})\\b");
    private static final Pattern RECENT = Pattern.compile("\\b(recently|recent|lately|latest|newly|just announced|this past)\\b");
    private static final Pattern HOLIDAY = Pattern.compile("\\b(fourth of july|fourth|new year|christmas|thanksgiving|halloween|labor day|memorial day)\\b");

    private QuestionTime() {}

    /** The window {@code question} names, asked on {@code asOf}; empty when it names no time. */
    public static Optional<Window> in(String question, LocalDate asOf) {
        String q = withoutQuotations(question.toLowerCase(Locale.ROOT).replace('’', '\''));
        Matcher m = SINCE_DATE.matcher(q);
        if (m.find()) {
            LocalDate day = day(m.group(1), m.group(2), m.group(3), asOf);
            // "since the invasion began on February 24": the words between are the topic, so nothing is cut from the question.
            if (day != null) return window("since " + m.group(1) + " " + m.group(2), day, asOf, asOf, -1, -1);
        }
        m = PAST_N.matcher(q);
        if (m.find()) {
            int n = number(m.group(1));
            LocalDate from = switch (m.group(2)) {
                case "days" -> asOf.minusDays(n - 1L);
                case "weeks" -> asOf.minusWeeks(n).plusDays(1);
                default -> asOf.minusMonths(n).plusDays(1);
            };
            return window(m.group(0), from, asOf, asOf, m.start(), m.end());
        }
        m = RELATIVE.matcher(q);
        if (m.find()) return Optional.of(relative(m.group(1), asOf, m.start(1), m.end(1)));
        m = DAY_DATE.matcher(q);
        while (m.find()) {
            if (HOLIDAY.matcher(q.substring(Math.max(0, m.start() - 12), m.start())).find()) continue;
            LocalDate day = day(m.group(1), m.group(2), m.group(3), asOf);
            if (day != null) return window(m.group(0), day, asOf, asOf, -1, -1);
        }
        m = MONTH_YEAR.matcher(q);
        if (m.find()) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)));
            return window(m.group(0), month.atDay(1), asOf, asOf, -1, -1);
        }
        m = IN_MONTH.matcher(q);
        if (m.find()) {
            Month month = month(m.group(2));
            YearMonth ym = YearMonth.of(asOf.getYear(), month);
            if (ym.atDay(1).isAfter(asOf)) ym = ym.minusYears(1);
            return window(m.group(0), ym.atDay(1), asOf, asOf, -1, -1);
        }
        m = IN_YEAR.matcher(q);
        if (m.find()) {
            int year = Integer.parseInt(m.group(2));
            return window(m.group(0), LocalDate.of(year, 1, 1), asOf, asOf, -1, -1);
        }
        m = WEEKDAY.matcher(q);
        if (m.find()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            LocalDate last = asOf.with(TemporalAdjusters.previousOrSame(day));
            return window(m.group(0), last, m.group(0).startsWith("since") ? asOf : last.plusDays(1), asOf, m.start(), m.end());
        }
        m = RECENT.matcher(q);
        if (m.find()) return Optional.of(Window.recent(m.group(1), m.start(1), m.end(1)));
        return Optional.empty();
    }

    /** The text with quoted words blanked (offsets kept): "Who said \"on June 16th we started\"?" names the quote, not a time. */
    static String withoutQuotations(String text) {
        StringBuilder out = new StringBuilder(text);
        int open = -1;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            boolean opens = c == '“' || c == '"' && open < 0, closes = c == '”' || c == '"' && open >= 0;
            if (open < 0 && opens) {
                open = i;
            } else if (open >= 0 && closes) {
                for (int k = open + 1; k < i; k++) out.setCharAt(k, ' ');
                open = -1;
            }
        }
        return out.toString();
    }

    private static Window relative(String phrase, LocalDate asOf, int start, int end) {
        return switch (phrase) {
            case "today", "tonight" -> new Window(phrase, asOf, asOf, false, start, end);
            case "yesterday" -> new Window(phrase, asOf.minusDays(1), asOf, false, start, end);
            // News says "this week" of the seven days up to now, whatever the calendar week.
            case "this week", "past week" -> new Window(phrase, asOf.minusDays(6), asOf, false, start, end);
            case "last week" -> new Window(phrase, asOf.minusDays(13), asOf.minusDays(7), false, start, end);
            case "this weekend", "last weekend" -> {
                LocalDate saturday = asOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
                if (phrase.startsWith("last") && !saturday.plusDays(1).isBefore(asOf)) saturday = saturday.minusWeeks(1);
                yield new Window(phrase, saturday, min(saturday.plusDays(1), asOf), false, start, end);
            }
            case "this month" -> new Window(phrase, asOf.withDayOfMonth(1), asOf, false, start, end);
            case "past month" -> new Window(phrase, asOf.minusMonths(1).plusDays(1), asOf, false, start, end);
            case "last month" -> {
                YearMonth last = YearMonth.from(asOf).minusMonths(1);
                yield new Window(phrase, last.atDay(1), last.atEndOfMonth(), false, start, end);
            }
            case "this year" -> new Window(phrase, asOf.withDayOfYear(1), asOf, false, start, end);
            case "past year" -> new Window(phrase, asOf.minusYears(1).plusDays(1), asOf, false, start, end);
            default -> new Window(phrase, LocalDate.of(asOf.getYear() - 1, 1, 1), LocalDate.of(asOf.getYear() - 1, 12, 31), false, start, end); // last year
        };
    }

    /** A window ending no later than {@code asOf}; none when all of it lies after. */
    private static Optional<Window> window(String phrase, LocalDate from, LocalDate to, LocalDate asOf, int start, int end) {
        if (from.isAfter(asOf)) return Optional.empty();
        return Optional.of(new Window(phrase, from, min(to, asOf), false, start, end));
    }

    /** The day named, in the year given or else the latest such day on or before {@code asOf}; null for no real day. */
    private static LocalDate day(String monthName, String dayText, String yearText, LocalDate asOf) {
        Month month = month(monthName);
        int dayOfMonth = Integer.parseInt(dayText);
        int year = yearText != null ? Integer.parseInt(yearText) : asOf.getYear();
        if (dayOfMonth < 1 || dayOfMonth > month.length(java.time.Year.isLeap(year))) return null;
        LocalDate day = LocalDate.of(year, month, dayOfMonth);
        if (yearText == null && day.isAfter(asOf)) day = day.minusYears(1);
        return day;
    }

    private static Month month(String name) {
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(name) || full.startsWith(name) && name.length() >= 3) return m;
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static int number(String word) {
        return switch (word) {
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            default -> Math.max(1, Integer.parseInt(word));
        };
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
