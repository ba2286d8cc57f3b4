package org.frontline.frontline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Test-side access to ../shared/data (never copied into the repository): settlements read straight from the
 * GeoNames-format UA.txt.gz, with a folded-name index over main and alternate names, and the Ukraine border.
 * Independent of the gazetteer package on purpose.
 */
public final class SharedData {

    private static ControlInputs ukraine;

    private SharedData() {
    }

    public static Path shared() {
        return Path.of(System.getProperty("frontline.shared", "../shared"));
    }

    public static Path data(String relative) {
        return shared().resolve("data").resolve(relative);
    }

    /** The repository's own files (baseline, boundaries). */
    public static Path repo(String relative) {
        return Path.of(System.getProperty("frontline.repo", ".")).resolve(relative);
    }

    public static Path baselineFile() {
        return repo("gazetteer/baseline/" + Baseline.FILE);
    }

    /** All ~32k settlements of UA.txt.gz, the border and a name index; loaded once per JVM. */
    public static synchronized ControlInputs ukraine() {
        if (ukraine == null) {
            ukraine = load(data("gazetteer/UA.txt.gz"), repo("gazetteer/boundaries/ukraine-border.geojson"));
        }
        return ukraine;
    }

    public static ControlInputs load(Path geonames, Path borderFile) {
        List<Settlement> settlements = new ArrayList<>();
        Map<String, List<Long>> names = new HashMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(geonames));
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (f.length < 19 || !"UA".equals(f[8])) {
                    continue;
                }
                if (!"P".equals(f[6]) && !"ISL".equals(f[7])) {
                    continue;
                }
                long id = Long.parseLong(f[0]);
                settlements.add(new Settlement(id, f[1], Double.parseDouble(f[4]), Double.parseDouble(f[5])));
                index(names, f[1], id);
                index(names, f[2], id);
                for (String alt : f[3].split(",")) {
                    index(names, alt, id);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ControlInputs(settlements, border(borderFile),
                name -> names.getOrDefault(ControlCsvImport.fold(name), List.of()), null);
    }

    private static void index(Map<String, List<Long>> names, String name, long id) {
        if (name.isBlank()) {
            return;
        }
        List<Long> ids = names.computeIfAbsent(ControlCsvImport.fold(name), k -> new ArrayList<>(1));
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }

    public static Geometry border(Path file) {
        List<Geometry> parts = new ArrayList<>();
        GeoJson.read(file).forEach(f -> parts.add(f.geometry()));
        return UnaryUnionOp.union(parts);
    }

    /** The geometries of a GeoJSON file as a collection; each carries its properties as user data. */
    public static Geometry readGeoJson(Path file) {
        List<Geometry> parts = new ArrayList<>();
        for (GeoJson.Feature f : GeoJson.read(file)) {
            f.geometry().setUserData(f.properties());
            parts.add(f.geometry());
        }
        return new org.locationtech.jts.geom.GeometryFactory().buildGeometry(parts);
    }

    public static Geometry unionOf(Geometry collection) {
        List<Geometry> parts = new ArrayList<>();
        for (int i = 0; i < collection.getNumGeometries(); i++) {
            parts.add(collection.getGeometryN(i));
        }
        return UnaryUnionOp.union(parts);
    }
}
