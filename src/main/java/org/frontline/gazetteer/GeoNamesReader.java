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

    /** The columns the gazetteer keeps; the others (cc2, admin2-4, elevation, timezone, date) are not copied. */
    private static final int[] KEPT = {0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 14};

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
        String[] c = new String[COLUMNS];
        for (int k : KEPT) {
            c[k] = line.substring(tabs[k] + 1, tabs[k + 1]);
        }
        long id = parseLong(c[0], "geonameid", file, no);
        if (id <= 0) {
            throw new GazetteerException(file, no, "geonameid must be positive: " + c[0]);
        }
        String name = c[1].strip();
        if (name.isEmpty()) {
            throw new GazetteerException(file, no, "empty name for id " + id);
        }
        double lat = parseDouble(c[4], "latitude", file, no);
        double lon = parseDouble(c[5], "longitude", file, no);
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new GazetteerException(file, no, "coordinates out of range: " + c[4] + ", " + c[5]);
        }
        long population = c[14].isBlank() ? 0 : parseLong(c[14], "population", file, no);
        List<String> alternates = c[3].isEmpty() ? List.of() : List.of(splitAlternates(c[3]));
        String ascii = c[2].isBlank() ? name : c[2].strip();
        return new Place(id, name, ascii.equals(name) ? name : ascii, lat, lon, pooled(c[6]), pooled(c[7]),
                pooled(c[8]), pooled(c[10]), population, alternates, file);
    }

    private static String[] splitAlternates(String s) {
        String[] parts = s.split(",");
        int n = 0;
        for (String p : parts) {
            String t = p.strip();
            if (!t.isEmpty()) {
                parts[n++] = t;
            }
        }
        return n == parts.length ? parts : java.util.Arrays.copyOf(parts, n);
    }

    private String pooled(String s) {
        String t = s.strip();
        return pool.computeIfAbsent(t, k -> k);
    }

    private static long parseLong(String s, String what, String file, int no) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw new GazetteerException(file, no, "bad " + what + ": '" + s + "'", e);
        }
    }

    private static double parseDouble(String s, String what, String file, int no) {
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
