package org.frontline.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.frontline.claims.ClaimType;

/** Parses query parameters strictly: a value that cannot be read is a 400 naming the parameter, never a guess. */
final class Params {
    private Params() {
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) return null;
        LocalDate d;
        try {
            d = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, "'" + clip(value) + "' is not a date (expected YYYY-MM-DD)");
        }
        if (d.getYear() < 1 || d.getYear() > 9999) throw new BadParameterException(name, "'" + clip(value) + "' is outside the years 0001-9999");
        return d;
    }

    static double[] bbox(String value) {
        if (value == null || value.isBlank()) return null;
        String[] parts = value.split(",");
        if (parts.length != 4) {
            throw new BadParameterException("bbox", "expected minLon,minLat,maxLon,maxLat (4 numbers), got '" + clip(value) + "'");
        }
        double[] b = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                b[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new BadParameterException("bbox", "'" + clip(parts[i]) + "' is not a number");
            }
            if (!Double.isFinite(b[i])) throw new BadParameterException("bbox", "coordinates must be finite numbers");
        }
        if (b[0] < -180 || b[2] > 180 || b[1] < -90 || b[3] > 90) {
            throw new BadParameterException("bbox", "longitudes must lie in [-180, 180] and latitudes in [-90, 90]");
        }
        if (b[0] > b[2] || b[1] > b[3]) throw new BadParameterException("bbox", "min must not exceed max: " + Arrays.toString(b));
        return b;
    }

    static ClaimType type(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return ClaimType.fromWire(value);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("type", "'" + clip(value) + "' is not a claim type (one of "
                    + Arrays.stream(ClaimType.values()).map(ClaimType::wire).toList() + ")");
        }
    }

    static String side(String name, String value, java.util.Set<String> sides) {
        if (value == null || value.isBlank()) return null;
        String s = value.trim().toUpperCase(Locale.ROOT);
        if (!sides.contains(s)) throw new BadParameterException(name, "'" + clip(value) + "' is not a side (one of " + sides + ")");
        return s;
    }

    static int limit(String value, int dflt, int max) {
        if (value == null || value.isBlank()) return dflt;
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 1 || n > max) throw new BadParameterException("limit", "must be between 1 and " + max);
            return n;
        } catch (NumberFormatException e) {
            throw new BadParameterException("limit", "'" + clip(value) + "' is not a whole number");
        }
    }

    static void range(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadParameterException("from", "from (" + from + ") is after to (" + to + ")");
        }
    }

    /** Echo at most a short, printable piece of what the client sent. */
    static String clip(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
