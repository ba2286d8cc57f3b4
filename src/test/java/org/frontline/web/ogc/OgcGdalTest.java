package org.frontline.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.frontline.web.export.Gdal;
import org.frontline.web.export.SeedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GDAL's OAPIF driver (Debian's gdal-bin) as the client: it lists the collections, pages through items, sends
 * bbox for -spat, and filters by time through the collection URL (GDAL before 3.10 has no DATETIME option and
 * repeats a connection URL's query on every request).
 */
class OgcGdalTest extends SeedServer {
    @TempDir
    Path dir;

    int matched(String query) {
        return json("/ogc/collections/claims/items?limit=10000" + query).path("numberMatched").asInt();
    }

    @Test
    void ogrinfoListsTheCollectionsWithTheirGeometryType() {
        String out = Gdal.run("ogrinfo", "-ro", "OAPIF:" + url("/ogc"));
        assertThat(out).contains("claims (title: Claims) (Point)").contains("places (title: Places) (Point)");
    }

    @Test
    void ogrinfoSeesTheClaimsSchemaWithDatesAndBooleans() {
        Gdal.Layer claims = Gdal.summary("OAPIF:" + url("/ogc"), "claims");
        assertThat(claims.count()).isEqualTo(matched(""));
        assertThat(claims.type("date")).isEqualTo("Date");
        assertThat(claims.type("hedged")).isEqualTo("Integer(Boolean)");
        assertThat(claims.type("placeId")).startsWith("Integer");
        assertThat(claims.text()).contains("TEMPORAL_INTERVAL_MIN=2022-");
    }

    @Test
    void ogr2ogrReadsEveryFeatureThroughPagesOfTwo() {
        Path out = dir.resolve("claims.gpkg");
        Gdal.run("ogr2ogr", "-f", "GPKG", out.toString(), "OAPIF:" + url("/ogc"), "claims", "-oo", "PAGE_SIZE=2");
        Gdal.Layer copied = Gdal.summary(out.toString());
        assertThat(copied.count()).isEqualTo(matched("")).isGreaterThan(2);
        assertThat(copied.type("date")).isEqualTo("Date");
    }

    @Test
    void ogr2ogrSendsTheSpatialFilterAsBbox() {
        Path out = dir.resolve("kharkiv.geojson");
        Gdal.run("ogr2ogr", "-f", "GeoJSON", out.toString(), "OAPIF:" + url("/ogc"), "claims", "-spat", "35", "49", "38", "51",
                "-oo", "PAGE_SIZE=5");
        int expected = matched("&bbox=35,49,38,51");
        assertThat(expected).isPositive().isLessThan(matched(""));
        assertThat(Gdal.summary(out.toString()).count()).isEqualTo(expected);
    }

    @Test
    void ogr2ogrFiltersByDatetimeGivenInTheCollectionUrl() {
        Path day = dir.resolve("day.geojson");
        Gdal.run("ogr2ogr", "-f", "GeoJSON", day.toString(), "OAPIF:" + url("/ogc/collections/claims?datetime=2022-02-25"), "-oo", "PAGE_SIZE=3");
        assertThat(Gdal.summary(day.toString()).count()).isEqualTo(matched("&datetime=2022-02-25")).isPositive().isLessThan(matched(""));
        Path open = dir.resolve("open.geojson");
        Gdal.run("ogr2ogr", "-f", "GeoJSON", open.toString(), "OAPIF:" + url("/ogc/collections/claims?datetime=2022-09-01/.."));
        assertThat(Gdal.summary(open.toString()).count()).isEqualTo(matched("&datetime=2022-09-01/..")).isPositive();
    }

    @Test
    void attributeFiltersWorkThroughGdalWhere() {
        String out = Gdal.run("ogrinfo", "-ro", "-al", "-q", "OAPIF:" + url("/ogc"), "claims", "-where", "type = 'captured'");
        int captured = json("/api/claims?type=captured").path("features").size();
        assertThat(captured).isPositive();
        assertThat(Gdal.features(out)).isEqualTo(captured);
    }
}
