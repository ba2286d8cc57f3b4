package org.frontline.frontline;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Lambert azimuthal equal-area projection on the WGS84 ellipsoid (Snyder, "Map Projections: A Working Manual",
 * pp. 187-190), centred on Ukraine. Planar areas in metres² equal areas on the ellipsoid, so control areas in km²
 * are simply {@code getArea() / 1e6} of projected geometry; distances are close to true (scale error below 1.5 %
 * within Ukraine), which also makes Voronoi cells of projected points honest nearest-settlement regions.
 */
public final class EqualAreaProjection {

    public static final double WGS84_A = 6378137.0;
    public static final double WGS84_F = 1 / 298.257223563;

    /** Centred on Ukraine (48.5° N, 31.5° E). */
    public static final EqualAreaProjection UKRAINE = new EqualAreaProjection(48.5, 31.5);

    private final double e;
    private final double e2;
    private final double lon0;
    private final double lat0;
    private final double qp;
    private final double rq;
    private final double sinB1;
    private final double cosB1;
    private final double d;

    public EqualAreaProjection(double lat0Deg, double lon0Deg) {
        this.e2 = WGS84_F * (2 - WGS84_F);
        this.e = Math.sqrt(e2);
        this.lon0 = Math.toRadians(lon0Deg);
        this.lat0 = lat0Deg;
        double phi1 = Math.toRadians(lat0Deg);
        this.qp = q(Math.PI / 2);
        this.rq = WGS84_A * Math.sqrt(qp / 2);
        double b1 = Math.asin(q(phi1) / qp);
        this.sinB1 = Math.sin(b1);
        this.cosB1 = Math.cos(b1);
        double m1 = Math.cos(phi1) / Math.sqrt(1 - e2 * Math.sin(phi1) * Math.sin(phi1));
        this.d = WGS84_A * m1 / (rq * cosB1);
    }

    /** Snyder's q(φ): proportional to the ellipsoid's area between the equator and latitude φ. */
    double q(double phi) {
        double s = Math.sin(phi);
        return (1 - e2) * (s / (1 - e2 * s * s) - 1 / (2 * e) * Math.log((1 - e * s) / (1 + e * s)));
    }

    /** lon/lat degrees to projected metres {x, y}. */
    public double[] forward(double lonDeg, double latDeg) {
        double beta = Math.asin(Math.max(-1, Math.min(1, q(Math.toRadians(latDeg)) / qp)));
        double dl = Math.toRadians(lonDeg) - lon0;
        double sinB = Math.sin(beta);
        double cosB = Math.cos(beta);
        double cosDl = Math.cos(dl);
        double b = rq * Math.sqrt(2 / (1 + sinB1 * sinB + cosB1 * cosB * cosDl));
        return new double[] {b * d * cosB * Math.sin(dl), (b / d) * (cosB1 * sinB - sinB1 * cosB * cosDl)};
    }

    /** Projected metres to lon/lat degrees {lon, lat}. */
    public double[] inverse(double x, double y) {
        double rho = Math.hypot(x / d, d * y);
        if (rho == 0) {
            return new double[] {Math.toDegrees(lon0), lat0};
        }
        double ce = 2 * Math.asin(Math.min(1, rho / (2 * rq)));
        double sinCe = Math.sin(ce);
        double cosCe = Math.cos(ce);
        double beta = Math.asin(cosCe * sinB1 + d * y * sinCe * cosB1 / rho);
        double lon = lon0 + Math.atan2(x * sinCe, d * rho * cosB1 * cosCe - d * d * y * sinB1 * sinCe);
        return new double[] {Math.toDegrees(lon), Math.toDegrees(latFromBeta(beta))};
    }

    /** Geodetic from authalic latitude (Snyder 3-18); the series is good to well under a millimetre. */
    private double latFromBeta(double beta) {
        double e4 = e2 * e2;
        double e6 = e4 * e2;
        return beta + (e2 / 3 + 31 * e4 / 180 + 517 * e6 / 5040) * Math.sin(2 * beta)
                + (23 * e4 / 360 + 251 * e6 / 3780) * Math.sin(4 * beta)
                + (761 * e6 / 45360) * Math.sin(6 * beta);
    }

    /** A projected copy of a lon/lat geometry. */
    public Geometry project(Geometry lonLat) {
        Geometry g = lonLat.copy();
        g.apply(new Transform(true));
        g.geometryChanged();
        return g;
    }

    /** A lon/lat copy of a projected geometry. */
    public Geometry unproject(Geometry projected) {
        Geometry g = projected.copy();
        g.apply(new Transform(false));
        g.geometryChanged();
        return g;
    }

    /** Area in km² of a lon/lat geometry. */
    public double areaKm2(Geometry lonLat) {
        return project(lonLat).getArea() / 1e6;
    }

    private final class Transform implements CoordinateSequenceFilter {
        private final boolean forward;

        Transform(boolean forward) {
            this.forward = forward;
        }

        @Override
        public void filter(CoordinateSequence seq, int i) {
            double[] r = forward ? forward(seq.getX(i), seq.getY(i)) : inverse(seq.getX(i), seq.getY(i));
            seq.setOrdinate(i, 0, r[0]);
            seq.setOrdinate(i, 1, r[1]);
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}
