package org.frontline.gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the boundary GeoJSON files. Jackson reads the feature properties (JTS's reader drops them); JTS turns
 * each geometry into a Geometry with SRID 4326.
 */
final class Boundaries {
    static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One admin-1 unit from {@code ukraine-oblasts.geojson}. */
    record Region(long geonameId, String name, String admin1, String otherName, Geometry geometry) {
    }

    private Boundaries() {
    }

    static List<Region> readRegions(Path path, String displayName) {
        List<Region> out = new ArrayList<>();
        JsonNode features = features(path, displayName);
        int i = 0;
        for (JsonNode f : features) {
            i++;
            JsonNode p = f.path("properties");
            long id = p.path("geonameid").asLong(0);
            String name = p.path("name").asString("");
            String admin1 = p.path("admin1").asString("");
            if (id <= 0 || name.isBlank() || admin1.isBlank()) {
                throw new GazetteerException(displayName, 0,
                        "feature " + i + " needs properties name, geonameid and admin1");
            }
            String other = p.path("name_ne").asString(null);
            out.add(new Region(id, name, admin1, other, geometry(f, displayName, i)));
        }
        return out;
    }

    /** The union of all features of the border file. */
    static Geometry readBorder(Path path, String displayName) {
        List<Geometry> parts = new ArrayList<>();
        int i = 0;
        for (JsonNode f : features(path, displayName)) {
            parts.add(geometry(f, displayName, ++i));
        }
        if (parts.isEmpty()) {
            throw new GazetteerException(displayName, 0, "no features");
        }
        Geometry g = parts.size() == 1 ? parts.get(0) : WGS84.buildGeometry(parts).union();
        g.setSRID(4326);
        return g;
    }

    private static JsonNode features(Path path, String displayName) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(path, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new GazetteerException(displayName, line, "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new GazetteerException(displayName, 0, "cannot read: " + e, e);
        }
        JsonNode features = root.path("features");
        if (!features.isArray()) {
            throw new GazetteerException(displayName, 0, "not a GeoJSON FeatureCollection");
        }
        return features;
    }

    private static Geometry geometry(JsonNode feature, String displayName, int index) {
        JsonNode g = feature.path("geometry");
        if (!g.isObject()) {
            throw new GazetteerException(displayName, 0, "feature " + index + " has no geometry");
        }
        try {
            Geometry geometry = new GeoJsonReader(WGS84).read(g.toString());
            geometry.setSRID(4326);
            return geometry;
        } catch (ParseException | RuntimeException e) {
            throw new GazetteerException(displayName, 0, "feature " + index + ": bad geometry: " + e.getMessage(), e);
        }
    }
}
