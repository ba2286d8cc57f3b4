package org.frontline.web.export;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Ring orientation per format: RFC 7946 wants exterior rings counter-clockwise and holes clockwise; the Shapefile
 * specification wants the opposite. Geometries from JTS operations come in either, so writers orient explicitly.
 */
public final class Rings {
    private Rings() {
    }

    /** The geometry with polygon shells counter-clockwise (or clockwise) and holes the other way; others unchanged. */
    public static Geometry orient(Geometry g, boolean shellsCounterClockwise) {
        if (g instanceof Polygon p) return orient(p, shellsCounterClockwise);
        if (g instanceof MultiPolygon mp) {
            Polygon[] parts = new Polygon[mp.getNumGeometries()];
            for (int i = 0; i < parts.length; i++) parts[i] = orient((Polygon) mp.getGeometryN(i), shellsCounterClockwise);
            return mp.getFactory().createMultiPolygon(parts);
        }
        return g;
    }

    public static Polygon orient(Polygon p, boolean shellsCounterClockwise) {
        if (p.isEmpty()) return p;
        GeometryFactory gf = p.getFactory();
        LinearRing shell = ring(gf, p.getExteriorRing().getCoordinates(), shellsCounterClockwise);
        LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
        for (int i = 0; i < holes.length; i++) holes[i] = ring(gf, p.getInteriorRingN(i).getCoordinates(), !shellsCounterClockwise);
        return gf.createPolygon(shell, holes);
    }

    private static LinearRing ring(GeometryFactory gf, Coordinate[] cs, boolean counterClockwise) {
        if (cs.length >= 4 && Orientation.isCCW(cs) != counterClockwise) {
            cs = cs.clone();
            CoordinateArrays.reverse(cs);
        }
        return gf.createLinearRing(cs);
    }
}
