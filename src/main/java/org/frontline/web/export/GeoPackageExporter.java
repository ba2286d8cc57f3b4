package org.frontline.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.http.MediaType;

/**
 * GeoPackage (OGC 12-128r18) through NGA's library: one feature table named after the layer, geometry column
 * {@code geom} in EPSG:4326, attributes typed (DATE, BOOLEAN, INTEGER, REAL, TEXT; lists as ';'-joined TEXT).
 * SQLite needs a file, so the package is built in a temporary file, copied to the stream and deleted.
 */
public final class GeoPackageExporter implements FeatureExporter {
    public static final MediaType GEOPACKAGE = MediaType.parseMediaType("application/geopackage+sqlite3");
    private static final long WGS84 = 4326;

    @Override
    public String extension() {
        return "gpkg";
    }

    @Override
    public MediaType mediaType() {
        return GEOPACKAGE;
    }

    @Override
    public void write(FeatureSet set, OutputStream out) throws IOException {
        Path dir = Files.createTempDirectory("frontline-gpkg");
        Path file = dir.resolve("export.gpkg");
        try {
            writeFile(set, file);
            Files.copy(file, out);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir.resolve("export.gpkg-journal"));
            Files.deleteIfExists(dir);
        }
    }

    /** Writes a new GeoPackage file holding the set as one feature table. */
    public void writeFile(FeatureSet set, Path file) throws IOException {
        GeoPackageManager.create(file.toFile());
        GeoPackage gp = GeoPackageManager.open(file.toFile());
        try {
            SpatialReferenceSystem srs = gp.getSpatialReferenceSystemDao().getOrCreateFromEpsg(WGS84);
            GeometryKind kind = GeometryKind.of(set.features());
            String table = tableName(set.layer());

            GeometryColumns gc = new GeometryColumns();
            gc.setId(new TableColumnKey(table, "geom"));
            gc.setGeometryType(GeometryType.valueOf(kind.name()));
            gc.setZ((byte) 0);
            gc.setM((byte) 0);
            gc.setSrs(srs);

            List<FeatureColumn> columns = new ArrayList<>(); // the key (fid) and geometry (geom) columns are added for us
            List<String> names = columnNames(set.attributes());
            for (int i = 0; i < names.size(); i++) columns.add(FeatureColumn.createColumn(names.get(i), type(set.attributes().get(i).type())));
            // the library takes a column named "id" as the key unless told otherwise, and claims have an "id" attribute
            gp.createFeatureTable(FeatureTableMetadata.create(gc, "fid", columns, bounds(set)));

            FeatureDao dao = gp.getFeatureDao(table);
            WKBWriter wkb = new WKBWriter(2); // ISO WKB: the library rejects PostGIS-style EWKB with an SRID
            gp.beginTransaction();
            try {
                for (Feature f : set.features()) {
                    FeatureRow row = dao.newRow();
                    Geometry g = kind.conform(f.geometry());
                    if (g != null && !g.isEmpty()) {
                        row.setGeometry(GeoPackageGeometryData.createFromWkbAndBuildEnvelope(srs.getSrsId(), wkb.write(g)));
                    }
                    for (int i = 0; i < names.size(); i++) {
                        Attribute a = set.attributes().get(i);
                        row.setValue(names.get(i), value(a.type(), f.values().get(a.name())));
                    }
                    dao.insert(row);
                }
                gp.endTransaction(true);
            } catch (RuntimeException e) {
                gp.endTransaction(false);
                throw e;
            }
        } catch (SQLException e) {
            throw new IOException("cannot write the GeoPackage: " + e.getMessage(), e);
        } finally {
            gp.close();
        }
    }

    /** A SQL-safe table name: GIS tools quote poorly, so letters, digits and '_' only. */
    static String tableName(String layer) {
        String t = layer == null ? "features" : layer.replaceAll("[^A-Za-z0-9_]", "_");
        return t.isEmpty() || Character.isDigit(t.charAt(0)) ? "f_" + t : t;
    }

    /** Column names as given, except that SQLite compares names without case: a clash with fid or geom is renamed. */
    private static List<String> columnNames(List<Attribute> attributes) {
        Set<String> used = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        used.add("fid");
        used.add("geom");
        List<String> out = new ArrayList<>();
        for (Attribute a : attributes) {
            String n = a.name();
            String candidate = n;
            for (int i = 2; used.contains(candidate); i++) candidate = n + "_" + i;
            used.add(candidate);
            out.add(candidate);
        }
        return out;
    }

    private static GeoPackageDataType type(AttributeType t) {
        return switch (t) {
            case TEXT, LIST -> GeoPackageDataType.TEXT;
            case INTEGER -> GeoPackageDataType.INTEGER;
            case REAL -> GeoPackageDataType.DOUBLE;
            case BOOLEAN -> GeoPackageDataType.BOOLEAN;
            case DATE -> GeoPackageDataType.DATE;
        };
    }

    private static Object value(AttributeType t, Object v) {
        if (v == null) return null;
        return switch (t) {
            case TEXT, LIST -> AttributeType.text(v);
            case INTEGER -> ((Number) v).longValue();
            case REAL -> ((Number) v).doubleValue();
            case BOOLEAN -> v;
            // the library writes java.util.Date as yyyy-MM-dd in UTC; midnight UTC keeps the calendar day
            case DATE -> Date.from(((LocalDate) v).atStartOfDay(ZoneOffset.UTC).toInstant());
        };
    }

    private static BoundingBox bounds(FeatureSet set) {
        Envelope e = new Envelope();
        for (Feature f : set.features()) if (f.geometry() != null) e.expandToInclude(f.geometry().getEnvelopeInternal());
        if (e.isNull()) return new BoundingBox(-180, -90, 180, 90);
        return new BoundingBox(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }
}
