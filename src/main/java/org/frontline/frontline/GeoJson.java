package org.frontline.frontline;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 7946 GeoJSON in and out. Geometry goes through jts-io (Jackson cannot serialise JTS), properties through
 * Jackson; output has lon/lat, counter-clockwise exteriors, no {@code crs} member.
 */
public final class GeoJson {

    /** One feature: geometry (lon/lat) and properties. */
    public record Feature(Geometry geometry, Map<String, Object> properties) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int DECIMALS = 6;

    private GeoJson() {
    }

    public static List<Feature> read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads a FeatureCollection, a Feature or a bare geometry. */
    @SuppressWarnings("unchecked")
    public static List<Feature> read(Reader reader, String name) {
        JsonNode root = JSON.readTree(reader);
        List<JsonNode> nodes = new ArrayList<>();
        String type = root.path("type").asString("");
        if ("FeatureCollection".equals(type)) {
            root.path("features").forEach(nodes::add);
        } else {
            nodes.add(root);
        }
        GeoJsonReader gr = new GeoJsonReader();
        List<Feature> out = new ArrayList<>();
        for (JsonNode f : nodes) {
            boolean isFeature = "Feature".equals(f.path("type").asString(""));
            JsonNode geom = isFeature ? f.path("geometry") : f;
            if (geom.isMissingNode() || geom.isNull()) {
                continue;
            }
            try {
                Geometry g = gr.read(JSON.writeValueAsString(geom));
                Map<String, Object> props = isFeature && f.path("properties").isObject()
                        ? JSON.convertValue(f.path("properties"), Map.class) : Map.of();
                out.add(new Feature(g, props));
            } catch (ParseException e) {
                throw new IllegalArgumentException(name + ": bad GeoJSON geometry: " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** A FeatureCollection of the features, written to a string. */
    public static String featureCollection(List<Feature> features) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("{\"type\":\"FeatureCollection\",\"features\":[");
        GeoJsonWriter w = writer();
        for (int i = 0; i < features.size(); i++) {
            Feature f = features.get(i);
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"type\":\"Feature\",\"properties\":").append(JSON.writeValueAsString(f.properties()))
                    .append(",\"geometry\":").append(w.write(f.geometry())).append('}');
        }
        return sb.append("]}").toString();
    }

    public static void write(List<Feature> features, Writer out) throws IOException {
        out.write(featureCollection(features));
    }

    /** Properties in insertion order. */
    public static Map<String, Object> props(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static GeoJsonWriter writer() {
        GeoJsonWriter w = new GeoJsonWriter(DECIMALS);
        w.setEncodeCRS(false);
        w.setForceCCW(true);
        return w;
    }
}
