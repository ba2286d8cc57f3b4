package org.frontline.frontline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * The Voronoi cells of the settlements in the equal-area plane, computed once per gazetteer.
 *
 * <p>Cells are kept <em>unclipped</em>: neighbouring cells share bit-identical vertices (the Delaunay
 * circumcentres), so any set of them is an exact polygonal coverage that {@code CoverageUnion} can dissolve
 * without noding. Clipping to the border happens after the dissolve, once per area. A ring of frame sites far
 * outside Ukraine bounds the outer cells, so no real cell is cut by the diagram's clip envelope. Settlements less
 * than a metre apart share one cell.
 *
 * <p>Also precomputed: each cell's area inside the border (km²) and every edge shared by two cells, clipped to the
 * border, so a front line is a lookup and a line merge per date, not an overlay.
 */
public final class SettlementCells {

    private static final double FRAME_MARGIN_M = 300_000;
    private static final double FRAME_STEP_M = 100_000;
    private static final double MAX_BORDER_SEGMENT_DEG = 0.02;

    private final GeometryFactory factory;
    private final EqualAreaProjection projection;
    private final List<Settlement> settlements;
    private final int[] cellOfSettlement;
    private final int[][] settlementsOfCell;
    private final Polygon[] cells;
    private final boolean[] inside;
    private final double[] areaKm2;
    private final Geometry border;
    private final PreparedGeometry preparedBorder;
    private final int[] edgeA;
    private final int[] edgeB;
    private final Geometry[] edgeInside;

    private SettlementCells(GeometryFactory factory, EqualAreaProjection projection, List<Settlement> settlements,
                            int[] cellOfSettlement, int[][] settlementsOfCell, Polygon[] cells, boolean[] inside,
                            double[] areaKm2, Geometry border, int[] edgeA, int[] edgeB, Geometry[] edgeInside) {
        this.factory = factory;
        this.projection = projection;
        this.settlements = settlements;
        this.cellOfSettlement = cellOfSettlement;
        this.settlementsOfCell = settlementsOfCell;
        this.cells = cells;
        this.inside = inside;
        this.areaKm2 = areaKm2;
        this.border = border;
        this.preparedBorder = PreparedGeometryFactory.prepare(border);
        this.edgeA = edgeA;
        this.edgeB = edgeB;
        this.edgeInside = edgeInside;
    }

    /** Builds the cells of the settlements (at least one) clipped to the lon/lat border polygon. */
    public static SettlementCells build(List<Settlement> settlements, Geometry borderLonLat,
                                        EqualAreaProjection projection) {
        if (settlements.isEmpty()) {
            throw new IllegalArgumentException("no settlements to build control cells from");
        }
        GeometryFactory factory = new GeometryFactory();
        // straight lon/lat edges are not straight in the plane: densify first so the projected border keeps its shape
        Geometry border = projection.project(Densifier.densify(borderLonLat, MAX_BORDER_SEGMENT_DEG));
        if (!border.isValid()) {
            border = border.buffer(0);
        }
        // group settlements by site (projected position rounded to the metre)
        Map<Coordinate, List<Integer>> sites = new LinkedHashMap<>();
        for (int i = 0; i < settlements.size(); i++) {
            Settlement s = settlements.get(i);
            double[] xy = projection.forward(s.lon(), s.lat());
            sites.computeIfAbsent(new Coordinate(Math.rint(xy[0]), Math.rint(xy[1])), k -> new ArrayList<>()).add(i);
        }
        List<Coordinate> siteList = new ArrayList<>(sites.keySet());
        Envelope env = new Envelope(border.getEnvelopeInternal());
        for (Coordinate c : siteList) {
            env.expandToInclude(c);
        }
        env.expandBy(FRAME_MARGIN_M);
        List<Coordinate> all = new ArrayList<>(siteList);
        all.addAll(frame(env));
        Envelope clip = new Envelope(env);
        clip.expandBy(4 * FRAME_MARGIN_M);

        VoronoiDiagramBuilder vb = new VoronoiDiagramBuilder();
        vb.setSites((Collection<Coordinate>) all);
        vb.setClipEnvelope(clip);
        Geometry diagram = vb.getDiagram(factory);

        Map<Coordinate, Integer> siteIndex = new HashMap<>();
        for (int i = 0; i < siteList.size(); i++) {
            siteIndex.put(siteList.get(i), i);
        }
        int n = siteList.size();
        Polygon[] cells = new Polygon[n];
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry g = diagram.getGeometryN(i);
            Integer site = siteIndex.get((Coordinate) g.getUserData());
            if (site != null && g instanceof Polygon p) {
                cells[site] = p;
            }
        }
        int[] cellOfSettlement = new int[settlements.size()];
        int[][] settlementsOfCell = new int[n][];
        for (int c = 0; c < n; c++) {
            if (cells[c] == null) {
                throw new IllegalStateException("no Voronoi cell for site " + siteList.get(c));
            }
            List<Integer> members = sites.get(siteList.get(c));
            settlementsOfCell[c] = members.stream().mapToInt(Integer::intValue).toArray();
            for (int s : members) {
                cellOfSettlement[s] = c;
            }
        }

        PreparedGeometry prepared = PreparedGeometryFactory.prepare(border);
        boolean[] inside = new boolean[n];
        double[] area = new double[n];
        for (int c = 0; c < n; c++) {
            if (prepared.containsProperly(cells[c])) {
                inside[c] = true;
                area[c] = cells[c].getArea() / 1e6;
            } else if (prepared.intersects(cells[c])) {
                area[c] = OverlayNGRobust.overlay(cells[c], border, OverlayNG.INTERSECTION).getArea() / 1e6;
            }
        }

        // shared edges: identical segments of two cells
        Map<Segment, Integer> open = new HashMap<>(n * 8);
        List<int[]> pairs = new ArrayList<>();
        List<Geometry> lines = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            Coordinate[] ring = cells[c].getExteriorRing().getCoordinates();
            for (int k = 1; k < ring.length; k++) {
                Segment seg = Segment.of(ring[k - 1], ring[k]);
                Integer other = open.remove(seg);
                if (other == null) {
                    open.put(seg, c);
                    continue;
                }
                LineString line = factory.createLineString(new Coordinate[] {ring[k - 1], ring[k]});
                Geometry in;
                if (inside[c] && inside[other]) {
                    in = line;
                } else if (prepared.containsProperly(line)) {
                    in = line;
                } else if (prepared.intersects(line)) {
                    in = OverlayNGRobust.overlay(line, border, OverlayNG.INTERSECTION);
                    if (in.isEmpty() || in.getDimension() != 1) {
                        continue;
                    }
                } else {
                    continue;
                }
                pairs.add(new int[] {other, c});
                lines.add(in);
            }
        }
        int[] a = new int[pairs.size()];
        int[] b = new int[pairs.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = pairs.get(i)[0];
            b[i] = pairs.get(i)[1];
        }
        return new SettlementCells(factory, projection, List.copyOf(settlements), cellOfSettlement,
                settlementsOfCell, cells, inside, area, border, a, b, lines.toArray(new Geometry[0]));
    }

    private static List<Coordinate> frame(Envelope env) {
        List<Coordinate> out = new ArrayList<>();
        for (double x = env.getMinX(); x <= env.getMaxX(); x += FRAME_STEP_M) {
            out.add(new Coordinate(x, env.getMinY()));
            out.add(new Coordinate(x, env.getMaxY()));
        }
        for (double y = env.getMinY() + FRAME_STEP_M; y < env.getMaxY(); y += FRAME_STEP_M) {
            out.add(new Coordinate(env.getMinX(), y));
            out.add(new Coordinate(env.getMaxX(), y));
        }
        return out;
    }

    private record Segment(double x1, double y1, double x2, double y2) {
        static Segment of(Coordinate p, Coordinate q) {
            return p.compareTo(q) <= 0 ? new Segment(p.x, p.y, q.x, q.y) : new Segment(q.x, q.y, p.x, p.y);
        }
    }

    public List<Settlement> settlements() {
        return settlements;
    }

    public int cellCount() {
        return cells.length;
    }

    public int cellOf(int settlementIndex) {
        return cellOfSettlement[settlementIndex];
    }

    public int[] settlementsOf(int cell) {
        return settlementsOfCell[cell];
    }

    /** The unclipped cell, projected metres. */
    public Polygon cell(int cell) {
        return cells[cell];
    }

    /** True when the cell lies wholly inside the border (needs no clipping). */
    public boolean inside(int cell) {
        return inside[cell];
    }

    /** Area of the cell inside the border, km². */
    public double areaKm2(int cell) {
        return areaKm2[cell];
    }

    public int edgeCount() {
        return edgeA.length;
    }

    public int edgeA(int edge) {
        return edgeA[edge];
    }

    public int edgeB(int edge) {
        return edgeB[edge];
    }

    /** The part of the edge inside the border (projected); a LineString or MultiLineString. */
    public Geometry edgeInside(int edge) {
        return edgeInside[edge];
    }

    /** The border, projected. */
    public Geometry border() {
        return border;
    }

    public PreparedGeometry preparedBorder() {
        return preparedBorder;
    }

    public GeometryFactory factory() {
        return factory;
    }

    public EqualAreaProjection projection() {
        return projection;
    }
}
