package org.frontline.frontline;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * How well can the snapshots describe the references at all? (docs/control-evaluation.md, "The data".) For each
 * reference: validity and overlaps of its polygons, how much of it is Crimea or the pre-2022 baseline, where the
 * snapshot's rows fall relative to it, how much of the fresh advance lies within X km of a Russian-held row, and
 * the ceiling of any settlement-cell map (every settlement given the reference's own side). With an output folder
 * as argument it also draws one PNG per reference: reference (red), our RU area (blue outline), rows.
 *
 * <p>Run: {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.frontline.frontline.ControlDataCheck [-Dexec.args=/tmp/maps]}
 */
public final class ControlDataCheck {

    private static final EqualAreaProjection P = EqualAreaProjection.UKRAINE;
    private static final GeometryFactory GF = new GeometryFactory();

    record Row(String name, Side side, double x, double y) {
    }

    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : null;
        ControlInputs inputs = SharedData.ukraine();
        ControlSettings settings = ControlSettings.defaults(null).withBaselineFile(SharedData.baselineFile());
        Geometry border = P.project(Densifier.densify(inputs.border(), 0.02));
        Geometry crimea = ControlEvaluation.crimea();
        Geometry baseline = ControlEvaluation.clip(P.project(Densifier.densify(
                Baseline.read(SharedData.baselineFile()).ruHeld(), 0.02)), border);
        SettlementCells cells = SettlementCells.build(inputs.settlements(), inputs.border(), P);
        ControlGeometry geometry = new ControlGeometry(cells);

        for (ControlEvaluation.Reference ref : ControlEvaluation.REFERENCES) {
            System.out.println("## " + ref.label());
            Geometry raw = SharedData.border(SharedData.data("eval/control/" + ref.file()));
            double parts = 0;
            for (int i = 0; i < raw.getNumGeometries(); i++) {
                parts += P.project(raw.getGeometryN(i)).getArea();
            }
            Geometry rawP = P.project(raw);
            System.out.printf(Locale.ROOT, "raw: valid %s, %d polygons, %d holes, sum of parts %.0f km², union %.0f "
                            + "km², outside border %.0f km², inside Crimea %.0f km², envelope %s%n",
                    raw.isValid(), raw.getNumGeometries(), holes(raw), parts / 1e6, rawP.buffer(0).getArea() / 1e6,
                    OverlayNGRobust.overlay(rawP, border, OverlayNG.DIFFERENCE).getArea() / 1e6,
                    OverlayNGRobust.overlay(rawP, crimea, OverlayNG.INTERSECTION).getArea() / 1e6,
                    raw.getEnvelopeInternal());
            Geometry region = ref.crimea() ? border : OverlayNGRobust.overlay(border, crimea, OverlayNG.DIFFERENCE);
            Geometry reference = ControlEvaluation.clip(rawP, region);
            Geometry base = ControlEvaluation.clip(baseline, region);
            Geometry fresh = OverlayNGRobust.overlay(reference, base, OverlayNG.DIFFERENCE);
            System.out.printf(Locale.ROOT, "reference %.0f km²; baseline %.0f km², of it inside reference %.0f km²; "
                            + "fresh (reference minus baseline) %.0f km²%n", reference.getArea() / 1e6,
                    base.getArea() / 1e6, OverlayNGRobust.overlay(reference, base, OverlayNG.INTERSECTION).getArea() / 1e6,
                    fresh.getArea() / 1e6);

            List<Row> rows = rows(ref, settings);
            PreparedGeometry refPrep = PreparedGeometryFactory.prepare(reference);
            Map<Side, int[]> inside = new EnumMap<>(Side.class);
            for (Row r : rows) {
                Point p = GF.createPoint(new Coordinate(r.x(), r.y()));
                int[] c = inside.computeIfAbsent(r.side(), k -> new int[3]);
                c[refPrep.covers(p) ? 0 : reference.isWithinDistance(p, 5_000) ? 1 : 2]++;
            }
            inside.forEach((s, c) -> System.out.printf(Locale.ROOT,
                    "rows %s: %d inside reference, %d within 5 km of it, %d further out%n", s, c[0], c[1], c[2]));
            for (Row r : rows) {
                Point p = GF.createPoint(new Coordinate(r.x(), r.y()));
                if (r.side() == Side.RU && !reference.isWithinDistance(p, 5_000)) {
                    System.out.printf(Locale.ROOT, "  RU row outside: %s (%.0f km away)%n", r.name(),
                            reference.distance(p) / 1000);
                }
                if (r.side() == Side.UA && refPrep.covers(p) && !base.covers(p)) {
                    System.out.printf(Locale.ROOT, "  UA row inside: %s (%.0f km deep)%n", r.name(),
                            reference.getBoundary().distance(p) / 1000);
                }
            }
            List<Geometry> ruRows = new ArrayList<>();
            for (Row r : rows) {
                if (r.side() == Side.RU) {
                    ruRows.add(GF.createPoint(new Coordinate(r.x(), r.y())));
                }
            }
            Geometry ruPoints = GF.buildGeometry(ruRows);
            StringBuilder cover = new StringBuilder("fresh area within X km of a RU row:");
            for (int km : new int[] {10, 20, 40, 60, 100}) {
                double a = OverlayNGRobust.overlay(fresh, ruPoints.buffer(km * 1000.0, 16), OverlayNG.INTERSECTION)
                        .getArea();
                cover.append(String.format(Locale.ROOT, " %d km %.0f%%", km, 100 * a / fresh.getArea()));
            }
            System.out.println(cover);

            // ceiling: every settlement takes the reference's own side
            Geometry oracle = ControlEvaluation.oracle(cells, geometry, reference, region);
            System.out.printf(Locale.ROOT, "ceiling (each settlement's cell given the reference's side): IoU %.3f, "
                    + "%.0f km²%n", ControlEvaluation.iou(oracle, reference), oracle.getArea() / 1e6);
            // ours with the default settings: where do we miss (reference only) and over-reach (ours only), by oblast
            ControlService.InMemoryClaims claims = new ControlService.InMemoryClaims();
            ControlService control = new ControlService(() -> inputs, claims, claims, settings);
            control.importCsv(new StringReader(Files.readString(SharedData.data("eval/control/" + ref.snapshot()))),
                    "wiki", ref.date());
            Geometry ours = ControlEvaluation.clip(ControlEvaluation.union(control.areas(ref.date()), false), region);
            Geometry missed = OverlayNGRobust.overlay(reference, ours, OverlayNG.DIFFERENCE);
            Geometry over = OverlayNGRobust.overlay(ours, reference, OverlayNG.DIFFERENCE);
            System.out.printf(Locale.ROOT, "ours (default settings) %.0f km²: missed %.0f km², over-reach %.0f km²%n",
                    ours.getArea() / 1e6, missed.getArea() / 1e6, over.getArea() / 1e6);
            for (GeoJson.Feature f : GeoJson.read(SharedData.repo("gazetteer/boundaries/ukraine-oblasts.geojson"))) {
                Geometry o = P.project(Densifier.densify(f.geometry(), 0.02)).buffer(0);
                double m = OverlayNGRobust.overlay(missed, o, OverlayNG.INTERSECTION).getArea() / 1e6;
                double v = OverlayNGRobust.overlay(over, o, OverlayNG.INTERSECTION).getArea() / 1e6;
                if (m > 500 || v > 500) {
                    System.out.printf(Locale.ROOT, "  %-20s missed %6.0f km², over-reach %6.0f km²%n",
                            f.properties().get("name"), m, v);
                }
            }
            if (out != null) {
                Files.createDirectories(out);
                draw(out.resolve(ref.file().replace(".geojson", ".png")), region, List.of(
                        new Layer(reference, new Color(230, 60, 60, 120), null),
                        new Layer(base, null, new Color(120, 0, 0)),
                        new Layer(ours, null, new Color(0, 0, 255))), rows);
            }
        }
    }

    static List<Row> rows(ControlEvaluation.Reference ref, ControlSettings settings) throws IOException {
        List<Csv.Record> records = Csv.read(new StringReader(Files.readString(
                SharedData.data("eval/control/" + ref.snapshot()))));
        List<String> header = records.get(0).fields();
        int name = header.indexOf("name");
        int lat = header.indexOf("lat");
        int lon = header.indexOf("lon");
        int held = header.indexOf("held_by");
        List<Row> rows = new ArrayList<>();
        for (Csv.Record r : records.subList(1, records.size())) {
            Side s = settings.side(r.fields().get(held));
            if (s == null) {
                continue;
            }
            double[] xy = P.forward(Double.parseDouble(r.fields().get(lon)), Double.parseDouble(r.fields().get(lat)));
            rows.add(new Row(r.fields().get(name), s, xy[0], xy[1]));
        }
        return rows;
    }

    private static int holes(Geometry g) {
        int n = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            n += ((Polygon) g.getGeometryN(i)).getNumInteriorRing();
        }
        return n;
    }

    /** A quick look, not a map product: region grey, reference red, baseline dark red outline, rows as dots. */
    static void draw(Path file, Geometry region, Geometry reference, Geometry base, List<Row> rows)
            throws IOException {
        draw(file, region, List.of(
                new Layer(reference, new Color(230, 60, 60, 120), null),
                new Layer(base, null, new Color(120, 0, 0))), rows);
    }

    record Layer(Geometry geometry, Color fill, Color stroke) {
    }

    static void draw(Path file, Geometry region, List<Layer> layers, List<Row> rows) throws IOException {
        Envelope env = region.getEnvelopeInternal();
        int w = 1800;
        double scale = w / env.getWidth();
        int h = (int) (env.getHeight() * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        fill(g, region, env, scale, h, new Color(235, 235, 235), Color.GRAY);
        for (Layer l : layers) {
            fill(g, l.geometry(), env, scale, h, l.fill(), l.stroke());
        }
        for (Row r : rows) {
            g.setColor(r.side() == Side.RU ? new Color(150, 0, 0) : r.side() == Side.UA ? new Color(0, 80, 200)
                    : new Color(230, 160, 0));
            int px = (int) ((r.x() - env.getMinX()) * scale);
            int py = h - (int) ((r.y() - env.getMinY()) * scale);
            g.fillOval(px - 5, py - 5, 10, 10);
        }
        ImageIO.write(img, "png", file.toFile());
    }

    private static void fill(Graphics2D g, Geometry geom, Envelope env, double scale, int h, Color fill, Color line) {
        for (int i = 0; i < geom.getNumGeometries(); i++) {
            if (!(geom.getGeometryN(i) instanceof Polygon p)) {
                continue;
            }
            Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            ring(path, p.getExteriorRing().getCoordinates(), env, scale, h);
            for (int k = 0; k < p.getNumInteriorRing(); k++) {
                ring(path, p.getInteriorRingN(k).getCoordinates(), env, scale, h);
            }
            if (fill != null) {
                g.setColor(fill);
                g.fill(path);
            }
            if (line != null) {
                g.setColor(line);
                g.setStroke(new BasicStroke(2));
                g.draw(path);
            }
        }
    }

    private static void ring(Path2D.Double path, Coordinate[] cs, Envelope env, double scale, int h) {
        for (int i = 0; i < cs.length; i++) {
            double px = (cs[i].x - env.getMinX()) * scale;
            double py = h - (cs[i].y - env.getMinY()) * scale;
            if (i == 0) {
                path.moveTo(px, py);
            } else {
                path.lineTo(px, py);
            }
        }
        path.closePath();
    }
}
