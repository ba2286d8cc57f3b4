package org.frontline.claims;

import java.time.LocalDate;

/** A resolved event date with how precisely the text gave it, and the words it came from (null: the default). */
record EventDate(LocalDate date, DatePrecision precision, String expression) {
}
