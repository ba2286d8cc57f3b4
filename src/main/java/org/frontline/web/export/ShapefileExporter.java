package org.frontline.web.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.springframework.http.MediaType;

/**
 * A zipped ESRI Shapefile (.shp, .shx, .dbf, .prj, .cpg, plus a fields file mapping DBF names to full names),
 * written here rather than through H2GIS's SHPWRITE so that field names, field types (dates as DBF {@code D},
 * booleans as {@code L}) and ring orientation are ours to decide. The files are named after the layer.
 *
 * <p>Limits of the format, handled: one geometry type per file (Polygon and MultiPolygon both become the Polygon
 * shape type, points with multipoints MultiPoint); text fields hold at most 254 bytes (longer quotes are cut at a
 * character boundary, the GeoPackage keeps them whole); field names at most 10 characters (see {@link DbfNames}).
 */
public final class ShapefileExporter implements FeatureExporter {
    public static final MediaType ZIP = MediaType.parseMediaType("application/zip");
    /** ESRI's WKT for WGS 84 longitude/latitude, which every reader of .prj files knows. */
    static final String WGS84_PRJ = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
            + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
    private static final int NULL_SHAPE = 0, POINT = 1, POLYLINE = 3, POLYGON = 5, MULTIPOINT = 8;
    private static final int MAX_TEXT = 254;

    @Override
    public String extension() {
        return "zip";
    }

    @Override
    public MediaType mediaType() {
        return ZIP;
    }

    @Override
    public void write(FeatureSet set, OutputStream out) throws IOException {
        String base = GeoPackageExporter.tableName(set.layer());
        int shapeType = shapeType(set);
        Map<String, String> names = DbfNames.map(set.attributes().stream().map(Attribute::name).toList());
        ByteArrayOutputStream shp = new ByteArrayOutputStream();
        ByteArrayOutputStream shx = new ByteArrayOutputStream();
        writeShapes(set, shapeType, shp, shx);
        ZipOutputStream zip = new ZipOutputStream(out);
        entry(zip, base + ".shp", shp.toByteArray());
        entry(zip, base + ".shx", shx.toByteArray());
        entry(zip, base + ".dbf", dbf(set, names));
        entry(zip, base + ".prj", WGS84_PRJ.getBytes(StandardCharsets.US_ASCII));
        entry(zip, base + ".cpg", "UTF-8".getBytes(StandardCharsets.US_ASCII));
        entry(zip, base + "-fields.txt", fieldsFile(set, names).getBytes(StandardCharsets.UTF_8));
        zip.finish();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static String fieldsFile(FeatureSet set, Map<String, String> names) {
        StringBuilder b = new StringBuilder("dbf_field\tattribute\ttype\r\n");
        for (Attribute a : set.attributes()) {
            b.append(names.get(a.name())).append('\t').append(a.name()).append('\t')
                    .append(a.type().name().toLowerCase(Locale.ROOT)).append("\r\n");
        }
        return b.toString();
    }

    private static int shapeType(FeatureSet set) {
        GeometryKind kind = GeometryKind.of(set.features());
        return switch (kind) {
            case POINT -> POINT;
            case MULTIPOINT -> MULTIPOINT;
            case LINESTRING, MULTILINESTRING -> POLYLINE;
            case POLYGON, MULTIPOLYGON -> POLYGON;
            case GEOMETRY -> throw new UnsupportedFormatException("a Shapefile holds one geometry type; the " + set.layer()
                    + " layer mixes several: download it as gpkg or geojson");
        };
    }

    // --- .shp and .shx -------------------------------------------------------------------------------------------

    private static void writeShapes(FeatureSet set, int shapeType, ByteArrayOutputStream shp, ByteArrayOutputStream shx) {
        List<byte[]> records = new ArrayList<>();
        Envelope all = new Envelope();
        for (Feature f : set.features()) {
            Geometry g = f.geometry();
            if (g != null && !g.isEmpty()) {
                g = Rings.orient(g, false); // Shapefile: outer rings clockwise, holes counter-clockwise
                all.expandToInclude(g.getEnvelopeInternal());
            }
            records.add(content(g, shapeType));
        }
        int shpLength = 100;
        for (byte[] r : records) shpLength += 8 + r.length;
        int shxLength = 100 + 8 * records.size();
        shp.writeBytes(header(shapeType, shpLength, all));
        shx.writeBytes(header(shapeType, shxLength, all));
        int offset = 100;
        for (int i = 0; i < records.size(); i++) {
            byte[] r = records.get(i);
            ByteBuffer h = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
            h.putInt(i + 1).putInt(r.length / 2);
            shp.writeBytes(h.array());
            shp.writeBytes(r);
            ByteBuffer x = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
            x.putInt(offset / 2).putInt(r.length / 2);
            shx.writeBytes(x.array());
            offset += 8 + r.length;
        }
    }

    private static byte[] header(int shapeType, int lengthBytes, Envelope e) {
        ByteBuffer b = ByteBuffer.allocate(100);
        b.order(ByteOrder.BIG_ENDIAN).putInt(9994).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0).putInt(lengthBytes / 2);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(shapeType);
        if (e.isNull()) b.putDouble(0).putDouble(0).putDouble(0).putDouble(0);
        else b.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
        b.putDouble(0).putDouble(0).putDouble(0).putDouble(0);
        return b.array();
    }

    private static byte[] content(Geometry g, int shapeType) {
        if (g == null || g.isEmpty()) {
            return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(NULL_SHAPE).array();
        }
        if (shapeType == POINT) {
            Point p = (Point) g;
            return ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN).putInt(POINT).putDouble(p.getX()).putDouble(p.getY()).array();
        }
        if (shapeType == MULTIPOINT) {
            Coordinate[] cs = g.getCoordinates();
            ByteBuffer b = ByteBuffer.allocate(40 + 16 * cs.length).order(ByteOrder.LITTLE_ENDIAN).putInt(MULTIPOINT);
            box(b, g.getEnvelopeInternal()).putInt(cs.length);
            for (Coordinate c : cs) b.putDouble(c.x).putDouble(c.y);
            return b.array();
        }
        // polyline or polygon: parts are the lines, or every ring of every polygon (outer rings first per polygon)
        List<Coordinate[]> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                parts.add(p.getExteriorRing().getCoordinates());
                for (int h = 0; h < p.getNumInteriorRing(); h++) parts.add(p.getInteriorRingN(h).getCoordinates());
            } else if (part instanceof LineString l) {
                parts.add(l.getCoordinates());
            }
        }
        int points = parts.stream().mapToInt(cs -> cs.length).sum();
        ByteBuffer b = ByteBuffer.allocate(44 + 4 * parts.size() + 16 * points).order(ByteOrder.LITTLE_ENDIAN).putInt(shapeType);
        box(b, g.getEnvelopeInternal()).putInt(parts.size()).putInt(points);
        int start = 0;
        for (Coordinate[] cs : parts) {
            b.putInt(start);
            start += cs.length;
        }
        for (Coordinate[] cs : parts) for (Coordinate c : cs) b.putDouble(c.x).putDouble(c.y);
        return b.array();
    }

    private static ByteBuffer box(ByteBuffer b, Envelope e) {
        return b.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
    }

    // --- .dbf (dBASE III with UTF-8 text, declared by the .cpg) ----------------------------------------------------

    private record Field(String name, char type, int length, int decimals) {
    }

    static byte[] dbf(FeatureSet set, Map<String, String> names) {
        List<Attribute> attrs = set.attributes();
        List<Field> fields = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>(); // formatted per feature, so widths can fit the data
        for (Feature f : set.features()) {
            List<String> row = new ArrayList<>();
            for (Attribute a : attrs) row.add(format(a.type(), f.values().get(a.name())));
            cells.add(row);
        }
        for (int i = 0; i < attrs.size(); i++) {
            Attribute a = attrs.get(i);
            int width = 1;
            for (List<String> row : cells) if (row.get(i) != null) width = Math.max(width, row.get(i).getBytes(StandardCharsets.UTF_8).length);
            fields.add(switch (a.type()) {
                case TEXT, LIST -> new Field(names.get(a.name()), 'C', Math.min(width, MAX_TEXT), 0);
                case INTEGER -> new Field(names.get(a.name()), 'N', Math.max(width, 2), 0);
                case REAL -> new Field(names.get(a.name()), 'N', Math.max(width, 12), 6);
                case BOOLEAN -> new Field(names.get(a.name()), 'L', 1, 0);
                case DATE -> new Field(names.get(a.name()), 'D', 8, 0);
            });
        }
        if (fields.isEmpty()) fields.add(new Field("fid", 'N', 10, 0)); // a DBF needs one field
        int recordLength = 1 + fields.stream().mapToInt(Field::length).sum();
        int headerLength = 32 + 32 * fields.size() + 1;
        ByteBuffer b = ByteBuffer.allocate(headerLength + recordLength * set.size() + 1).order(ByteOrder.LITTLE_ENDIAN);
        LocalDate today = LocalDate.now();
        b.put((byte) 0x03).put((byte) (today.getYear() - 1900)).put((byte) today.getMonthValue()).put((byte) today.getDayOfMonth());
        b.putInt(set.size()).putShort((short) headerLength).putShort((short) recordLength);
        b.put(new byte[20]);
        for (Field f : fields) {
            byte[] name = new byte[11];
            byte[] ascii = f.name().getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(ascii, 0, name, 0, Math.min(10, ascii.length));
            b.put(name).put((byte) f.type()).put(new byte[4]).put((byte) f.length()).put((byte) f.decimals()).put(new byte[14]);
        }
        b.put((byte) 0x0D);
        for (int r = 0; r < set.size(); r++) {
            b.put((byte) ' ');
            if (attrs.isEmpty()) {
                b.put(pad(Integer.toString(r + 1), 10, true));
                continue;
            }
            for (int i = 0; i < fields.size(); i++) {
                Field f = fields.get(i);
                String v = cells.get(r).get(i);
                b.put(pad(v == null ? "" : v, f.length(), f.type() == 'N'));
            }
        }
        b.put((byte) 0x1A);
        return b.array();
    }

    /** A cell's text: dates YYYYMMDD, booleans T/F, reals with six decimals; null stays null (blank). */
    private static String format(AttributeType t, Object v) {
        if (v == null) return null;
        return switch (t) {
            case DATE -> ((LocalDate) v).toString().replace("-", "");
            case BOOLEAN -> (Boolean) v ? "T" : "F";
            case INTEGER -> Long.toString(((Number) v).longValue());
            case REAL -> String.format(Locale.ROOT, "%.6f", ((Number) v).doubleValue());
            case TEXT, LIST -> AttributeType.text(v);
        };
    }

    /** Pads to the field width (numbers right-aligned), cutting text at a UTF-8 character boundary. */
    private static byte[] pad(String s, int width, boolean right) {
        byte[] out = new byte[width];
        java.util.Arrays.fill(out, (byte) ' ');
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(bytes.length, width);
        while (n < bytes.length && n > 0 && (bytes[n] & 0xC0) == 0x80) n--; // do not split a multi-byte character
        System.arraycopy(bytes, 0, out, right ? width - n : 0, n);
        return out;
    }
}
