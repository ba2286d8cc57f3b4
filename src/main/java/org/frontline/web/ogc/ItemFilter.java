package org.frontline.web.ogc;

import java.time.LocalDate;

/**
 * What a client asked of a collection's items: a bounding box and a date range, each null when not asked. Dates
 * are whole days (claims are dated to the day); {@code from}/{@code to} are inclusive and either may be open.
 */
public record ItemFilter(Bbox bbox, LocalDate from, LocalDate to) {
    public static final ItemFilter ALL = new ItemFilter(null, null, null);

    public boolean hasTime() {
        return from != null || to != null;
    }

    /** Whether a day lies in the asked range (always, when no range was asked). */
    public boolean includes(LocalDate day) {
        if (!hasTime()) return true;
        if (day == null) return false;
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
