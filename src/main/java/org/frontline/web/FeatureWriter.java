package org.frontline.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes point features as an RFC 7946 FeatureCollection (lon/lat, no {@code crs}) or as CSV with lon, lat and
 * WKT columns, so one feature list serves the map, scripts and spreadsheets alike.
 */
final class FeatureWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FeatureWriter() {
    }

    static ObjectNode collection(List<PointFeature> features) {
        ObjectNode fc = NODES.objectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode arr = fc.putArray("features");
        for (PointFeature f : features) arr.add(feature(f));
        return fc;
    }

    static ObjectNode feature(PointFeature f) {
        ObjectNode feature = NODES.objectNode();
        feature.put("type", "Feature");
        Object id = f.properties().get("id");
        if (id != null) feature.set("id", value(id));
        if (f.lon() == null) {
            feature.putNull("geometry");
        } else {
            ObjectNode g = feature.putObject("geometry");
            g.put("type", "Point");
            ArrayNode c = g.putArray("coordinates");
            c.add(round(f.lon()));
            c.add(round(f.lat()));
        }
        ObjectNode props = feature.putObject("properties");
        f.properties().forEach((k, v) -> props.set(k, value(v)));
        return feature;
    }

    /** Six decimals is about 10 cm: more would be false precision for a gazetteer point. */
    private static double round(double d) {
        return Math.round(d * 1e6) / 1e6;
    }

    static JsonNode value(Object v) {
        if (v == null) return NODES.nullNode();
        if (v instanceof JsonNode n) return n;
        if (v instanceof String s) return NODES.stringNode(s);
        if (v instanceof Integer i) return NODES.numberNode(i);
        if (v instanceof Long l) return NODES.numberNode(l);
        if (v instanceof Double d) return NODES.numberNode(d);
        if (v instanceof Boolean b) return NODES.booleanNode(b);
        if (v instanceof LocalDate d) return NODES.stringNode(d.toString());
        if (v instanceof Collection<?> c) {
            ArrayNode a = NODES.arrayNode();
            for (Object o : c) a.add(value(o));
            return a;
        }
        if (v instanceof Map<?, ?> m) {
            ObjectNode o = NODES.objectNode();
            m.forEach((k, x) -> o.set(String.valueOf(k), value(x)));
            return o;
        }
        return NODES.stringNode(v.toString());
    }

    static String csv(List<PointFeature> features) {
        StringBuilder out = new StringBuilder();
        List<String> columns = features.isEmpty() ? List.of() : List.copyOf(features.get(0).properties().keySet());
        for (String col : columns) out.append(cell(col)).append(',');
        out.append("lon,lat,wkt\r\n");
        for (PointFeature f : features) {
            for (String col : columns) out.append(cell(f.properties().get(col))).append(',');
            if (f.lon() == null) {
                out.append(",,\r\n");
            } else {
                out.append(round(f.lon())).append(',').append(round(f.lat())).append(',')
                        .append("POINT (").append(round(f.lon())).append(' ').append(round(f.lat())).append(")\r\n");
            }
        }
        return out.toString();
    }

    private static String cell(Object v) {
        if (v == null) return "";
        String s = v instanceof Collection<?> c ? String.join(";", c.stream().map(String::valueOf).toList()) : v.toString();
        if (s.isEmpty()) return "";
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        // A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
        if ("=+-@".indexOf(s.charAt(0)) >= 0 && !(v instanceof Number)) s = "'" + s;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
