package org.frontline.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Shared gazetteers for tests: loading the full one takes seconds, so each is loaded once per test JVM. */
final class TestGazetteers {
    private static Gazetteer bundled;
    private static Gazetteer full;

    private TestGazetteers() {
    }

    /** ../shared, where never-commit data lives; surefire passes it as a system property. */
    static Path shared() {
        return Path.of(System.getProperty("frontline.shared", "../shared"));
    }

    static Path fullFile() {
        return shared().resolve("data/gazetteer/UA.txt.gz");
    }

    /** The bundled gazetteer directory of the project (GeoNames cities500, boundaries, additions.yaml). */
    static Path bundledDir() {
        return Path.of("gazetteer");
    }

    static synchronized Gazetteer bundled() {
        if (bundled == null) {
            bundled = Gazetteer.load(new GazetteerSources(bundledDir(), List.of()));
        }
        return bundled;
    }

    /** Bundled data plus the full Ukrainian gazetteer (32k places) from ../shared/data. */
    static synchronized Gazetteer full() {
        if (full == null) {
            full = Gazetteer.load(new GazetteerSources(bundledDir(), List.of(fullFile())));
        }
        return full;
    }

    /** A seven-place gazetteer directory (Kharkiv, Kyiv, Hostomel, Kremenchuk, Bar, Balakliia, Chuhuiv) in dir. */
    static Path mini(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("geonames"));
        copy("gazetteer/mini/geonames/mini-ua.txt", dir.resolve("geonames/mini-ua.txt"));
        copy("gazetteer/mini/admin1CodesASCII.txt", dir.resolve("admin1CodesASCII.txt"));
        return dir;
    }

    static void copy(String resource, Path to) throws IOException {
        try (InputStream in = TestGazetteers.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static List<Long> ids(List<Candidate> candidates) {
        return candidates.stream().map(c -> c.place().id()).toList();
    }

    static long first(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            throw new AssertionError("no candidates");
        }
        return candidates.get(0).place().id();
    }
}
