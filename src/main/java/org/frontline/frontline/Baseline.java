package org.frontline.frontline;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * What Russia held before the claims start: the bundled {@code gazetteer/baseline/ru-held-2022-02-23.geojson}
 * (Crimea, Sevastopol and the 2014-2022 occupied parts of Donetsk and Luhansk oblasts). A settlement no claim
 * and no near neighbour decides is RU inside this area and UA outside. The file may also carry the Russian
 * side's <em>rear</em> as lines ({@code "role": "rear"}: Ukraine's land border with Russia and Belarus, where the
 * 2022 invasion came from); it colours nothing by itself and only serves the "between" rule ({@link BetweenRule}).
 */
public final class Baseline {

    /** The file name of the bundled baseline inside {@code gazetteer/baseline/}. */
    public static final String FILE = "ru-held-2022-02-23.geojson";

    private final LocalDate asOf;
    private final Geometry ruHeld;
    private final Geometry rear;
    private final PreparedGeometry prepared;
    private final GeometryFactory factory = new GeometryFactory();

    public Baseline(LocalDate asOf, Geometry ruHeldLonLat) {
        this(asOf, ruHeldLonLat, new GeometryFactory().createMultiLineString());
    }

    public Baseline(LocalDate asOf, Geometry ruHeldLonLat, Geometry rearLonLat) {
        this.asOf = asOf;
        this.ruHeld = ruHeldLonLat;
        this.rear = rearLonLat;
        this.prepared = PreparedGeometryFactory.prepare(ruHeldLonLat);
    }

    /** No territory held by Russia at the start (for tests and other conflicts). */
    public static Baseline none() {
        return new Baseline(LocalDate.MIN, new GeometryFactory().createMultiPolygon());
    }

    public static Baseline read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read control baseline " + file, e);
        }
    }

    /**
     * Reads an RFC 7946 FeatureCollection; features with property {@code side} = "RU" are Russian-held, except
     * those with {@code role} = "rear", which are the rear lines.
     */
    public static Baseline read(Reader reader, String name) {
        List<Geometry> ru = new ArrayList<>();
        List<Geometry> rear = new ArrayList<>();
        for (GeoJson.Feature f : GeoJson.read(reader, name)) {
            if ("RU".equals(String.valueOf(f.properties().get("side")))) {
                ("rear".equals(String.valueOf(f.properties().get("role"))) ? rear : ru).add(f.geometry());
            }
        }
        if (ru.isEmpty()) {
            throw new IllegalArgumentException("control baseline " + name + " has no feature with side RU");
        }
        return new Baseline(LocalDate.of(2022, 2, 23), UnaryUnionOp.union(ru),
                rear.isEmpty() ? new GeometryFactory().createMultiLineString() : UnaryUnionOp.union(rear));
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** The Russian-held area, lon/lat. */
    public Geometry ruHeld() {
        return ruHeld;
    }

    /** The rear lines (lon/lat), possibly empty. */
    public Geometry rear() {
        return rear;
    }

    public Side sideAt(double lon, double lat) {
        if (ruHeld.isEmpty()) {
            return Side.UA;
        }
        return prepared.covers(factory.createPoint(new org.locationtech.jts.geom.Coordinate(lon, lat)))
                ? Side.RU : Side.UA;
    }
}
