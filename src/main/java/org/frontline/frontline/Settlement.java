package org.frontline.frontline;

/**
 * A settlement the control model assigns a side to: the gazetteer id (GeoNames id), its name and position
 * (WGS84 degrees). Control areas are the Voronoi cells of these points.
 */
public record Settlement(long id, String name, double lat, double lon) {
}
