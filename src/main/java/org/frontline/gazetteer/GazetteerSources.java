package org.frontline.gazetteer;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a gazetteer is loaded from: the gazetteer directory (GeoNames files under {@code geonames/},
 * {@code admin1CodesASCII.txt}, {@code boundaries/}, the user's {@code additions.yaml}) and any further
 * GeoNames-format files (plain or .gz) loaded on top.
 */
public record GazetteerSources(Path directory, List<Path> extraFiles) {
    public GazetteerSources {
        extraFiles = extraFiles == null ? List.of() : List.copyOf(extraFiles);
    }
}
