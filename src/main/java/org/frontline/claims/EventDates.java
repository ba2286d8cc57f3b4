package org.frontline.claims;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the date of an event from the words of its sentence and the publication date.
 *
 * <p>News reports what happened since the last edition, so without a date expression the event date is the
 * publication date (precision day). Expressions are resolved backwards from publication: "on Wednesday" is the
 * latest Wednesday on or before publication, "in March" the latest March on or before it (precision month), "the
 * second day of the invasion" counts from the configured war start. An expression that would put the event after
 * publication ("talks on February 26" in a February 25 blog) is a plan, not an event, and is ignored. "Since
 * June" opens a period and says nothing about when the event itself happened, so it is ignored too.
 */
final class EventDates {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final String ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth";

    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+((?:19|20)\\d{2})\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")\\b(?:,?\\s+((?:19|20)\\d{2})\\b)?");
    private static final Pattern WAR_DAY = Pattern.compile(
            "(?i)\\b(?:the\\s+)?(" + ORDINALS + "|\\d{1,3}(?:st|nd|rd|th))\\s+day\\s+of\\s+(?:the\\s+|their\\s+|its\\s+|"
                    + "russia[’']s\\s+|the\\s+russian\\s+)?(?:full-scale\\s+)?(?:russian\\s+)?(?:invasion|attack|war|assault|offensive)\\b");
    private static final Pattern DAY_N = Pattern.compile("(?i)\\bday\\s+(one|two|three|four|five|six|seven|\\d{1,3})\\b(?!\\s+of)");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(last\\s+|this\\s+|next\\s+)?(" + WEEKDAYS + ")\\b");
    private static final Pattern YESTERDAY = Pattern.compile("(?i)\\b(?:yesterday|the day before)\\b");
    private static final Pattern TODAY = Pattern.compile("(?i)\\b(?:today|tonight|this (?:morning|afternoon|evening)|overnight|last night|so far|earlier today)\\b");
    private static final Pattern MONTH_ONLY = Pattern.compile(
            "\\b(?i:in|during|since|by|until|early|late|mid-?|the end of|the start of)\\s+(?i:early\\s+|late\\s+|mid-?)?(" + MONTHS + ")\\b(?!\\s+\\d{1,2}\\b)(?:\\s+((?:19|20)\\d{2}))?");
    private static final Pattern WEEK = Pattern.compile(
            "(?i)\\b(this week|last week|(?:in )?the (?:previous|past|last) week|a week (?:ago|earlier|after|before))\\b");
    private static final Pattern YEAR = Pattern.compile("(?i)\\b(in|since|by|until|before)\\s+((?:19|20)\\d{2})\\b");

    /** The lookahead on the initials spares most positions the word-boundary test. */
    private static final Pattern MONTH_WORD = Pattern.compile("(?=[JFMASOND])\\b(?:" + MONTHS + ")\\b");

    private final LocalDate warStart;

    EventDates(LocalDate warStart) {
        this.warStart = warStart;
    }

    /**
     * The date of an event whose cue sits at {@code cueAt} of {@code text}; the expression nearest the cue wins.
     * {@code text} should be the cue's clause first and its sentence second (the caller tries both).
     */
    EventDate resolve(String text, int cueAt, LocalDate published) {
        List<Found> found = new ArrayList<>();
        collect(text, published, found);
        Found best = null;
        for (Found f : found) {
            if (f.date == null || f.date.isAfter(published)) continue;
            if (best == null || Math.abs(f.at - cueAt) < Math.abs(best.at - cueAt)) best = f;
        }
        return best == null ? null : new EventDate(best.date, best.precision, best.expression);
    }

    /** The default for a news sentence without any date expression. */
    static EventDate publication(LocalDate published) {
        return new EventDate(published, DatePrecision.DAY, null);
    }

    private record Found(int at, LocalDate date, DatePrecision precision, String expression) {
    }

    private void collect(String t, LocalDate pub, List<Found> out) {
        List<int[]> taken = new ArrayList<>();
        String lower = t.toLowerCase(Locale.ROOT);
        boolean month = MONTH_WORD.matcher(t).find();
        boolean day = lower.contains("day");
        boolean week = lower.contains("week");
        boolean relative = lower.contains("night") || lower.contains("today") || lower.contains("this ") || lower.contains("so far");
        boolean years = lower.contains(" 19") || lower.contains(" 20");
        if (!month && !day && !week && !relative && !years) return;
        Matcher m = MONTH_DAY.matcher(t);
        while (month && m.find()) {
            if (preceded(t, m.start(), "since|until|from")) continue;
            LocalDate d = dayOf(pub, month(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
            add(out, taken, m, d, DatePrecision.DAY);
        }
        m = DAY_MONTH.matcher(t);
        while (month && m.find()) {
            if (overlaps(taken, m) || preceded(t, m.start(), "since|until|from")) continue;
            LocalDate d = dayOf(pub, month(m.group(2)), Integer.parseInt(m.group(1)), m.group(3));
            add(out, taken, m, d, DatePrecision.DAY);
        }
        m = WAR_DAY.matcher(t);
        while (day && m.find()) {
            if (preceded(t, m.start(), "since")) continue;
            add(out, taken, m, warStart.plusDays(ordinal(m.group(1)) - 1L), DatePrecision.DAY);
        }
        m = DAY_N.matcher(t);
        while (day && m.find()) {
            if (overlaps(taken, m)) continue;
            add(out, taken, m, warStart.plusDays(ordinal(m.group(1)) - 1L), DatePrecision.DAY);
        }
        m = WEEKDAY.matcher(t);
        while (day && m.find()) {
            if (overlaps(taken, m) || preceded(t, m.start(), "since|until|by|as soon as")) continue;
            DayOfWeek dow = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            String rel = m.group(1) == null ? "" : m.group(1).strip().toLowerCase(Locale.ROOT);
            LocalDate d = rel.equals("last") ? pub.with(TemporalAdjusters.previous(dow))
                    : rel.equals("next") ? pub.with(TemporalAdjusters.next(dow))
                    : pub.with(TemporalAdjusters.previousOrSame(dow));
            add(out, taken, m, d, DatePrecision.DAY);
        }
        m = YESTERDAY.matcher(t);
        while (day && m.find()) add(out, taken, m, pub.minusDays(1), DatePrecision.DAY);
        m = TODAY.matcher(t);
        while ((relative || day) && m.find()) add(out, taken, m, pub, DatePrecision.DAY);
        m = MONTH_ONLY.matcher(t);
        while (month && m.find()) {
            if (overlaps(taken, m)) continue;
            String lead = m.group().toLowerCase(Locale.ROOT);
            if (lead.startsWith("since") || lead.startsWith("until") || lead.startsWith("by")) continue;
            Month mo = month(m.group(1));
            int year = m.group(2) != null ? Integer.parseInt(m.group(2))
                    : mo.getValue() > pub.getMonthValue() ? pub.getYear() - 1 : pub.getYear();
            add(out, taken, m, partOfMonth(LocalDate.of(year, mo, 1), lead, pub), DatePrecision.MONTH);
        }
        m = WEEK.matcher(t);
        while (week && m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            LocalDate d = w.equals("this week") ? pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : pub.minusWeeks(1);
            add(out, taken, m, d, DatePrecision.WEEK);
        }
        m = YEAR.matcher(t);
        while (years && m.find()) {
            if (overlaps(taken, m) || !m.group(1).equalsIgnoreCase("in")) continue;
            add(out, taken, m, LocalDate.of(Integer.parseInt(m.group(2)), 1, 1), DatePrecision.YEAR);
        }
    }

    private static void add(List<Found> out, List<int[]> taken, Matcher m, LocalDate d, DatePrecision p) {
        taken.add(new int[] {m.start(), m.end()});
        out.add(new Found(m.start(), d, p, m.group()));
    }

    private static boolean overlaps(List<int[]> taken, Matcher m) {
        for (int[] r : taken) if (m.start() < r[1] && m.end() > r[0]) return true;
        return false;
    }

    private static boolean preceded(String t, int at, String words) {
        String before = t.substring(Math.max(0, at - 14), at);
        return Regex.matches(before, "(?is).*\\b(?:" + words + ")\\s+$");
    }

    /** Month and day without a year: the publication year, or the year before when that would be in the future. */
    private static LocalDate dayOf(LocalDate pub, Month month, int day, String year) {
        try {
            if (year != null) return LocalDate.of(Integer.parseInt(year), month, day);
            LocalDate d = LocalDate.of(pub.getYear(), month, day);
            return d.isAfter(pub.plusDays(31)) ? d.minusYears(1) : d;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static Month month(String name) {
        return Month.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static int ordinal(String s) {
        String w = s.toLowerCase(Locale.ROOT);
        if (Regex.matches(w, "\\d+(?:st|nd|rd|th)")) w = w.substring(0, w.length() - 2);
        return switch (w) {
            case "first", "one" -> 1;
            case "second", "two" -> 2;
            case "third", "three" -> 3;
            case "fourth", "four" -> 4;
            case "fifth", "five" -> 5;
            case "sixth", "six" -> 6;
            case "seventh", "seven" -> 7;
            case "eighth" -> 8;
            case "ninth" -> 9;
            case "tenth" -> 10;
            default -> Regex.matches(w, "\\d+") ? Integer.parseInt(w) : 1;
        };
    }

    /**
     * "in late March" is still a month-precision date, but its day should not put the event three weeks early: a
     * withdrawal "in late March" ordered before a capture on 10 March would undo it on the map. Early, mid and late
     * start at the 1st, 11th and 21st, and never after publication.
     */
    private static LocalDate partOfMonth(LocalDate first, String phrase, LocalDate pub) {
        int day = phrase.contains("late") || phrase.contains("the end of") ? 21 : phrase.contains("mid") ? 11 : 1;
        LocalDate d = first.withDayOfMonth(day);
        return d.isAfter(pub) && !first.isAfter(pub) ? pub : d;
    }
}
