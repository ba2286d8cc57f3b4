package org.frontline.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKTWriter;
import org.springframework.http.MediaType;

/**
 * CSV for spreadsheets and scripts: the attributes, then lon, lat (points only: a polygon has no one position worth
 * pretending) and the geometry as WKT. Lists are joined with ';'.
 */
public final class CsvExporter implements FeatureExporter {
    public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public MediaType mediaType() {
        return CSV;
    }

    @Override
    public void write(FeatureSet set, OutputStream out) throws IOException {
        out.write(text(set).getBytes(StandardCharsets.UTF_8));
    }

    public static String text(FeatureSet set) {
        StringBuilder out = new StringBuilder();
        for (Attribute a : set.attributes()) out.append(cell(a.name())).append(',');
        out.append("lon,lat,wkt\r\n");
        WKTWriter wkt = new WKTWriter();
        wkt.setPrecisionModel(new org.locationtech.jts.geom.PrecisionModel(1e6));
        for (Feature f : set.features()) {
            for (Attribute a : set.attributes()) out.append(cell(f.values().get(a.name()))).append(',');
            if (f.geometry() == null || f.geometry().isEmpty()) {
                out.append(",,\r\n");
                continue;
            }
            if (f.geometry() instanceof Point p) {
                out.append(GeoJsonExporter.round(p.getX())).append(',').append(GeoJsonExporter.round(p.getY())).append(',');
            } else {
                out.append(",,");
            }
            out.append(cell(wkt.write(f.geometry()))).append("\r\n");
        }
        return out.toString();
    }

    private static String cell(Object v) {
        String s = AttributeType.text(v);
        if (s == null || s.isEmpty()) return "";
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        // A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
        if ("=+-@".indexOf(s.charAt(0)) >= 0 && !(v instanceof Number)) s = "'" + s;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
