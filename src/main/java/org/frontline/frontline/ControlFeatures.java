package org.frontline.frontline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The GeoJSON documents of the control endpoints (RFC 7946 FeatureCollections as strings). */
public final class ControlFeatures {

    private ControlFeatures() {
    }

    /** Polygon/MultiPolygon features: date, side, areaKm2, settlements, claims (count), claimIds. */
    public static String areas(LocalDate date, List<ControlArea> areas) {
        List<GeoJson.Feature> fs = new ArrayList<>();
        for (ControlArea a : areas) {
            fs.add(new GeoJson.Feature(a.geometry(), GeoJson.props("date", date.toString(), "side", a.side().wire(),
                    "areaKm2", round(a.areaKm2()), "settlements", a.settlements(),
                    "settlementsByClaims", a.settlementsByClaims(), "claims", a.claimCount(),
                    "claimIds", a.claimIds(), "claimIdsTruncated", a.claimIds().size() < a.claimCount())));
        }
        return GeoJson.featureCollection(fs);
    }

    /** LineString/MultiLineString features: date, between, sides, lengthKm. */
    public static String frontLines(LocalDate date, List<FrontLine> lines) {
        List<GeoJson.Feature> fs = new ArrayList<>();
        for (FrontLine l : lines) {
            fs.add(new GeoJson.Feature(l.geometry(), GeoJson.props("date", date.toString(), "between", l.between(),
                    "sides", List.of(l.sideA().wire(), l.sideB().wire()), "lengthKm", round(l.lengthKm()))));
        }
        return GeoJson.featureCollection(fs);
    }

    /** Polygon/MultiPolygon features: fromDate, toDate, from, to, areaKm2, settlements, claims, claimIds. */
    public static String changes(LocalDate fromDate, LocalDate toDate, List<ControlChange> changes) {
        List<GeoJson.Feature> fs = new ArrayList<>();
        for (ControlChange c : changes) {
            fs.add(new GeoJson.Feature(c.geometry(), GeoJson.props("fromDate", fromDate.toString(),
                    "toDate", toDate.toString(), "from", c.from().wire(), "to", c.to().wire(),
                    "areaKm2", round(c.areaKm2()), "settlements", c.settlements(), "claims", c.claimCount(),
                    "claimIds", c.claimIds(), "claimIdsTruncated", c.claimIds().size() < c.claimCount())));
        }
        return GeoJson.featureCollection(fs);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
