package org.frontline.frontline;

import org.locationtech.jts.geom.Geometry;

/**
 * Where the areas of two sides meet inside Ukraine (never the border or the coast), lon/lat LineString or
 * MultiLineString. {@code between} is "RU|UA", "RU|contested" or "UA|contested".
 */
public record FrontLine(String between, Side sideA, Side sideB, Geometry geometry, double lengthKm) {
}
