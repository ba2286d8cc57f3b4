package org.frontline.web.export;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The one geometry type a layer declares. GeoPackage columns and Shapefiles hold one type, so a set of Polygons and
 * MultiPolygons (a control map) is declared MultiPolygon and its Polygons written as one-part MultiPolygons.
 */
public enum GeometryKind {
    POINT, MULTIPOINT, LINESTRING, MULTILINESTRING, POLYGON, MULTIPOLYGON, GEOMETRY;

    /** The kind of a set: its common type, promoted to the multi type when single and multi parts mix. */
    public static GeometryKind of(List<Feature> features) {
        GeometryKind kind = null;
        for (Feature f : features) {
            if (f.geometry() == null || f.geometry().isEmpty()) continue;
            GeometryKind k = of(f.geometry());
            kind = kind == null ? k : kind.join(k);
        }
        return kind == null ? POINT : kind;
    }

    static GeometryKind of(Geometry g) {
        if (g instanceof Point) return POINT;
        if (g instanceof MultiPoint) return MULTIPOINT;
        if (g instanceof LineString) return LINESTRING; // LinearRing too
        if (g instanceof MultiLineString) return MULTILINESTRING;
        if (g instanceof Polygon) return POLYGON;
        if (g instanceof MultiPolygon) return MULTIPOLYGON;
        return GEOMETRY;
    }

    private GeometryKind join(GeometryKind k) {
        if (k == this) return this;
        if (family() == k.family() && family() != GEOMETRY) return family();
        return GEOMETRY;
    }

    /** The multi type of this kind's family (GEOMETRY for collections). */
    GeometryKind family() {
        return switch (this) {
            case POINT, MULTIPOINT -> MULTIPOINT;
            case LINESTRING, MULTILINESTRING -> MULTILINESTRING;
            case POLYGON, MULTIPOLYGON -> MULTIPOLYGON;
            case GEOMETRY -> GEOMETRY;
        };
    }

    /** The geometry as this kind: single parts wrapped into a multi when the layer is multi. */
    Geometry conform(Geometry g) {
        if (g == null || g.isEmpty()) return g;
        var gf = g.getFactory();
        return switch (this) {
            case MULTIPOINT -> g instanceof Point p ? gf.createMultiPoint(new Point[]{p}) : g;
            case MULTILINESTRING -> g instanceof LineString l ? gf.createMultiLineString(new LineString[]{l}) : g;
            case MULTIPOLYGON -> g instanceof Polygon p ? gf.createMultiPolygon(new Polygon[]{p}) : g;
            default -> g;
        };
    }
}
