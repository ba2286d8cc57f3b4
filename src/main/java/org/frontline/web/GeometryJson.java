package org.frontline.web;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import tools.jackson.databind.JsonNode;

/**
 * A JTS geometry as an RFC 7946 GeoJSON geometry node: lon/lat, counter-clockwise exterior rings, no crs.
 * Jackson cannot serialise JTS, so jts-io writes it and Jackson reads the text back.
 */
final class GeometryJson {
    private GeometryJson() {
    }

    static JsonNode of(Geometry g) {
        GeoJsonWriter writer = new GeoJsonWriter(7);
        writer.setEncodeCRS(false);
        writer.setForceCCW(true);
        return ApiController.JSON.readTree(writer.write(g));
    }
}
