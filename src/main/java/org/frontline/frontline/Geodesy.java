package org.frontline.frontline;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/** Geodesic lengths and distances on WGS84 (GeographicLib), for lon/lat geometry. */
public final class Geodesy {

    private Geodesy() {
    }

    /** Geodesic distance in km between two lon/lat points. */
    public static double distanceKm(double lon1, double lat1, double lon2, double lat2) {
        return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.DISTANCE).s12 / 1000.0;
    }

    /** Total geodesic length in km of the lines (or polygon rings) of a lon/lat geometry. */
    public static double lengthKm(Geometry lonLat) {
        double m = 0;
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            Geometry g = lonLat.getGeometryN(i);
            if (g instanceof LineString line) {
                m += lineMetres(line.getCoordinates());
            } else if (g instanceof org.locationtech.jts.geom.Polygon p) {
                m += lineMetres(p.getExteriorRing().getCoordinates());
                for (int r = 0; r < p.getNumInteriorRing(); r++) {
                    m += lineMetres(p.getInteriorRingN(r).getCoordinates());
                }
            }
        }
        return m / 1000.0;
    }

    private static double lineMetres(Coordinate[] cs) {
        double m = 0;
        for (int i = 1; i < cs.length; i++) {
            m += Geodesic.WGS84.Inverse(cs[i - 1].y, cs[i - 1].x, cs[i].y, cs[i].x, GeodesicMask.DISTANCE).s12;
        }
        return m;
    }
}
