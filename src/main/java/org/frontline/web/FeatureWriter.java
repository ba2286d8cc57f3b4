package org.frontline.web;

import java.util.ArrayList;
import java.util.List;
import org.frontline.web.export.CsvExporter;
import org.frontline.web.export.Feature;
import org.frontline.web.export.FeatureSet;
import org.frontline.web.export.GeoJsonExporter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the API's point features into the typed feature sets every format is written from (see
 * {@link org.frontline.web.export}), so one feature list serves the map, scripts, spreadsheets and GIS tools.
 */
final class FeatureWriter {
    /** lon/lat on WGS 84; the SRID travels with the geometries into GeoPackage and Shapefile. */
    static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private FeatureWriter() {
    }

    /** The points as a feature set; a feature's id is its {@code id} property where it has one. */
    static FeatureSet set(String layer, List<PointFeature> points) {
        List<Feature> features = new ArrayList<>(points.size());
        for (PointFeature p : points) {
            var geometry = p.lon() == null || p.lat() == null ? null : WGS84.createPoint(new Coordinate(p.lon(), p.lat()));
            features.add(new Feature(p.properties().get("id"), geometry, p.properties()));
        }
        return FeatureSet.of(layer, features);
    }

    static ObjectNode collection(List<PointFeature> features) {
        return GeoJsonExporter.collection(set("features", features));
    }

    static ObjectNode feature(PointFeature f) {
        return GeoJsonExporter.feature(set("features", List.of(f)).features().get(0));
    }

    static JsonNode value(Object v) {
        return GeoJsonExporter.value(v);
    }

    static String csv(List<PointFeature> features) {
        return CsvExporter.text(set("features", features));
    }
}
