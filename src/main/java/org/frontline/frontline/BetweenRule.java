package org.frontline.frontline;

import java.util.ArrayList;
import java.util.Arrays;
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
 * "Between Russian-held places": a settlement nobody reported on that lies inside a triangle of neighbouring
 * Russian-held places is Russian-held, whether it is too far from any report for the neighbour rule or its nearest
 * report is Ukrainian. Armies hold ground contiguously back to their rear, so the open steppe between three occupied
 * towns, or between an occupied town and Crimea, is occupied too; a control table of towns only names the towns.
 *
 * <p>The triangles ({@link Mesh}) are the Delaunay triangulation of every place decided by its own claims (held or
 * contested) plus anchors standing for the Russian rear: one settlement per {@value #ANCHOR_SPACING_KM} km square of
 * the pre-war Russian-held territory (on the date's side: a recaptured anchor is Ukrainian), and a point every
 * {@value #ANCHOR_SPACING_KM} km along the baseline's rear lines (the land border with Russia and Belarus).
 * Delaunay triangles contain no other corner, so a triangle never spans a town held by Ukraine or contested: such a
 * town is a corner and breaks the triangle. A triangle counts only if all three corners are Russian-held, no side
 * is longer than {@code betweenKm} (long thin triangles across unreported country say little) and at least one
 * corner is a fresh capture (held by claims, outside the baseline), or, for a triangle of the rear alone, it shares
 * a side with such a triangle: the rear alone paints nothing, but the pocket between a fresh capture's triangles,
 * the pre-war line and the border is closed.
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

    /**
     * One date's triangulation, three corner ids per triangle: settlements are 0..settlements-1, rear points
     * (the border with Russia and Belarus) come after. Built from the places decided by their own claims and the
     * rear, so it is the same before and after the neighbour rule.
     */
    record Mesh(int[] corners, int settlements) {
        int triangles() {
            return corners.length / 3;
        }

        int corner(int triangle, int k) {
            return corners[3 * triangle + k];
        }

        boolean rear(int corner) {
            return corner >= settlements;
        }
    }

    /** The date's mesh, or null when no place is a fresh Russian capture (then the rule colours nothing). */
    Mesh mesh(Side[] side, Basis[] basis) {
        List<Integer> corners = new ArrayList<>();
        boolean anyFresh = false;
        for (int i = 0; i < side.length; i++) {
            if (basis[i] == Basis.CLAIM || basis[i] == Basis.ACTIVITY) {
                corners.add(i);
                anyFresh |= fresh(i, side, basis);
            }
        }
        if (!anyFresh) {
            return null;
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
            return null;
        }
        DelaunayTriangulationBuilder builder = new DelaunayTriangulationBuilder();
        builder.setSites(sites);
        @SuppressWarnings("unchecked")
        List<Coordinate[]> triangles = builder.getSubdivision().getTriangleCoordinates(false);
        int[] out = new int[triangles.size() * 3];
        int m = 0;
        for (Coordinate[] t : triangles) {
            Integer a = at.get(t[0]);
            Integer b = at.get(t[1]);
            Integer c = at.get(t[2]);
            if (a != null && b != null && c != null) {
                out[m++] = a;
                out[m++] = b;
                out[m++] = c;
            }
        }
        return new Mesh(Arrays.copyOf(out, m), n);
    }

    /**
     * Makes settlements outside the baseline inside qualifying triangles RU, if nothing decided them yet or only a
     * Ukrainian neighbour did: no Ukrainian report lies inside such a triangle, so the nearest one is beyond a
     * Russian-held corner.
     */
    void apply(Mesh mesh, Side[] side, Basis[] basis, int[] source, double maxEdgeM) {
        double max2 = maxEdgeM * maxEdgeM;
        int count = mesh.triangles();
        boolean[] withFresh = new boolean[count];
        boolean[] rearOnly = new boolean[count];
        for (int q = 0; q < count; q++) {
            boolean ok = true;
            boolean fresh = false;
            for (int e = 0; e < 3 && ok; e++) {
                int a = mesh.corner(q, e);
                ok = sideOf(a, side) == Side.RU && d2(a, mesh.corner(q, (e + 1) % 3)) <= max2;
                fresh |= fresh(a, side, basis);
            }
            withFresh[q] = ok && fresh;
            rearOnly[q] = ok && !fresh;
        }
        // a triangle of the rear alone counts when it shares a side with a triangle that has a fresh capture
        // (one step only: chains of rear triangles would creep along the border)
        int[] via = new int[count];
        for (int q = 0; q < count; q++) {
            via[q] = withFresh[q] ? q : -1;
        }
        Map<Long, Integer> firstBySide = new HashMap<>();
        for (int q = 0; q < count; q++) {
            for (int e = 0; e < 3; e++) {
                int a = mesh.corner(q, e);
                int b = mesh.corner(q, (e + 1) % 3);
                Integer other = firstBySide.putIfAbsent((long) Math.min(a, b) << 32 | Math.max(a, b), q);
                if (other != null && rearOnly[q] && withFresh[other] && via[q] < 0) {
                    via[q] = other;
                } else if (other != null && rearOnly[other] && withFresh[q] && via[other] < 0) {
                    via[other] = q;
                }
            }
        }
        for (int q = 0; q < count; q++) {
            if (via[q] >= 0) {
                // the deciding settlement is the nearest fresh capture among the corners of the triangle (or of
                // the fresh triangle next to a rear one)
                fill(corners(mesh, q), corners(mesh, via[q]), side, basis, source);
            }
        }
    }

    private static int[] corners(Mesh mesh, int q) {
        return new int[] {mesh.corner(q, 0), mesh.corner(q, 1), mesh.corner(q, 2)};
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

    private void fill(int[] k, int[] deciders, Side[] side, Basis[] basis, int[] source) {
        double minX = Math.min(cx(k[0]), Math.min(cx(k[1]), cx(k[2])));
        double maxX = Math.max(cx(k[0]), Math.max(cx(k[1]), cx(k[2])));
        double minY = Math.min(cy(k[0]), Math.min(cy(k[1]), cy(k[2])));
        double maxY = Math.max(cy(k[0]), Math.max(cy(k[1]), cy(k[2])));
        all.forEachNear(minX, minY, maxX, maxY, m -> {
            boolean open = side[m] == null || basis[m] == Basis.NEIGHBOUR && side[m] == Side.UA;
            if (!open || baseline[m] != Side.UA || !inside(k, x[m], y[m])) {
                return;
            }
            side[m] = Side.RU;
            basis[m] = Basis.BETWEEN;
            int best = -1;
            for (int q : deciders) {
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
