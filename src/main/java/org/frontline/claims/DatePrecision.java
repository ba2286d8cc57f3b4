package org.frontline.claims;

import java.util.Locale;

/** How exactly the text pins down an event date; {@code date} is then the first day of that period. */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
