package org.frontline.frontline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.frontline.claims.Claim;
import org.frontline.claims.ClaimType;
import org.frontline.claims.DatePrecision;
import org.frontline.gazetteer.Place;
import org.frontline.resolve.Mention;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Tiny synthetic worlds and claims for WKT-in/WKT-out tests. */
final class Fixtures {

    /** The square lon 31..32, lat 48..49 (around the projection centre, so the plane is nearly lon/lat-affine). */
    static final String SQUARE = "POLYGON ((31 48, 32 48, 32 49, 31 49, 31 48))";

    private Fixtures() {
    }

    static Geometry wkt(String wkt) {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Nine settlements on a 3x3 grid at the centres of the thirds of {@link #SQUARE}, ids 1..9 row by row from
     * the south-west: 1 2 3 on the southern row, 7 8 9 on the northern. Settlement 5 is the centre.
     */
    static ControlInputs grid() {
        List<Settlement> s = new ArrayList<>();
        int id = 1;
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                s.add(new Settlement(id, "S" + id, 48 + (row + 0.5) / 3, 31 + (col + 0.5) / 3));
                id++;
            }
        }
        return new ControlInputs(s, wkt(SQUARE), null, null);
    }

    /** A cell of the 3x3 grid as a lon/lat rectangle (col, row from the south-west, 0..2). */
    static Geometry gridCell(int col, int row) {
        double x0 = 31 + col / 3.0;
        double y0 = 48 + row / 3.0;
        double x1 = x0 + 1 / 3.0;
        double y1 = y0 + 1 / 3.0;
        return wkt(String.format(java.util.Locale.ROOT, "POLYGON ((%f %f, %f %f, %f %f, %f %f, %f %f))",
                x0, y0, x1, y0, x1, y1, x0, y1, x0, y0));
    }

    static ControlSettings settings(double neighbourKm) {
        return new ControlSettings(14, neighbourKm, 0, 25, 3, null, null);
    }

    static Claim claim(String id, Settlement s, ClaimType type, String actor, LocalDate date) {
        return claim(id, s, type, actor, date, false);
    }

    static Claim claim(String id, Settlement s, ClaimType type, String actor, LocalDate date, boolean hedged) {
        Place p = ControlInputs.syntheticPlace(s);
        Mention m = new Mention("a1", 0, 0, s.name().length(), s.name(), s.name(), p, 1.0, "test");
        return new Claim(id, "a1", "Test", date, date, DatePrecision.DAY, type, actor, "someone", null, hedged, m, 0,
                10, "quote", List.of());
    }

    /** Hausdorff distance in degrees between two lon/lat geometries. */
    static double hausdorff(Geometry a, Geometry b) {
        return DiscreteHausdorffDistance.distance(a, b, 0.05);
    }
}
