package org.frontline.gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the boundary GeoJSON files. Jackson's streaming parser (strict, with lines in its errors) reads each file
 * into plain maps and lists, from which come the feature properties (JTS's reader drops them); JTS turns each
 * geometry into a Geometry with SRID 4326. Not Jackson's tree model: starting its databind layer alone cost
 * 0.3-0.4 s of CPU in a cold gazetteer load, the streaming parser about a third of that.
 */
final class Boundaries {
    static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    /** One admin-1 unit from {@code ukraine-oblasts.geojson}. */
    record Region(long geonameId, String name, String admin1, String otherName, Geometry geometry) {
    }

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private Boundaries() {
    }

    static List<Region> readRegions(Path path, String displayName) {
        List<Region> out = new ArrayList<>();
        List<?> features = features(path, displayName);
        int i = 0;
        for (Object f : features) {
            i++;
            Map<?, ?> p = object(object(f).get("properties"));
            long id = asLong(p.get("geonameid"));
            String name = asString(p.get("name"), "");
            String admin1 = asString(p.get("admin1"), "");
            if (id <= 0 || name.isBlank() || admin1.isBlank()) {
                throw new GazetteerException(displayName, 0,
                        "feature " + i + " needs properties name, geonameid and admin1");
            }
            String other = asString(p.get("name_ne"), null);
            out.add(new Region(id, name, admin1, other, geometry(f, displayName, i)));
        }
        return out;
    }

    /** The union of all features of the border file. */
    static Geometry readBorder(Path path, String displayName) {
        List<Geometry> parts = new ArrayList<>();
        int i = 0;
        for (Object f : features(path, displayName)) {
            parts.add(geometry(f, displayName, ++i));
        }
        if (parts.isEmpty()) {
            throw new GazetteerException(displayName, 0, "no features");
        }
        Geometry g = parts.size() == 1 ? parts.get(0) : WGS84.buildGeometry(parts).union();
        g.setSRID(4326);
        return g;
    }

    private static List<?> features(Path path, String displayName) {
        Object root;
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), Files.readString(path, StandardCharsets.UTF_8))) {
            root = value(p, p.nextToken());
            if (p.nextToken() != null) {
                throw new GazetteerException(displayName, p.currentLocation().getLineNr(),
                        "not valid JSON: text after the end of the document");
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new GazetteerException(displayName, line, "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new GazetteerException(displayName, 0, "cannot read: " + e, e);
        }
        if (!(object(root).get("features") instanceof List<?> features)) {
            throw new GazetteerException(displayName, 0, "not a GeoJSON FeatureCollection");
        }
        return features;
    }

    /** The JSON value starting at {@code token} as maps, lists, strings, numbers, booleans and null. */
    private static Object value(JsonParser p, JsonToken token) {
        if (token == null) {
            return null; // an empty file: no FeatureCollection
        }
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    String name = p.currentName();
                    map.put(name, value(p, p.nextToken()));
                }
                yield map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    list.add(value(p, t));
                }
                yield list;
            }
            case VALUE_STRING -> p.getString();
            case VALUE_NUMBER_INT -> p.getNumberValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null; // VALUE_NULL
        };
    }

    /** A value read by {@link #value} as JSON text again. */
    private static String text(Object json) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            write(g, json);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Object json) {
        if (json instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeName((String) e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (json instanceof List<?> list) {
            g.writeStartArray();
            for (Object o : list) {
                write(g, o);
            }
            g.writeEndArray();
        } else if (json instanceof String s) {
            g.writeString(s);
        } else if (json instanceof Double d) {
            g.writeNumber(d);
        } else if (json instanceof Number n) {
            g.writeNumber(n.toString()); // int, long or big integer, as written
        } else if (json instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeNull();
        }
    }

    /** A JSON object as a map; anything else (absent, an array, a number) as an empty one. */
    private static Map<?, ?> object(Object json) {
        return json instanceof Map<?, ?> m ? m : Map.of();
    }

    /** A number's long value, a numeric string's, else 0 (as an absent or odd id: the caller reports it). */
    private static long asLong(Object json) {
        if (json instanceof Number n) {
            return n.longValue();
        }
        if (json instanceof String s) {
            try {
                return Long.parseLong(s.strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    /** A string's value, a number's or boolean's text, else the fallback (absent, null, object, array). */
    private static String asString(Object json, String fallback) {
        return json instanceof String || json instanceof Number || json instanceof Boolean ? json.toString() : fallback;
    }

    private static Geometry geometry(Object feature, String displayName, int index) {
        if (!(object(feature).get("geometry") instanceof Map<?, ?> g)) {
            throw new GazetteerException(displayName, 0, "feature " + index + " has no geometry");
        }
        try {
            // back to text for JTS's reader, which takes nothing else; doubles are written in their shortest
            // exact form, so the coordinates are the file's
            Geometry geometry = new GeoJsonReader(WGS84).read(text(g));
            geometry.setSRID(4326);
            return geometry;
        } catch (ParseException | RuntimeException e) {
            throw new GazetteerException(displayName, 0, "feature " + index + ": bad geometry: " + e.getMessage(), e);
        }
    }
}
