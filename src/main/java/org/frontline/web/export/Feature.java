package org.frontline.web.export;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature in any geometry (lon/lat, EPSG:4326 axis order x=lon): its id (String or Long, null for none), its
 * geometry (null for none) and its attribute values in the order of the set's schema.
 */
public record Feature(Object id, Geometry geometry, Map<String, Object> values) {
}
