package dev.byline.attribution.resolve;

import dev.byline.attribution.DatePrecision;
import dev.byline.attribution.SaidWhen;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates a statement from the words around its cue ("said on Monday", "told reporters March 14", "yesterday"),
 * resolved against the publication day. Without such words the publication day stands in, marked approximate.
 * Nothing is invented: a month and day in an undated article keep an unknown year.
 */
public final class WhenResolver {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final Pattern EXPRESSION = Pattern.compile(String.join("|",
            "(?<md>" + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<mdyear>(?:19|20)\\d{2})\\b)?)",
            "(?<weekday>\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)",
            "(?<relative>\\b(?:yesterday|today|tonight|this morning|last night|last week|earlier this week|this week|last month|earlier this month|this month|last year|earlier this year)\\b)",
            "(?<monthonly>\\bin\\s+" + MONTH + "(?:\\s+(?<myear>(?:19|20)\\d{2}))?\\b)",
            "(?<yearonly>\\bin\\s+(?<year>(?:19|20)\\d{2})\\b)"), Pattern.CASE_INSENSITIVE);

    /** Dated speech events: "the March 14 announcement", "a statement on Monday", "Tuesday's speech". */
    private static final String EVENT = "(?:announcement|statement|speech|remarks|interview|address|comments|news conference"
            + "|press conference|briefing|declaration|testimony|op-ed|letter)";
    private static final Pattern EVENT_DATE = Pattern.compile(
            "(?<md>" + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?)(?:,?\\s+(?<year>(?:19|20)\\d{2}))?\\s+" + EVENT + "\\b"
            + "|\\b" + EVENT + "\\s+(?:on|of)\\s+(?<md2>" + MONTH + "\\s+(?<day2>\\d{1,2}))\\b(?:,?\\s+(?<year2>(?:19|20)\\d{2}))?",
            Pattern.CASE_INSENSITIVE);
    /** How far back, in characters, a dated event may stand from the attribution that reports it. */
    private static final int EVENT_REACH = 1500;

    /** A dated speech event in the text: its offsets and the date as written (year null when not given). */
    public record EventDate(int start, int end, int month, int day, Integer year) {}

    /** Every dated speech event in {@code text}, in text order; found once per article. */
    public List<EventDate> eventDates(String text) {
        List<EventDate> out = new ArrayList<>();
        Matcher m = EVENT_DATE.matcher(text);
        while (m.find()) {
            boolean first = m.group("md") != null;
            int day = Integer.parseInt(first ? m.group("day") : m.group("day2"));
            String year = first ? m.group("year") : m.group("year2");
            if (day > 31) continue;
            out.add(new EventDate(m.start(), m.end(), monthOf((first ? m.group("md") : m.group("md2")).split("\\s+")[0]), day,
                    year == null ? null : Integer.valueOf(year)));
        }
        return out;
    }

    /**
     * The date of the speech event the article named shortly before an attribution that gives no date of its own:
     * {@code The March 14 announcement ... “I consider the mission ...,” Putin said}. Only events in a paragraph that
     * names the speaker count, so the date is about the same occasion; it is marked approximate, being inferred.
     */
    public SaidWhen eventBefore(String text, List<EventDate> events, int before, String speakerSurname, LocalDate published) {
        if (speakerSurname == null || speakerSurname.isEmpty()) return null;
        SaidWhen nearest = null;
        for (EventDate e : events) {
            if (e.end() > before) break;
            if (e.start() < before - EVENT_REACH) continue;
            int paragraphStart = text.lastIndexOf('\n', e.start()) + 1;
            int paragraphEnd = text.indexOf('\n', e.end());
            if (!text.substring(paragraphStart, paragraphEnd < 0 ? text.length() : paragraphEnd).contains(speakerSurname)) continue;
            if (e.year() == null && published == null) {
                nearest = new SaidWhen(null, e.month(), e.day(), DatePrecision.APPROXIMATE);
                continue;
            }
            int y = e.year() != null ? e.year() : published.getYear() - (e.month() > published.getMonthValue() + 1 ? 1 : 0);
            SaidWhen when = valid(y, e.month(), e.day());
            if (when != null) nearest = SaidWhen.approximately(when.date());
        }
        return nearest;
    }

    /** The date the words of {@code frame} (the attribution's own words, content masked out) give, or null. */
    public SaidWhen stated(String frame, int cueOffset, LocalDate published) {
        Matcher m = EXPRESSION.matcher(frame);
        SaidWhen best = null;
        int bestDistance = Integer.MAX_VALUE;
        while (m.find()) {
            if (!sameClause(frame, m.start(), m.end(), cueOffset)) continue;
            SaidWhen when = interpret(m, published);
            int distance = Math.abs(m.start() - cueOffset);
            if (when != null && distance < bestDistance) {
                best = when;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * True when the date words belong to the cue's clause: nothing but words lie between them and the cue, or they
     * open the sentence ("On Monday, Putin said"). "... take effect on March 15, as Putin informed ..." dates the
     * taking effect, not the informing.
     */
    static boolean sameClause(String frame, int start, int end, int cueOffset) {
        String between = cueOffset >= end ? frame.substring(end, cueOffset) : cueOffset <= start ? frame.substring(cueOffset, start) : "";
        if (between.chars().noneMatch(c -> c == ',' || c == ';' || c == ':' || c == '—' || c == '(' || c == ')')) return true;
        String before = frame.substring(0, start).strip().toLowerCase(Locale.ROOT);
        return before.isEmpty() || before.equals("on") || before.equals("late on") || before.equals("early on");
    }

    private static SaidWhen interpret(Matcher m, LocalDate published) {
        if (m.group("md") != null) {
            int month = monthOf(m.group(2));
            int day = Integer.parseInt(m.group("day"));
            if (day > 31) return null;
            if (m.group("mdyear") != null) return valid(Integer.parseInt(m.group("mdyear")), month, day);
            if (published == null) return new SaidWhen(null, month, day, DatePrecision.DAY);
            int year = published.getYear();
            // A date well after publication belongs to the previous year ("Dec. 30" in a January story).
            if (month > published.getMonthValue() + 1) year--;
            return valid(year, month, day);
        }
        if (m.group("weekday") != null) {
            if (published == null) return SaidWhen.UNKNOWN;
            DayOfWeek day = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
            return SaidWhen.day(published.with(TemporalAdjusters.previousOrSame(day)));
        }
        if (m.group("relative") != null) {
            if (published == null) return SaidWhen.UNKNOWN;
            return switch (m.group("relative").toLowerCase(Locale.ROOT)) {
                case "yesterday", "last night" -> SaidWhen.day(published.minusDays(1));
                case "today", "tonight", "this morning" -> SaidWhen.day(published);
                case "last week" -> SaidWhen.approximately(published.minusWeeks(1));
                case "earlier this week", "this week" -> SaidWhen.approximately(published);
                case "last month" -> month(published.minusMonths(1));
                case "earlier this month", "this month" -> month(published);
                case "last year" -> new SaidWhen(published.getYear() - 1, null, null, DatePrecision.YEAR);
                default -> new SaidWhen(published.getYear(), null, null, DatePrecision.YEAR);
            };
        }
        if (m.group("monthonly") != null) {
            int month = monthOf(m.group("monthonly").substring(2).strip().split("\\s+")[0]);
            Integer year = m.group("myear") != null ? Integer.valueOf(m.group("myear"))
                    : published == null ? null : published.getMonthValue() >= month ? published.getYear() : published.getYear() - 1;
            return new SaidWhen(year, month, null, DatePrecision.MONTH);
        }
        return new SaidWhen(Integer.parseInt(m.group("year")), null, null, DatePrecision.YEAR);
    }

    private static SaidWhen month(LocalDate date) {
        return new SaidWhen(date.getYear(), date.getMonthValue(), null, DatePrecision.MONTH);
    }

    private static SaidWhen valid(int year, int month, int day) {
        try {
            return SaidWhen.day(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int monthOf(String word) {
        return MONTHS.get(word.toLowerCase(Locale.ROOT).substring(0, 3));
    }
}
