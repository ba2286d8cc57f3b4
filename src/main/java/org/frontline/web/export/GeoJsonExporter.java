package org.frontline.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * RFC 7946 GeoJSON: lon/lat, no {@code crs}, exterior rings counter-clockwise and holes clockwise, coordinates
 * rounded to six decimals (about 10 cm; more would be false precision for a gazetteer point or a Voronoi edge).
 */
public final class GeoJsonExporter implements FeatureExporter {
    public static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String extension() {
        return "geojson";
    }

    @Override
    public MediaType mediaType() {
        return GEO_JSON;
    }

    @Override
    public void write(FeatureSet set, OutputStream out) throws IOException {
        JSON.writeValue(new NonClosing(out), collection(set));
    }

    public static ObjectNode collection(FeatureSet set) {
        ObjectNode fc = NODES.objectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode arr = fc.putArray("features");
        for (Feature f : set.features()) arr.add(feature(f));
        return fc;
    }

    public static ObjectNode feature(Feature f) {
        ObjectNode feature = NODES.objectNode();
        feature.put("type", "Feature");
        if (f.id() != null) feature.set("id", value(f.id()));
        if (f.geometry() == null) feature.putNull("geometry");
        else feature.set("geometry", geometry(f.geometry()));
        ObjectNode props = feature.putObject("properties");
        f.values().forEach((k, v) -> props.set(k, value(v)));
        return feature;
    }

    /** An RFC 7946 geometry object; polygons oriented exterior counter-clockwise. */
    public static ObjectNode geometry(Geometry g) {
        ObjectNode o = NODES.objectNode();
        Geometry oriented = Rings.orient(g, true);
        if (oriented instanceof GeometryCollection gc && !(gc instanceof MultiPoint) && !(gc instanceof MultiLineString)
                && !(gc instanceof MultiPolygon)) {
            o.put("type", "GeometryCollection");
            ArrayNode parts = o.putArray("geometries");
            for (int i = 0; i < gc.getNumGeometries(); i++) parts.add(geometry(gc.getGeometryN(i)));
            return o;
        }
        o.put("type", oriented.getGeometryType().equals("LinearRing") ? "LineString" : oriented.getGeometryType());
        o.set("coordinates", coordinates(oriented));
        return o;
    }

    private static JsonNode coordinates(Geometry g) {
        if (g instanceof Point p) return p.isEmpty() ? NODES.arrayNode() : position(p.getCoordinate());
        if (g instanceof LineString l) return positions(l.getCoordinates());
        ArrayNode a = NODES.arrayNode();
        if (g instanceof Polygon p) {
            if (p.isEmpty()) return a;
            a.add(positions(p.getExteriorRing().getCoordinates()));
            for (int i = 0; i < p.getNumInteriorRing(); i++) a.add(positions(p.getInteriorRingN(i).getCoordinates()));
            return a;
        }
        for (int i = 0; i < g.getNumGeometries(); i++) a.add(coordinates(g.getGeometryN(i)));
        return a;
    }

    private static ArrayNode positions(Coordinate[] cs) {
        ArrayNode a = NODES.arrayNode();
        for (Coordinate c : cs) a.add(position(c));
        return a;
    }

    private static ArrayNode position(Coordinate c) {
        ArrayNode a = NODES.arrayNode();
        a.add(round(c.x));
        a.add(round(c.y));
        return a;
    }

    public static double round(double d) {
        return Math.round(d * 1e6) / 1e6;
    }

    /** A property value as JSON: dates as ISO strings, lists as arrays, numbers and booleans as themselves. */
    public static JsonNode value(Object v) {
        if (v == null) return NODES.nullNode();
        if (v instanceof JsonNode n) return n;
        if (v instanceof String s) return NODES.stringNode(s);
        if (v instanceof Integer i) return NODES.numberNode(i);
        if (v instanceof Long l) return NODES.numberNode(l);
        if (v instanceof Double d) return NODES.numberNode(d);
        if (v instanceof Float d) return NODES.numberNode(d);
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

    /** Jackson closes the stream it writes to; the caller owns it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
