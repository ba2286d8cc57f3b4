package org.frontline.frontline;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Compares derived Russian-held areas with reference maps (docs/control-evaluation.md). For each reference: import
 * the Wikipedia snapshot of the same date into a fresh model (rows without as_of dated by the snapshot), compute
 * the RU area on the reference date, and measure IoU, area difference and front-line distances, like with like
 * (Crimea removed from both sides for NZZ, whose maps leave it out).
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.frontline.frontline.ControlEvaluation [-Dexec.args="40 20 60"] [-Dnews=warline]} (arguments:
 * neighbour radii in km to try; default the configured one; {@code -Dnews=warline} adds the claims the text path
 * reads from the Warline news items dated up to each reference date).
 */
public final class ControlEvaluation {

    record Reference(String file, String snapshot, LocalDate date, boolean crimea, String label) {
    }

    static final List<Reference> REFERENCES = List.of(
            new Reference("nzz_occupied_2022-02-27.geojson", "wiki_city_control_2022-02-27.csv",
                    LocalDate.of(2022, 2, 27), false, "NZZ 2022-02-27 (no Crimea)"),
            new Reference("nzz_occupied_2022-03-15.geojson", "wiki_city_control_2022-03-15.csv",
                    LocalDate.of(2022, 3, 15), false, "NZZ 2022-03-15 (no Crimea)"),
            new Reference("deepstate_occupied_2022-09-01.geojson", "wiki_city_control_2022-09-01.csv",
                    LocalDate.of(2022, 9, 1), true, "DeepState 2022-09-01 (with Crimea, pre-2022 areas)"));

    static final EqualAreaProjection P = EqualAreaProjection.UKRAINE;
    static final double EDGE_M = 3_000;

    public static void main(String[] args) throws IOException {
        ControlInputs inputs = SharedData.ukraine();
        List<Double> radii = new ArrayList<>();
        for (String a : args) {
            radii.add(Double.parseDouble(a));
        }
        if (radii.isEmpty()) {
            radii.add(ControlSettings.DEFAULT_NEIGHBOUR_KM);
        }
        Geometry border = P.project(Densifier.densify(inputs.border(), 0.02));
        Geometry crimea = crimea();
        List<Double> betweens = new ArrayList<>();
        for (String b : System.getProperty("between", String.valueOf(ControlSettings.DEFAULT_BETWEEN_KM)).split(",")) {
            betweens.add(Double.parseDouble(b.trim()));
        }
        SettlementCells cells = SettlementCells.build(inputs.settlements(), inputs.border(), P);
        ControlGeometry geometry = new ControlGeometry(cells);
        System.out.println("| reference | neighbour km | between km | rows imported | RU km² (ours) | RU km² (ref) | difference km² "
                + "| IoU | IoU incl. contested | front Hausdorff km | front mean km |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        // the ceiling of any settlement-cell map: every settlement's cell given the reference's own side
        for (Reference ref : REFERENCES) {
            Geometry region = region(ref, border, crimea);
            Geometry reference = reference(ref, region);
            Geometry oracle = oracle(cells, geometry, reference, region);
            Geometry edge = region.getBoundary().buffer(EDGE_M);
            double[] d = distances(front(oracle, edge), front(reference, edge));
            System.out.printf(Locale.ROOT, "| %s, ceiling (each cell given the reference's side) | – | – | – | %.0f | %.0f "
                            + "| %+.0f | %.3f | – | %.1f | %.1f |%n", ref.label(), oracle.getArea() / 1e6,
                    reference.getArea() / 1e6, (oracle.getArea() - reference.getArea()) / 1e6, iou(oracle, reference),
                    d[0] / 1000, d[1] / 1000);
        }
        // -Dnews=warline: also the claims Frontline's text path reads from the Warline news items up to each date
        List<org.frontline.claims.Claim> news = "warline".equals(System.getProperty("news")) ? NewsClaims.warline() : List.of();
        for (double between : betweens) {
        for (double radius : radii) {
            for (Reference ref : REFERENCES) {
                ControlService.InMemoryClaims claims = new ControlService.InMemoryClaims();
                ControlService control = new ControlService(() -> inputs, claims, claims,
                        ControlSettings.defaults(null).withBaselineFile(SharedData.baselineFile())
                                .withNeighbourKm(radius).withBetweenKm(between));
                ImportReport report = control.importCsv(new StringReader(Files.readString(
                                SharedData.data("eval/control/" + ref.snapshot()))),
                        "Wikipedia: Control of cities during the Russo-Ukrainian War", ref.date());
                List<org.frontline.claims.Claim> before = news.stream().filter(c -> c.date() != null
                        && !c.date().isAfter(ref.date())).toList();
                if (!before.isEmpty()) claims.store(before);
                List<ControlArea> areas = control.areas(ref.date());
                Geometry region = region(ref, border, crimea);
                Geometry ours = clip(union(areas, false), region);
                Geometry oursWithContested = clip(union(areas, true), region);
                Geometry reference = reference(ref, region);
                double iou = iou(ours, reference);
                double iouC = iou(oursWithContested, reference);
                Geometry edge = region.getBoundary().buffer(EDGE_M);
                Geometry frontOurs = front(ours, edge);
                Geometry frontRef = front(reference, edge);
                double[] d = distances(frontOurs, frontRef);
                System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %d / %d | %.0f | %.0f | %+.0f | %.3f | %.3f | %.1f | %.1f |%n",
                        ref.label() + (news.isEmpty() ? "" : " + " + before.size() + " news claims"), radius, between, report.imported(), report.rowsRead(), ours.getArea() / 1e6,
                        reference.getArea() / 1e6, (ours.getArea() - reference.getArea()) / 1e6, iou, iouC,
                        d[0] / 1000, d[1] / 1000);
            }
        }
        }
        System.out.println();
        System.out.println("| change | neighbour km | between km | RU gained km² (ours) | (ref) | IoU of gains "
                + "| RU lost km² (ours) | (ref) | IoU of losses |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        oracleChange(cells, geometry, border, crimea, REFERENCES.get(0), REFERENCES.get(1));
        for (double between : betweens) {
            for (double radius : radii) {
                change(inputs, border, crimea, REFERENCES.get(0), REFERENCES.get(1), radius, between);
            }
        }
    }

    /**
     * The reference's own change between two of its dates against ours, with both snapshots in one model (each
     * row dated by its snapshot), like a deployment that imported both tables.
     */
    static void change(ControlInputs inputs, Geometry border, Geometry crimea, Reference a, Reference b,
                       double radius, double between) throws IOException {
        ControlService.InMemoryClaims claims = new ControlService.InMemoryClaims();
        ControlService control = new ControlService(() -> inputs, claims, claims,
                ControlSettings.defaults(null).withBaselineFile(SharedData.baselineFile())
                        .withNeighbourKm(radius).withBetweenKm(between));
        for (Reference r : List.of(a, b)) {
            control.importCsv(new StringReader(Files.readString(SharedData.data("eval/control/" + r.snapshot()))),
                    "Wikipedia: Control of cities during the Russo-Ukrainian War", r.date());
        }
        Geometry region = a.crimea() && b.crimea() ? border
                : OverlayNGRobust.overlay(border, crimea, org.locationtech.jts.operation.overlayng.OverlayNG.DIFFERENCE);
        Geometry oursA = clip(union(control.areas(a.date()), false), region);
        Geometry oursB = clip(union(control.areas(b.date()), false), region);
        Geometry refA = clip(P.project(SharedData.border(SharedData.data("eval/control/" + a.file()))), region);
        Geometry refB = clip(P.project(SharedData.border(SharedData.data("eval/control/" + b.file()))), region);
        int diff = org.locationtech.jts.operation.overlayng.OverlayNG.DIFFERENCE;
        Geometry gainedOurs = OverlayNGRobust.overlay(oursB, oursA, diff);
        Geometry gainedRef = OverlayNGRobust.overlay(refB, refA, diff);
        Geometry lostOurs = OverlayNGRobust.overlay(oursA, oursB, diff);
        Geometry lostRef = OverlayNGRobust.overlay(refA, refB, diff);
        System.out.printf(Locale.ROOT, "| %s → %s | %.0f | %.0f | %.0f | %.0f | %.3f | %.0f | %.0f | %.3f |%n",
                a.label(), b.date(), radius, between, gainedOurs.getArea() / 1e6, gainedRef.getArea() / 1e6,
                iou(gainedOurs, gainedRef), lostOurs.getArea() / 1e6, lostRef.getArea() / 1e6, iou(lostOurs, lostRef));
    }

    /** The ceiling of the change: each cell given the reference's side on both dates. */
    static void oracleChange(SettlementCells cells, ControlGeometry geometry, Geometry border, Geometry crimea,
                             Reference a, Reference b) {
        Geometry region = a.crimea() && b.crimea() ? border : region(a, border, crimea);
        Geometry refA = reference(a, region);
        Geometry refB = reference(b, region);
        Geometry oracleA = oracle(cells, geometry, refA, region);
        Geometry oracleB = oracle(cells, geometry, refB, region);
        int diff = org.locationtech.jts.operation.overlayng.OverlayNG.DIFFERENCE;
        Geometry gained = OverlayNGRobust.overlay(oracleB, oracleA, diff);
        Geometry gainedRef = OverlayNGRobust.overlay(refB, refA, diff);
        Geometry lost = OverlayNGRobust.overlay(oracleA, oracleB, diff);
        Geometry lostRef = OverlayNGRobust.overlay(refA, refB, diff);
        System.out.printf(Locale.ROOT, "| %s → %s, ceiling (each cell given the reference's side) | – | – | %.0f | %.0f "
                        + "| %.3f | %.0f | %.0f | %.3f |%n", a.label(), b.date(), gained.getArea() / 1e6,
                gainedRef.getArea() / 1e6, iou(gained, gainedRef), lost.getArea() / 1e6, lostRef.getArea() / 1e6,
                iou(lost, lostRef));
    }

    /** Where a reference is compared: Ukraine's border, without Crimea for references that leave it out. */
    static Geometry region(Reference ref, Geometry border, Geometry crimea) {
        return ref.crimea() ? border : OverlayNGRobust.overlay(border, crimea,
                org.locationtech.jts.operation.overlayng.OverlayNG.DIFFERENCE);
    }

    /** The reference's Russian-held area, projected and clipped to the region. */
    static Geometry reference(Reference ref, Geometry region) {
        return clip(P.project(SharedData.border(SharedData.data("eval/control/" + ref.file()))), region);
    }

    /**
     * The best any settlement-cell map can do: each settlement's cell takes the side the reference gives the
     * settlement's position; dissolved like our areas and clipped to the region.
     */
    static Geometry oracle(SettlementCells cells, ControlGeometry geometry, Geometry reference, Geometry region) {
        org.locationtech.jts.geom.prep.PreparedGeometry prepared =
                org.locationtech.jts.geom.prep.PreparedGeometryFactory.prepare(reference);
        GeometryFactory gf = new GeometryFactory();
        int[] key = new int[cells.cellCount()];
        for (int c = 0; c < key.length; c++) {
            Settlement s = cells.settlements().get(cells.settlementsOf(c)[0]);
            double[] xy = P.forward(s.lon(), s.lat());
            key[c] = prepared.covers(gf.createPoint(new Coordinate(xy[0], xy[1]))) ? 1 : 0;
        }
        List<Geometry> ru = new ArrayList<>();
        for (int[] g : geometry.components(key)) {
            if (key[g[0]] == 1) {
                ru.add(P.project(geometry.dissolve(g)));
            }
        }
        return clip(ru.isEmpty() ? gf.createPolygon() : OverlayNGRobust.union(ru), region);
    }

    static double iou(Geometry a, Geometry b) {
        double inter = OverlayNGRobust.overlay(a, b, org.locationtech.jts.operation.overlayng.OverlayNG.INTERSECTION)
                .getArea();
        double union = OverlayNGRobust.overlay(a, b, org.locationtech.jts.operation.overlayng.OverlayNG.UNION)
                .getArea();
        return union == 0 ? 1 : inter / union;
    }

    static Geometry crimea() {
        List<Geometry> parts = new ArrayList<>();
        for (GeoJson.Feature f : GeoJson.read(SharedData.repo("gazetteer/boundaries/ukraine-oblasts.geojson"))) {
            Object a = f.properties().get("admin1");
            if ("11".equals(a) || "20".equals(a)) {
                parts.add(f.geometry());
            }
        }
        return P.project(Densifier.densify(UnaryUnionOp.union(parts), 0.02)).buffer(0);
    }

    static Geometry union(List<ControlArea> areas, boolean withContested) {
        List<Geometry> ru = new ArrayList<>();
        for (ControlArea a : areas) {
            if (a.side() == Side.RU || (withContested && a.side() == Side.CONTESTED)) {
                ru.add(P.project(a.geometry()));
            }
        }
        return ru.isEmpty() ? new GeometryFactory().createPolygon() : OverlayNGRobust.union(ru);
    }

    static Geometry clip(Geometry g, Geometry region) {
        Geometry r = OverlayNGRobust.overlay(g, region, org.locationtech.jts.operation.overlayng.OverlayNG.INTERSECTION);
        List<org.locationtech.jts.geom.Polygon> polys = new ArrayList<>();
        org.locationtech.jts.geom.util.PolygonExtracter.getPolygons(r, polys);
        return new GeometryFactory().createMultiPolygon(polys.toArray(new org.locationtech.jts.geom.Polygon[0]));
    }

    /** The boundary of an area away from the region's edge (border, coast, and for NZZ the Crimean cut). */
    static Geometry front(Geometry area, Geometry edge) {
        return Densifier.densify(OverlayNGRobust.overlay(area.getBoundary(), edge,
                org.locationtech.jts.operation.overlayng.OverlayNG.DIFFERENCE), 500);
    }

    /** {Hausdorff, symmetric mean} distance in metres between two line sets (sampled every 500 m). */
    static double[] distances(Geometry a, Geometry b) {
        if (a.isEmpty() || b.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        IndexedFacetDistance da = new IndexedFacetDistance(a);
        IndexedFacetDistance db = new IndexedFacetDistance(b);
        double max = 0;
        double sum = 0;
        int n = 0;
        GeometryFactory gf = new GeometryFactory();
        for (Coordinate c : a.getCoordinates()) {
            double d = db.distance(gf.createPoint(c));
            max = Math.max(max, d);
            sum += d;
            n++;
        }
        for (Coordinate c : b.getCoordinates()) {
            double d = da.distance(gf.createPoint(c));
            max = Math.max(max, d);
            sum += d;
            n++;
        }
        return new double[] {max, sum / n};
    }

}
