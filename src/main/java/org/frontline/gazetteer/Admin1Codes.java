package org.frontline.gazetteer;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** GeoNames {@code admin1CodesASCII.txt}: "UA.07 TAB Kharkiv TAB Kharkiv TAB 706482". */
final class Admin1Codes {

    record Entry(String country, String code, String name, String asciiName, long geonameId) {
        String key() {
            return country + "." + code;
        }
    }

    private Admin1Codes() {
    }

    static Map<String, Entry> read(Path path, String displayName) {
        Map<String, Entry> out = new LinkedHashMap<>();
        SourceLines.read(path, displayName, (no, line) -> {
            if (line.isBlank() || line.startsWith("#")) {
                return;
            }
            String[] c = line.split("\t", -1);
            if (c.length != 4) {
                throw new GazetteerException(displayName, no, "expected 4 tab-separated columns, found " + c.length);
            }
            int dot = c[0].indexOf('.');
            if (dot <= 0 || dot == c[0].length() - 1) {
                throw new GazetteerException(displayName, no, "bad admin1 key '" + c[0] + "', expected CC.CODE");
            }
            long id;
            try {
                id = Long.parseLong(c[3].strip());
            } catch (NumberFormatException e) {
                throw new GazetteerException(displayName, no, "bad geonameid: '" + c[3] + "'", e);
            }
            Entry e = new Entry(c[0].substring(0, dot), c[0].substring(dot + 1), c[1].strip(), c[2].strip(), id);
            out.put(e.key(), e);
        });
        return out;
    }
}
