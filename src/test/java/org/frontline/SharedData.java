package org.frontline;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds ../shared, whose data tests may read but the project never copies. Fails loudly when it is missing: CI
 * always has it beside the clone.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Path dir() {
        Path p = Path.of(System.getProperty("frontline.shared", "../shared")).toAbsolutePath().normalize();
        if (!Files.isDirectory(p.resolve("data"))) {
            throw new IllegalStateException("../shared/data not found at " + p + " (set -Dfrontline.shared=PATH)");
        }
        return p;
    }

    public static Path file(String relative) {
        Path f = dir().resolve(relative);
        if (!Files.exists(f)) throw new IllegalStateException("missing shared file " + f);
        return f;
    }
}
