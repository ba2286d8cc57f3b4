package org.frontline.frontline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Control geometry for one side assignment of the cells: areas (dissolved with {@code CoverageUnion}, then clipped
 * to the border), front lines (the precomputed shared cell edges where the sides differ) and changes.
 */
public final class ControlGeometry {

    private final SettlementCells cells;

    public ControlGeometry(SettlementCells cells) {
        this.cells = cells;
    }

    public SettlementCells cells() {
        return cells;
    }

    /**
     * Connected groups of cells with equal keys (cells with a negative key are left out), largest first. Only
     * edges inside the border connect, so areas that touch only across the sea stay apart.
     */
    public List<int[]> components(int[] key) {
        int n = cells.cellCount();
        int[] parent = new int[n];
        Arrays.setAll(parent, i -> i);
        for (int e = 0; e < cells.edgeCount(); e++) {
            int a = cells.edgeA(e);
            int b = cells.edgeB(e);
            if (key[a] >= 0 && key[a] == key[b]) {
                int ra = find(parent, a);
                int rb = find(parent, b);
                if (ra != rb) {
                    parent[Math.max(ra, rb)] = Math.min(ra, rb);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int c = 0; c < n; c++) {
            if (key[c] >= 0 && cells.areaKm2(c) > 0) {
                groups.computeIfAbsent(find(parent, c), k -> new ArrayList<>()).add(c);
            }
        }
        List<int[]> out = new ArrayList<>();
        for (List<Integer> g : groups.values()) {
            out.add(g.stream().mapToInt(Integer::intValue).toArray());
        }
        out.sort(Comparator.comparingInt((int[] g) -> -g.length).thenComparingInt(g -> g[0]));
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * The dissolved, border-clipped, lon/lat polygon of a group of cells. A group of more than half the cells is
     * computed as the border minus the union of all other cells: the cells partition the plane and the frame cells
     * never reach the border, so the result is the same, and dissolving the smaller set is several times faster.
     */
    public Geometry dissolve(int[] group) {
        if (group.length > cells.cellCount() / 2) {
            boolean[] in = new boolean[cells.cellCount()];
            for (int c : group) {
                in[c] = true;
            }
            List<Geometry> rest = new ArrayList<>(cells.cellCount() - group.length);
            for (int c = 0; c < in.length; c++) {
                if (!in[c]) {
                    rest.add(cells.cell(c));
                }
            }
            Geometry others = rest.isEmpty() ? cells.factory().createPolygon()
                    : CoverageUnion.union(rest.toArray(new Geometry[0]));
            Geometry clipped = OverlayNGRobust.overlay(cells.border(), others, OverlayNG.DIFFERENCE);
            return cells.projection().unproject(polygonal(clipped));
        }
        return dissolveCells(group);
    }

    /** {@link #dissolve} by uniting the group's own cells (always; exposed for tests). */
    Geometry dissolveCells(int[] group) {
        Geometry[] polys = new Geometry[group.length];
        boolean allInside = true;
        for (int i = 0; i < group.length; i++) {
            polys[i] = cells.cell(group[i]);
            allInside &= cells.inside(group[i]);
        }
        Geometry union = group.length == 1 ? polys[0] : CoverageUnion.union(polys);
        Geometry clipped = allInside ? union : OverlayNGRobust.overlay(union, cells.border(), OverlayNG.INTERSECTION);
        return cells.projection().unproject(polygonal(clipped));
    }

    /** Only the polygons of an overlay result (which may carry collapsed lines and points), as one geometry. */
    Geometry polygonal(Geometry g) {
        if (g instanceof Polygon || g instanceof MultiPolygon) {
            return g;
        }
        List<Polygon> polys = new ArrayList<>();
        PolygonExtracter.getPolygons(g, polys);
        if (polys.size() == 1) {
            return polys.get(0);
        }
        return cells.factory().createMultiPolygon(polys.toArray(new Polygon[0]));
    }

    /** Sum of the cells' areas inside the border, km². */
    public double areaKm2(int[] group) {
        double a = 0;
        for (int c : group) {
            a += cells.areaKm2(c);
        }
        return a;
    }

    /** The edges between a cell of side A and one of side B (either order), merged into lines, lon/lat. */
    public Geometry boundary(Side[] cellSide, Side a, Side b) {
        LineMerger merger = new LineMerger();
        boolean any = false;
        for (int e = 0; e < cells.edgeCount(); e++) {
            Side sa = cellSide[cells.edgeA(e)];
            Side sb = cellSide[cells.edgeB(e)];
            if ((sa == a && sb == b) || (sa == b && sb == a)) {
                merger.add(cells.edgeInside(e));
                any = true;
            }
        }
        if (!any) {
            return cells.factory().createMultiLineString();
        }
        @SuppressWarnings("unchecked")
        List<LineString> merged = new ArrayList<>(merger.getMergedLineStrings());
        merged.sort(Comparator.comparingDouble(LineString::getLength).reversed());
        Geometry g = merged.size() == 1 ? merged.get(0)
                : cells.factory().createMultiLineString(merged.toArray(new LineString[0]));
        return cells.projection().unproject(g);
    }

    /** The distinct claim ids of the group, latest decisions first as given by {@code idsOfCell}. */
    static List<String> claimIds(int[] group, IntFunction<List<String>> idsOfCell) {
        Set<String> ids = new LinkedHashSet<>();
        for (int c : group) {
            ids.addAll(idsOfCell.apply(c));
        }
        return new ArrayList<>(ids);
    }
}
