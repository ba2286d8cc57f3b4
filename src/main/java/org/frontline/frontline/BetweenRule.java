package org.frontline.frontline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontline.frontline.SettlementControl.Basis;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.locationtech.jts.triangulate.DelaunayTriangulationBuilder;

/**
 * "Between Russian-held places": a settlement nobody reported on, too far from any report for the neighbour rule,
 * that lies inside a triangle of neighbouring Russian-held places is Russian-held rather than falling back to the
 * pre-war baseline. Armies hold ground contiguously back to their rear, so the open steppe between three occupied
 * towns, or between an occupied town and Crimea, is occupied too; a control table of towns only names the towns.
 *
 * <p>The triangles are the Delaunay triangulation of every place decided by its own claims (held or contested) plus
 * anchors standing for the Russian rear: one settlement per {@value #ANCHOR_SPACING_KM} km square of the pre-war
 * Russian-held territory (on the date's side: a recaptured anchor is Ukrainian), and a point every
 * {@value #ANCHOR_SPACING_KM} km along the baseline's rear lines (the land border with Russia and Belarus). Delaunay triangles contain no other corner, so a triangle never spans a town held by Ukraine or
 * contested: such a town is a corner and breaks the triangle. A triangle counts only if all three corners are
 * Russian-held, no side is longer than {@code betweenKm} (long thin triangles across unreported country say
 * little) and at least one corner is a fresh capture (held by claims, outside the baseline): the rear alone paints
 * nothing.
 */
final class BetweenRule {

    static final int ANCHOR_SPACING_KM = 20;

    private final double[] x;
    private final double[] y;
    private final Side[] baseline;
    private final ControlModel.Grid all;
    private final int[] anchors;
    private final double[] rearX;
    private final double[] rearY;

    /** Settlements (projected), their baseline sides, a grid over them, and the rear lines (projected). */
    BetweenRule(double[] x, double[] y, Side[] baseline, ControlModel.Grid all, Geometry rearLines) {
        this.x = x;
        this.y = y;
        this.baseline = baseline;
        this.all = all;
        Map<Long, Integer> perSquare = new LinkedHashMap<>();
        double size = ANCHOR_SPACING_KM * 1000.0;
        for (int i = 0; i < x.length; i++) {
            if (baseline[i] == Side.RU) {
                perSquare.putIfAbsent((long) Math.floor(x[i] / size) << 32 ^ ((long) Math.floor(y[i] / size)
                        & 0xffffffffL), i);
            }
        }
        this.anchors = perSquare.values().stream().mapToInt(Integer::intValue).toArray();
        List<Coordinate> rear = new ArrayList<>();
        for (int i = 0; i < rearLines.getNumGeometries(); i++) {
            LengthIndexedLine line = new LengthIndexedLine(rearLines.getGeometryN(i));
            double length = rearLines.getGeometryN(i).getLength();
            for (double at = 0; at < length + size / 2; at += size) {
                rear.add(line.extractPoint(Math.min(at, length)));
            }
        }
        this.rearX = rear.stream().mapToDouble(c -> c.x).toArray();
        this.rearY = rear.stream().mapToDouble(c -> c.y).toArray();
    }

    /** Makes undecided ({@code side[i] == null}) settlements outside the baseline inside qualifying triangles RU. */
    void apply(Side[] side, Basis[] basis, int[] source, double maxEdgeM) {
        List<Integer> corners = new ArrayList<>();
        boolean anyFresh = false;
        for (int i = 0; i < side.length; i++) {
            if (basis[i] == Basis.CLAIM || basis[i] == Basis.ACTIVITY) {
                corners.add(i);
                anyFresh |= fresh(i, side, basis);
            }
        }
        if (!anyFresh) {
            return;
        }
        for (int a : anchors) {
            if (basis[a] != Basis.CLAIM && basis[a] != Basis.ACTIVITY) {
                corners.add(a);
            }
        }
        int n = side.length;
        for (int r = 0; r < rearX.length; r++) {
            corners.add(n + r);
        }
        Map<Coordinate, Integer> at = new HashMap<>();
        List<Coordinate> sites = new ArrayList<>(corners.size());
        for (int c : corners) {
            Coordinate p = new Coordinate(cx(c), cy(c));
            if (at.putIfAbsent(p, c) == null) {
                sites.add(p);
            }
        }
        if (sites.size() < 3) {
            return;
        }
        DelaunayTriangulationBuilder builder = new DelaunayTriangulationBuilder();
        builder.setSites(sites);
        @SuppressWarnings("unchecked")
        List<Coordinate[]> triangles = builder.getSubdivision().getTriangleCoordinates(false);
        double max2 = maxEdgeM * maxEdgeM;
        for (Coordinate[] t : triangles) {
            Integer a = at.get(t[0]);
            Integer b = at.get(t[1]);
            Integer c = at.get(t[2]);
            if (a == null || b == null || c == null) {
                continue;
            }
            int[] k = {a, b, c};
            boolean ok = true;
            boolean withFresh = false;
            for (int q = 0; q < 3 && ok; q++) {
                ok = sideOf(k[q], side) == Side.RU && d2(k[q], k[(q + 1) % 3]) <= max2;
                withFresh |= fresh(k[q], side, basis);
            }
            if (ok && withFresh) {
                fill(k, side, basis, source);
            }
        }
    }

    // corners: settlements 0..n-1, then the rear points n, n+1, ...

    private double cx(int corner) {
        return corner < x.length ? x[corner] : rearX[corner - x.length];
    }

    private double cy(int corner) {
        return corner < y.length ? y[corner] : rearY[corner - y.length];
    }

    /** A corner held by Russia on the strength of its own claims, outside the pre-war Russian-held territory. */
    private boolean fresh(int i, Side[] side, Basis[] basis) {
        return i < side.length && basis[i] == Basis.CLAIM && side[i] == Side.RU && baseline[i] == Side.UA;
    }

    /** A corner's side: its own on the date; for an anchor nobody decided, the baseline's (RU); the rear is RU. */
    private Side sideOf(int i, Side[] side) {
        if (i >= side.length) {
            return Side.RU;
        }
        return side[i] == null ? baseline[i] : side[i];
    }

    private double d2(int a, int b) {
        double dx = cx(a) - cx(b);
        double dy = cy(a) - cy(b);
        return dx * dx + dy * dy;
    }

    private void fill(int[] k, Side[] side, Basis[] basis, int[] source) {
        double minX = Math.min(cx(k[0]), Math.min(cx(k[1]), cx(k[2])));
        double maxX = Math.max(cx(k[0]), Math.max(cx(k[1]), cx(k[2])));
        double minY = Math.min(cy(k[0]), Math.min(cy(k[1]), cy(k[2])));
        double maxY = Math.max(cy(k[0]), Math.max(cy(k[1]), cy(k[2])));
        all.forEachNear(minX, minY, maxX, maxY, m -> {
            if (side[m] != null || baseline[m] != Side.UA || !inside(k, x[m], y[m])) {
                return;
            }
            side[m] = Side.RU;
            basis[m] = Basis.BETWEEN;
            int best = -1;
            for (int q : k) {
                if (fresh(q, side, basis) && (best < 0 || d2m(q, x[m], y[m]) < d2m(best, x[m], y[m]))) {
                    best = q;
                }
            }
            source[m] = best;
        });
    }

    private double d2m(int a, double px, double py) {
        double dx = x[a] - px;
        double dy = y[a] - py;
        return dx * dx + dy * dy;
    }

    /** Inside or on the edge of the triangle (same sign of all three orientations). */
    private boolean inside(int[] k, double px, double py) {
        double d1 = cross(k[0], k[1], px, py);
        double d2 = cross(k[1], k[2], px, py);
        double d3 = cross(k[2], k[0], px, py);
        boolean neg = d1 < 0 || d2 < 0 || d3 < 0;
        boolean pos = d1 > 0 || d2 > 0 || d3 > 0;
        return !(neg && pos);
    }

    private double cross(int a, int b, double px, double py) {
        return (cx(b) - cx(a)) * (py - cy(a)) - (cy(b) - cy(a)) * (px - cx(a));
    }
}
