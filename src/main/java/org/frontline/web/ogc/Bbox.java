package org.frontline.web.ogc;

import org.locationtech.jts.geom.Envelope;

/**
 * A CRS84 bounding box. {@code minLon > maxLon} is a box across the antimeridian, as OGC API - Features allows.
 */
public record Bbox(double minLon, double minLat, double maxLon, double maxLat) {

    public boolean crossesAntimeridian() {
        return minLon > maxLon;
    }

    public boolean intersects(Envelope e) {
        if (e == null || e.isNull()) return false;
        if (e.getMaxY() < minLat || e.getMinY() > maxLat) return false;
        if (!crossesAntimeridian()) return !(e.getMaxX() < minLon || e.getMinX() > maxLon);
        return e.getMaxX() >= minLon || e.getMinX() <= maxLon;
    }

    /** minLon, minLat, maxLon, maxLat as the store's queries take them; null across the antimeridian. */
    public double[] array() {
        return crossesAntimeridian() ? null : new double[]{minLon, minLat, maxLon, maxLat};
    }
}
