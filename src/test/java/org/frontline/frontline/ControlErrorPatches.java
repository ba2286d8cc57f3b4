package org.frontline.frontline;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.frontline.claims.Claim;
import org.frontline.frontline.SettlementControl.Basis;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Where do we lose area against each reference? (docs/control-evaluation.md.) Scores the default model cell by cell
 * (each cell's area inside the region and inside the reference, so no dissolve is needed: the IoU equals
 * {@link ControlEvaluation}'s), then prints the over-reach (ours only) and misses (reference only) in km² per oblast
 * and per basis, and every connected patch of wrong cells over 150 km² with the settlements that decided it. With
 * {@code -Ddraw=FILE.png} it also draws the cells of one reference ({@code -DdrawRef=0..2}, default 2: DeepState)
 * inside {@code -Dbox=lonMin,latMin,lonMax,latMax}: over-reach blue, misses red, right RU cells pink (between
 * darker), rows as dots.
 *
 * <p>Run: {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.frontline.frontline.ControlErrorPatches [-Ddraw=/tmp/maps/diff.png]}
 */
public final class ControlErrorPatches {

    static final EqualAreaProjection P = EqualAreaProjection.UKRAINE;
    static final GeometryFactory GF = new GeometryFactory();

    public static void main(String[] args) throws IOException {
        ControlInputs inputs = SharedData.ukraine();
        Geometry border = P.project(Densifier.densify(inputs.border(), 0.02));
        Geometry crimea = ControlEvaluation.crimea();
        SettlementCells cells = SettlementCells.build(inputs.settlements(), inputs.border(), P);
        ControlGeometry geometry = new ControlGeometry(cells);
        int n = cells.cellCount();
        List<String> oblastNames = new ArrayList<>();
        List<PreparedGeometry> oblasts = new ArrayList<>();
        for (GeoJson.Feature f : GeoJson.read(SharedData.repo("gazetteer/boundaries/ukraine-oblasts.geojson"))) {
            oblastNames.add(String.valueOf(f.properties().get("name")));
            oblasts.add(PreparedGeometryFactory.prepare(P.project(Densifier.densify(f.geometry(), 0.02)).buffer(0)));
        }
        int[] oblastOf = new int[n];
        for (int c = 0; c < n; c++) {
            Settlement s = cells.settlements().get(cells.settlementsOf(c)[0]);
            double[] xy = P.forward(s.lon(), s.lat());
            oblastOf[c] = -1;
            for (int o = 0; o < oblasts.size(); o++) {
                if (oblasts.get(o).covers(GF.createPoint(new Coordinate(xy[0], xy[1])))) {
                    oblastOf[c] = o;
                }
            }
        }
        List<ControlEvaluation.Reference> refs = ControlEvaluation.REFERENCES;
        double[][] inRegion = new double[refs.size()][];
        double[][] inRef = new double[refs.size()][];
        double[] refArea = new double[refs.size()];
        for (int k = 0; k < refs.size(); k++) {
            ControlEvaluation.Reference ref = refs.get(k);
            Geometry region = ControlEvaluation.region(ref, border, crimea);
            Geometry reference = ControlEvaluation.reference(ref, region);
            refArea[k] = reference.getArea();
            inRegion[k] = overlapPerCell(cells, region);
            inRef[k] = overlapPerCell(cells, reference);
        }
        ControlSettings settings = ControlSettings.defaults(null).withBaselineFile(SharedData.baselineFile());
        ControlModel model = new ControlModel(inputs.settlements(), Baseline.read(SharedData.baselineFile()), settings);
        ControlCsvImport importer = new ControlCsvImport(model, inputs, settings);
        for (int k = 0; k < refs.size(); k++) {
            ControlEvaluation.Reference ref = refs.get(k);
            List<Claim> claims = new ArrayList<>(importer.read(new StringReader(Files.readString(
                    SharedData.data("eval/control/" + ref.snapshot()))), "wiki", ref.date()).claims());
            ControlModel.State state = model.state(ref.date(), model.evidence(claims));
            int[] decider = new int[n];
            boolean[] ru = new boolean[n];
            for (int c = 0; c < n; c++) {
                int best = -1;
                for (int s : cells.settlementsOf(c)) {
                    if (best < 0 || state.basis[s].ordinal() < state.basis[best].ordinal()) {
                        best = s;
                    }
                }
                decider[c] = best;
                ru[c] = state.side[best] == Side.RU;
            }
            double inter = 0;
            double ours = 0;
            double[] fp = new double[oblastNames.size() + 1];
            double[] fn = new double[oblastNames.size() + 1];
            Map<Basis, double[]> byBasis = new TreeMap<>();
            for (int c = 0; c < n; c++) {
                int o = oblastOf[c] < 0 ? oblastNames.size() : oblastOf[c];
                Basis b = state.basis[decider[c]];
                double[] bb = byBasis.computeIfAbsent(b, x -> new double[2]);
                if (ru[c]) {
                    inter += inRef[k][c];
                    ours += inRegion[k][c];
                    fp[o] += inRegion[k][c] - inRef[k][c];
                    bb[0] += inRegion[k][c] - inRef[k][c];
                } else {
                    fn[o] += inRef[k][c];
                    bb[1] += inRef[k][c];
                }
            }
            double iou = inter / (refArea[k] + ours - inter);
            System.out.printf(Locale.ROOT, "%s: IoU %.3f, ours %.0f km², reference %.0f km², over-reach %.0f km², "
                            + "missed %.0f km²%n", ref.label(), iou, ours / 1e6, refArea[k] / 1e6,
                    (ours - inter) / 1e6, (refArea[k] - inter) / 1e6);
            StringBuilder sb = new StringBuilder("   by oblast (over-reach/missed km²):");
            for (int o = 0; o <= oblastNames.size(); o++) {
                if (fp[o] > 300e6 || fn[o] > 300e6) {
                    sb.append(String.format(Locale.ROOT, " %s %.0f/%.0f;",
                            o < oblastNames.size() ? oblastNames.get(o) : "?", fp[o] / 1e6, fn[o] / 1e6));
                }
            }
            System.out.println(sb);
            StringBuilder bs = new StringBuilder("   by basis of the deciding settlement (over-reach/missed km²):");
            byBasis.forEach((b, v) -> bs.append(String.format(Locale.ROOT, " %s %.0f/%.0f;", b, v[0] / 1e6,
                    v[1] / 1e6)));
            System.out.println(bs);
            if (System.getProperty("draw") != null && k == Integer.getInteger("drawRef", 2)) {
                drawDiff(java.nio.file.Path.of(System.getProperty("draw")), cells, state, decider, ru, inRegion[k],
                        inRef[k], ControlDataCheck.rows(ref, settings));
            }
            patches(cells, geometry, model, state, decider, ru, inRegion[k], inRef[k], oblastOf, oblastNames);
        }
    }

    static void patches(SettlementCells cells, ControlGeometry geometry, ControlModel model, ControlModel.State state,
                        int[] decider, boolean[] ru, double[] inRegion, double[] inRef, int[] oblastOf,
                        List<String> oblastNames) {
        int n = cells.cellCount();
        int[] key = new int[n];
        for (int c = 0; c < n; c++) {
            double ref = inRegion[c] == 0 ? 0 : inRef[c] / inRegion[c];
            key[c] = inRegion[c] == 0 ? -1 : ru[c] && ref < 0.5 ? 1 : !ru[c] && ref >= 0.5 ? 2 : -1;
        }
        for (int[] g : geometry.components(key)) {
            double area = 0;
            double err = 0;
            double sx = 0;
            double sy = 0;
            Map<String, Integer> why = new HashMap<>();
            for (int c : g) {
                area += inRegion[c];
                err += key[c] == 1 ? inRegion[c] - inRef[c] : inRef[c];
                Settlement s = cells.settlements().get(cells.settlementsOf(c)[0]);
                sx += s.lon();
                sy += s.lat();
                int d = decider[c];
                String w = state.basis[d] + (state.source[d] >= 0 && state.source[d] != d
                        ? "<" + model.settlements().get(state.source[d]).name() : "");
                why.merge(w, 1, Integer::sum);
            }
            if (err < 150e6) {
                continue;
            }
            List<Map.Entry<String, Integer>> top = new ArrayList<>(why.entrySet());
            top.sort((a, b) -> b.getValue() - a.getValue());
            System.out.printf(Locale.ROOT, "   %s %5.0f km² (%d cells) at %.2f N %.2f E %s: %s%n",
                    key[g[0]] == 1 ? "over-reach" : "missed", err / 1e6, g.length, sy / g.length, sx / g.length,
                    oblastOf[g[0]] < 0 ? "?" : oblastNames.get(oblastOf[g[0]]),
                    top.subList(0, Math.min(5, top.size())));
        }
    }

    /** Cells: FP blue, FN red, RU-and-right light red, basis between hatched darker; rows as dots. */
    static void drawDiff(java.nio.file.Path file, SettlementCells cells, ControlModel.State state, int[] decider,
                         boolean[] ru, double[] inRegion, double[] inRef, List<ControlDataCheck.Row> rows)
            throws IOException {
        String[] box = System.getProperty("box", "32,45.9,40.3,50.5").split(",");
        double[] a = P.forward(Double.parseDouble(box[0]), Double.parseDouble(box[1]));
        double[] b = P.forward(Double.parseDouble(box[2]), Double.parseDouble(box[3]));
        double[] c2 = P.forward(Double.parseDouble(box[0]), Double.parseDouble(box[3]));
        double[] d2 = P.forward(Double.parseDouble(box[2]), Double.parseDouble(box[1]));
        org.locationtech.jts.geom.Envelope env = new org.locationtech.jts.geom.Envelope(a[0], b[0], a[1], b[1]);
        env.expandToInclude(c2[0], c2[1]);
        env.expandToInclude(d2[0], d2[1]);
        Geometry frame = GF.toGeometry(env);
        List<ControlDataCheck.Layer> layers = new ArrayList<>();
        for (int c = 0; c < cells.cellCount(); c++) {
            if (inRegion[c] == 0 || !env.intersects(cells.cell(c).getEnvelopeInternal())) {
                continue;
            }
            double share = inRef[c] / inRegion[c];
            Basis basis = state.basis[decider[c]];
            java.awt.Color fill;
            if (ru[c] && share < 0.5) {
                fill = new java.awt.Color(40, 90, 255, 170);
            } else if (!ru[c] && share >= 0.5) {
                fill = new java.awt.Color(255, 40, 40, 200);
            } else if (ru[c]) {
                fill = basis == Basis.BETWEEN ? new java.awt.Color(220, 170, 170)
                        : basis == Basis.BASELINE ? new java.awt.Color(200, 200, 200) : new java.awt.Color(250, 210, 200);
            } else {
                fill = new java.awt.Color(245, 245, 245);
            }
            layers.add(new ControlDataCheck.Layer(cells.cell(c).intersection(cells.border()), fill, null));
        }
        ControlDataCheck.draw(file, frame, layers, rows);
    }

    static double[] overlapPerCell(SettlementCells cells, Geometry area) {
        PreparedGeometry prep = PreparedGeometryFactory.prepare(area);
        double[] out = new double[cells.cellCount()];
        for (int c = 0; c < out.length; c++) {
            Polygon cell = cells.cell(c);
            if (prep.containsProperly(cell)) {
                out[c] = cell.getArea();
            } else if (prep.intersects(cell)) {
                out[c] = OverlayNGRobust.overlay(cell, area, OverlayNG.INTERSECTION).getArea();
            }
        }
        return out;
    }
}
