package org.frontline.frontline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

class EqualAreaProjectionTest {

    static final EqualAreaProjection P = EqualAreaProjection.UKRAINE;

    /** Exact area on the WGS84 ellipsoid of the quadrangle between two meridians and two parallels, km². */
    static double quadrangleKm2(double lon1, double lat1, double lon2, double lat2) {
        double a = EqualAreaProjection.WGS84_A;
        return Math.toRadians(lon2 - lon1) / 2 * a * a
                * (P.q(Math.toRadians(lat2)) - P.q(Math.toRadians(lat1))) / 1e6;
    }

    @Test
    void aDensifiedQuadrangleHasItsExactEllipsoidalArea() {
        Geometry quad = Densifier.densify(Fixtures.wkt("POLYGON ((22 44, 40 44, 40 52, 22 52, 22 44))"), 0.01);

        double exact = quadrangleKm2(22, 44, 40, 52);
        // independent sanity check: the same quadrangle on the authalic sphere (R = 6371.007 km) is within 0.5 %
        double sphere = 6371.007 * 6371.007 * Math.toRadians(18) * (Math.sin(Math.toRadians(52)) - Math.sin(Math.toRadians(44)));
        assertThat(exact).isCloseTo(sphere, within(sphere * 5e-3));
        assertThat(P.areaKm2(quad)).isCloseTo(exact, within(exact * 1e-6));
    }

    @Test
    void ukrainesBorderAreaAgreesWithGeographicLib() {
        Geometry border = SharedData.border(SharedData.repo("gazetteer/boundaries/ukraine-border.geojson"));
        double geodesic = 0;
        for (int i = 0; i < border.getNumGeometries(); i++) {
            Polygon p = (Polygon) border.getGeometryN(i);
            geodesic += Math.abs(ring(p.getExteriorRing().getCoordinates()));
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                geodesic -= Math.abs(ring(p.getInteriorRingN(h).getCoordinates()));
            }
        }
        // geodesic edges vs straight lon/lat edges differ slightly; the border's edges are short
        assertThat(P.areaKm2(border)).isCloseTo(geodesic, within(geodesic * 5e-4));
        assertThat(geodesic).isBetween(590_000.0, 610_000.0); // Ukraine: 603,628 km² officially
    }

    private static double ring(Coordinate[] cs) {
        PolygonArea pa = new PolygonArea(Geodesic.WGS84, false);
        for (int i = 0; i < cs.length - 1; i++) {
            pa.AddPoint(cs[i].y, cs[i].x);
        }
        return pa.Compute().area / 1e6;
    }

    @Test
    void inverseUndoesForwardToWithinAMillimetre() {
        for (double lon = 22; lon <= 41; lon += 1.7) {
            for (double lat = 44; lat <= 53; lat += 0.9) {
                double[] xy = P.forward(lon, lat);
                double[] back = P.inverse(xy[0], xy[1]);
                assertThat(back[0]).isCloseTo(lon, within(1e-8));
                assertThat(back[1]).isCloseTo(lat, within(1e-8));
            }
        }
    }

    @Test
    void theCentreMapsToTheOriginAndDistancesNearItAreTrue() {
        double[] c = P.forward(31.5, 48.5);
        assertThat(c[0]).isCloseTo(0, within(1e-6));
        assertThat(c[1]).isCloseTo(0, within(1e-6));
        double[] e = P.forward(32.5, 48.5);
        double km = Geodesy.distanceKm(31.5, 48.5, 32.5, 48.5);
        assertThat(Math.hypot(e[0], e[1]) / 1000).isCloseTo(km, within(km * 1e-3));
    }
}
