package org.frontline.web;

import java.util.Locale;
import org.frontline.web.export.CsvExporter;
import org.frontline.web.export.FeatureExporter;
import org.frontline.web.export.GeoJsonExporter;
import org.frontline.web.export.GeoPackageExporter;
import org.frontline.web.export.ShapefileExporter;

/** The download formats of a collection ({@code f=}), each with its exporter. */
enum Format {
    GEOJSON(new GeoJsonExporter()), CSV(new CsvExporter()), GPKG(new GeoPackageExporter()), SHP(new ShapefileExporter());

    private final FeatureExporter exporter;

    Format(FeatureExporter exporter) {
        this.exporter = exporter;
    }

    FeatureExporter exporter() {
        return exporter;
    }

    static Format of(String f) {
        if (f == null || f.isBlank()) return GEOJSON;
        return switch (f.trim().toLowerCase(Locale.ROOT)) {
            case "geojson", "json" -> GEOJSON;
            case "csv" -> CSV;
            case "gpkg", "geopackage" -> GPKG;
            case "shp", "shapefile", "zip" -> SHP;
            default -> throw new BadParameterException("f", "'" + Params.clip(f) + "' is not a format (geojson, csv, gpkg, shp)");
        };
    }
}
