package org.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Structural checks of GeoJSON answers: parsed, never compared as strings. */
final class ApiTestSupport {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiTestSupport() {
    }

    static JsonNode parse(String body) {
        return JSON.readTree(body);
    }

    /** Asserts an RFC 7946 FeatureCollection of points (lon/lat in range, no crs) and returns its features. */
    static List<JsonNode> points(JsonNode fc) {
        assertThat(fc.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(fc.has("crs")).as("RFC 7946 has no crs member").isFalse();
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : fc.path("features")) {
            assertThat(f.path("type").asString()).isEqualTo("Feature");
            JsonNode g = f.path("geometry");
            assertThat(g.path("type").asString()).isEqualTo("Point");
            double lon = g.path("coordinates").get(0).asDouble();
            double lat = g.path("coordinates").get(1).asDouble();
            assertThat(lon).isBetween(-180.0, 180.0);
            assertThat(lat).isBetween(-90.0, 90.0);
            out.add(f);
        }
        return out;
    }

    static List<JsonNode> where(List<JsonNode> features, Predicate<JsonNode> p) {
        return features.stream().filter(p).toList();
    }

    static String prop(JsonNode feature, String name) {
        JsonNode v = feature.path("properties").path(name);
        return v.isNull() || v.isMissingNode() ? null : v.asString();
    }
}
