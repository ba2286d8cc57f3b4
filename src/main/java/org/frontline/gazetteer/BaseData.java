package org.frontline.gazetteer;

import java.nio.file.Path;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * Everything loaded from the read-only sources (GeoNames files, admin1 codes, boundaries), before the user's
 * additions. The service keeps it so that an additions edit rebuilds the gazetteer without re-reading 70k rows.
 */
record BaseData(Map<Long, Place> places, Map<String, Admin1Codes.Entry> admin1, Map<Long, Geometry> boundaries,
                Geometry border, Path additionsFile, String additionsName) {
}
