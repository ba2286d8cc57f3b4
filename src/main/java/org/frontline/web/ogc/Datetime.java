package org.frontline.web.ogc;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.frontline.web.BadParameterException;

/**
 * Reads OGC API - Features' {@code datetime}: an instant ({@code 2022-02-25} or {@code 2022-02-25T10:00:00Z}), a
 * closed interval ({@code 2022-02-24/2022-02-26}) or a half-open one ({@code ../2022-03-01},
 * {@code 2022-09-01/..}, an empty end meaning the same). Claims are dated to the day, so timestamps become their
 * UTC calendar day: an interval matches every day it touches.
 */
public final class Datetime {
    private Datetime() {
    }

    /** The range as inclusive days, open ends null; both null for an absent parameter or {@code ../..}. */
    public static LocalDate[] parse(String value) {
        if (value == null || value.isBlank()) return new LocalDate[]{null, null};
        String v = value.trim();
        int slash = v.indexOf('/');
        if (slash < 0) {
            if (v.equals("..")) throw bad(value, "'..' is only allowed as one end of an interval");
            LocalDate d = day(v, value);
            return new LocalDate[]{d, d};
        }
        if (v.indexOf('/', slash + 1) >= 0) throw bad(value, "an interval has one '/'");
        LocalDate from = end(v.substring(0, slash), value);
        LocalDate to = end(v.substring(slash + 1), value);
        if (from != null && to != null && from.isAfter(to)) throw bad(value, "the start is after the end");
        return new LocalDate[]{from, to};
    }

    private static LocalDate end(String s, String whole) {
        String t = s.trim();
        return t.isEmpty() || t.equals("..") ? null : day(t, whole);
    }

    private static LocalDate day(String s, String whole) {
        try {
            if (s.length() == 10) return LocalDate.parse(s);
            // RFC 3339 allows a lower-case t and z; java.time wants them upper-case
            return OffsetDateTime.parse(s.toUpperCase(Locale.ROOT)).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException e) {
            throw bad(whole, "'" + clip(s) + "' is not an RFC 3339 date (2022-02-25) or date-time (2022-02-25T10:00:00Z)");
        }
    }

    private static BadParameterException bad(String value, String why) {
        return new BadParameterException("datetime", why + " (got '" + clip(value) + "'; expected an instant, "
                + "start/end, ../end or start/..)");
    }

    static String clip(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
