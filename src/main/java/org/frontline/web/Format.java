package org.frontline.web;

import java.util.Locale;

/** The download formats of a collection ({@code f=}). */
enum Format {
    GEOJSON, CSV;

    static Format of(String f) {
        if (f == null || f.isBlank()) return GEOJSON;
        return switch (f.trim().toLowerCase(Locale.ROOT)) {
            case "geojson", "json" -> GEOJSON;
            case "csv" -> CSV;
            case "gpkg", "shp" -> throw new BadParameterException("f",
                    "'" + f + "' downloads are not available in this version yet; use geojson or csv");
            default -> throw new BadParameterException("f", "'" + Params.clip(f) + "' is not a format (geojson, csv)");
        };
    }
}
