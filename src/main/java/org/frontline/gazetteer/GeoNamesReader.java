package org.frontline.gazetteer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the GeoNames {@code geoname} table (19 TAB-separated columns) into places. Strict: a wrong column count,
 * a bad number or an out-of-range coordinate is an error with file and line, never a skipped row, because a
 * silently shortened gazetteer makes the map quietly wrong.
 */
final class GeoNamesReader {
    static final int COLUMNS = 19;

    /** Small repeated values (feature codes, countries, admin1 codes) are shared, not copied per row. */
    private final Map<String, String> pool = new HashMap<>();

    List<Place> read(Path path, String displayName) {
        List<Place> out = new ArrayList<>();
        SourceLines.read(path, displayName, (no, line) -> {
            if (line.isBlank() || line.startsWith("#")) {
                return;
            }
            out.add(parse(line, displayName, no));
        });
        return out;
    }

    private Place parse(String line, String file, int no) {
        // one scan for the tab positions instead of split(): 70k rows, 19 columns, most of them unused
        int[] tabs = new int[COLUMNS + 1];
        int count = 0;
        tabs[0] = -1;
        for (int i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', i + 1)) {
            if (++count < COLUMNS) {
                tabs[count] = i;
            }
        }
        if (count != COLUMNS - 1) {
            throw new GazetteerException(file, no, "expected " + COLUMNS + " tab-separated columns, found " + (count + 1));
        }
        tabs[COLUMNS] = line.length();
        // the numbers are read in place and the alternates split by hand: no substring, split() or
        // FloatingDecimal per row. Anything unusual takes the JDK parsers, which report it as before.
        long id = parseLong(line, tabs[0] + 1, tabs[1], "geonameid", file, no);
        if (id <= 0) {
            throw new GazetteerException(file, no, "geonameid must be positive: " + column(line, tabs, 0));
        }
        String name = column(line, tabs, 1).strip();
        if (name.isEmpty()) {
            throw new GazetteerException(file, no, "empty name for id " + id);
        }
        double lat = parseDouble(line, tabs[4] + 1, tabs[5], "latitude", file, no);
        double lon = parseDouble(line, tabs[5] + 1, tabs[6], "longitude", file, no);
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new GazetteerException(file, no, "coordinates out of range: " + column(line, tabs, 4) + ", "
                    + column(line, tabs, 5));
        }
        long population = isBlank(line, tabs[14] + 1, tabs[15]) ? 0
                : parseLong(line, tabs[14] + 1, tabs[15], "population", file, no);
        List<String> alternates = alternates(line, tabs[3] + 1, tabs[4]);
        String asciiColumn = column(line, tabs, 2);
        String ascii = asciiColumn.isBlank() ? name : asciiColumn.strip();
        return new Place(id, name, ascii.equals(name) ? name : ascii, lat, lon, pooled(column(line, tabs, 6)),
                pooled(column(line, tabs, 7)), pooled(column(line, tabs, 8)), pooled(column(line, tabs, 10)),
                population, alternates, file);
    }

    private static String column(String line, int[] tabs, int k) {
        return line.substring(tabs[k] + 1, tabs[k + 1]);
    }

    /** The comma-separated alternates of line[from, to), each stripped, empty ones dropped (as split(",") did). */
    private static List<String> alternates(String line, int from, int to) {
        if (from == to) {
            return List.of();
        }
        int commas = 0;
        for (int i = line.indexOf(',', from); i >= 0 && i < to; i = line.indexOf(',', i + 1)) {
            commas++;
        }
        String[] parts = new String[commas + 1];
        int n = 0;
        int start = from;
        while (start <= to) {
            int comma = line.indexOf(',', start);
            int end = comma < 0 || comma > to ? to : comma;
            String t = line.substring(start, end).strip();
            if (!t.isEmpty()) {
                parts[n++] = t;
            }
            start = end + 1;
        }
        return n == 0 ? List.of() : List.of(n == parts.length ? parts : java.util.Arrays.copyOf(parts, n));
    }

    private String pooled(String s) {
        String t = s.strip();
        return pool.computeIfAbsent(t, k -> k);
    }

    private static boolean isBlank(String line, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Plain digits (the GeoNames form) are read in place; anything else goes through Long.parseLong. */
    private static long parseLong(String line, int from, int to, String what, String file, int no) {
        if (to > from && to - from <= 18) {
            long v = 0;
            int i = from;
            while (i < to && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
                v = v * 10 + (line.charAt(i++) - '0');
            }
            if (i == to) {
                return v;
            }
        }
        String s = line.substring(from, to);
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw new GazetteerException(file, no, "bad " + what + ": '" + s + "'", e);
        }
    }

    /** Exact powers of ten: a decimal of at most 15 digits divided by one of them is correctly rounded. */
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15};

    /**
     * A plain decimal ([-]digits[.digits], at most 15 digits: every GeoNames coordinate) is its digits as a long
     * divided by a power of ten. Both are exact doubles and IEEE division rounds correctly, so this is the value
     * Double.parseDouble gives (the fast path of Clinger's algorithm), without FloatingDecimal, whose start-up and
     * compilation were a visible part of a cold load. Anything else goes through Double.parseDouble.
     */
    private static double parseDouble(String line, int from, int to, String what, String file, int no) {
        int i = from;
        boolean negative = i < to && line.charAt(i) == '-';
        if (negative) {
            i++;
        }
        long digits = 0;
        int count = 0;
        int decimals = -1;
        for (; i < to; i++) {
            char ch = line.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits = digits * 10 + (ch - '0');
                count++;
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (ch == '.' && decimals < 0) {
                decimals = 0;
            } else {
                break;
            }
        }
        if (i == to && count > 0 && count <= 15) {
            double v = (double) digits / POWERS_OF_TEN[Math.max(decimals, 0)];
            return negative ? -v : v;
        }
        String s = line.substring(from, to);
        try {
            double d = Double.parseDouble(s.strip());
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException("not finite");
            }
            return d;
        } catch (NumberFormatException e) {
            throw new GazetteerException(file, no, "bad " + what + ": '" + s + "'", e);
        }
    }
}
