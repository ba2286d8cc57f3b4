package org.frontline.gazetteer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Loads the read-only sources in a fixed order: boundaries (each oblast becomes an A/ADM1 place), then every
 * GeoNames file under {@code geonames/} by file name, then the extra files in the order given; a later row for
 * an id already loaded merges into it ({@link PlaceMerge#later}).
 */
final class GazetteerLoader {
    static final String OBLASTS = "boundaries/ukraine-oblasts.geojson";
    static final String BORDER = "boundaries/ukraine-border.geojson";
    static final String ADMIN1 = "admin1CodesASCII.txt";
    static final String ADDITIONS = "additions.yaml";

    /** Synthetic id of the Donbas area (Donetsk + Luhansk oblasts); outside GeoNames' id range. */
    static final long DONBAS_ID = 900000100L;

    private GazetteerLoader() {
    }

    static BaseData loadBase(GazetteerSources sources) {
        Path dir = sources.directory();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new GazetteerException(String.valueOf(dir), 0, "gazetteer directory not found");
        }
        Map<Long, Place> places = new LinkedHashMap<>(1 << 17);
        Map<Long, Geometry> boundaries = new HashMap<>();

        Map<String, Admin1Codes.Entry> admin1 = Files.exists(dir.resolve(ADMIN1))
                ? Admin1Codes.read(dir.resolve(ADMIN1), ADMIN1) : Map.of();

        // the boundaries (JSON and JTS start-up, ~1 s on a cold JVM) load on their own thread while the
        // GeoNames files are parsed
        CompletableFuture<List<Boundaries.Region>> regions = onOwnThread("gazetteer-boundaries",
                () -> Files.exists(dir.resolve(OBLASTS)) ? Boundaries.readRegions(dir.resolve(OBLASTS), OBLASTS) : List.of());
        CompletableFuture<Geometry> border = onOwnThread("gazetteer-border",
                () -> Files.exists(dir.resolve(BORDER)) ? Boundaries.readBorder(dir.resolve(BORDER), BORDER) : null);

        // bundled files are named relative to the gazetteer directory, extra files as given
        Map<Path, String> files = new LinkedHashMap<>();
        for (Path f : geonamesFiles(dir.resolve("geonames"))) {
            files.put(f, dir.relativize(f).toString());
        }
        for (Path extra : sources.extraFiles()) {
            if (!Files.isRegularFile(extra)) {
                throw new GazetteerException(extra.toString(), 0, "extra gazetteer file not found");
            }
            files.put(extra, extra.toString());
        }
        // parse the files in parallel (gunzip and split dominate), merge them in their fixed order
        List<List<Place>> parsed = new ArrayList<>(files.entrySet()).parallelStream()
                .map(f -> new GeoNamesReader().read(f.getKey(), f.getValue()))
                .toList();

        for (Boundaries.Region r : join(regions)) {
            places.put(r.geonameId(), regionPlace(r, admin1.get("UA." + r.admin1())));
            boundaries.put(r.geonameId(), r.geometry());
        }
        if (!boundaries.isEmpty()) {
            addDonbas(places, boundaries);
        }
        for (List<Place> rows : parsed) {
            mergeAll(places, rows);
        }
        return new BaseData(places, admin1, boundaries, join(border), dir.resolve(ADDITIONS), ADDITIONS);
    }

    /**
     * Starts parsing the additions file on a thread of its own, to be joined ({@link #additions}) after
     * {@link #loadBase}: SnakeYAML's start-up costs 0.1-0.2 s of a cold load, which would otherwise run alone
     * on one core between the GeoNames merge and the index build. The file is read at the start of the load;
     * an edit made during the load is seen by the watcher, which compares against the file as it is then.
     */
    static CompletableFuture<Additions> parseAdditionsAside(GazetteerSources sources) {
        Path dir = sources.directory();
        if (dir == null) {
            return CompletableFuture.completedFuture(Additions.none()); // loadBase reports the missing directory
        }
        return onOwnThread("gazetteer-additions", () -> AdditionsParser.parse(dir.resolve(ADDITIONS), ADDITIONS));
    }

    /** The parsed additions, or the {@link AdditionsException} (or other runtime exception) the parse threw. */
    static Additions additions(CompletableFuture<Additions> parsing) {
        return join(parsing);
    }

    private static <T> CompletableFuture<T> onOwnThread(String name, Supplier<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(task.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return result;
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private static void mergeAll(Map<Long, Place> places, List<Place> rows) {
        for (Place p : rows) {
            places.merge(p.id(), p, PlaceMerge::later);
        }
    }

    private static List<Path> geonamesFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> p.getFileName().toString().matches("(?i).*\\.(txt|tsv|gz)$"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new GazetteerException(dir.toString(), 0, "cannot list: " + e, e);
        }
    }

    private static Place regionPlace(Boundaries.Region r, Admin1Codes.Entry codes) {
        List<String> alternates = new ArrayList<>();
        if (r.otherName() != null && !r.otherName().equals(r.name())) {
            alternates.add(r.otherName()); // Natural Earth's spelling: Kiev, Odessa, Transcarpathia
        }
        if (codes != null && !codes.name().equals(r.name())) {
            alternates.add(codes.name());
        }
        Point at = r.geometry().getInteriorPoint();
        return new Place(r.geonameId(), r.name(), r.name(), at.getY(), at.getX(), "A", "ADM1", "UA", r.admin1(), 0,
                alternates, OBLASTS);
    }

    /**
     * News writes "the Donbas" for Donetsk and Luhansk oblasts together; it is an area with a polygon, so it is a
     * place of class A (code ADMD, an undifferentiated administrative division) whose boundary is the union.
     */
    private static void addDonbas(Map<Long, Place> places, Map<Long, Geometry> boundaries) {
        Long donetsk = regionId(places, "05");
        Long luhansk = regionId(places, "14");
        if (donetsk == null || luhansk == null) {
            return;
        }
        Geometry area = boundaries.get(donetsk).union(boundaries.get(luhansk));
        area.setSRID(4326);
        Point at = area.getInteriorPoint();
        places.put(DONBAS_ID, new Place(DONBAS_ID, "Donbas", "Donbas", at.getY(), at.getX(), "A", "ADMD", "UA", "",
                0, List.of("Donbass", "Donets Basin", "Донбас", "Донбасс"), OBLASTS + " (Donetsk + Luhansk)"));
        boundaries.put(DONBAS_ID, area);
    }

    private static Long regionId(Map<Long, Place> places, String admin1) {
        return places.values().stream().filter(p -> "ADM1".equals(p.featureCode()) && admin1.equals(p.admin1()))
                .map(Place::id).findFirst().orElse(null);
    }
}
