package org.frontline.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Every collection endpoint downloaded in every format over HTTP and opened with GDAL's ogrinfo: the same feature
 * count as the GeoJSON answer, the attribute names, and the attribute types (dates as Date, not text).
 */
class DownloadsGdalTest extends SeedServer {
    @TempDir
    Path dir;

    /** Downloads path + f=format, checks status, type and file name, and saves it. */
    Path download(String path, String format, String contentType, String fileName) throws IOException {
        HttpResponse<byte[]> r = get(path + (path.contains("?") ? "&" : "?") + "f=" + format, null);
        assertThat(r.statusCode()).as("%s %s: %s", path, format, new String(r.body())).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(contentType);
        assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment").contains("filename=\"" + fileName + "\"");
        Path file = dir.resolve(fileName);
        Files.write(file, r.body());
        return file;
    }

    int geoJsonCount(String path) {
        JsonNode fc = json(path);
        assertThat(fc.path("type").asString()).isEqualTo("FeatureCollection");
        return fc.path("features").size();
    }

    @Test
    void claimsOfADayOpenInGdalAsGeoJsonCsvGeoPackageAndShapefileWithTypedFields() throws IOException {
        String path = "/api/claims?date=2022-09-08";
        int expected = geoJsonCount(path);
        assertThat(expected).as("the seeds have claims dated 2022-09-08").isPositive();

        Gdal.Layer geojson = Gdal.summary(download(path, "geojson", "application/geo+json", "frontline-claims-2022-09-08.geojson").toString());
        assertThat(geojson.count()).isEqualTo(expected);
        assertThat(geojson.type("date")).isEqualTo("Date");

        Path csv = download(path, "csv", "text/csv", "frontline-claims-2022-09-08.csv");
        Gdal.Layer csvLayer = Gdal.summary("-oo", "X_POSSIBLE_NAMES=lon", "-oo", "Y_POSSIBLE_NAMES=lat", csv.toString());
        assertThat(csvLayer.count()).isEqualTo(expected);
        assertThat(csvLayer.fields()).containsKeys("id", "date", "claimantSide", "lon", "lat", "wkt");

        Gdal.Layer gpkg = Gdal.summary(download(path, "gpkg", "application/geopackage+sqlite3", "frontline-claims-2022-09-08.gpkg").toString());
        assertThat(gpkg.count()).isEqualTo(expected);
        assertThat(gpkg.geometry()).isEqualTo("Point");
        assertThat(gpkg.text()).contains("Layer name: claims").contains("ID[\"EPSG\",4326]");
        assertThat(gpkg.type("date")).isEqualTo("Date");
        assertThat(gpkg.type("published")).isEqualTo("Date");
        assertThat(gpkg.type("hedged")).isEqualTo("Integer(Boolean)");
        assertThat(gpkg.type("placeId")).isEqualTo("Integer64");
        assertThat(gpkg.type("confidence")).isEqualTo("Real");
        assertThat(gpkg.type("claimantSide")).isEqualTo("String");
        assertThat(gpkg.type("conflictsWith")).isEqualTo("String");

        Path zip = download(path, "shp", "application/zip", "frontline-claims-2022-09-08.zip");
        assertThat(Gdal.run("unzip", "-l", zip.toString())).contains("claims.shp", "claims.shx", "claims.dbf", "claims.prj", "claims.cpg");
        Gdal.Layer shp = Gdal.summary("/vsizip/" + zip + "/claims.shp");
        assertThat(shp.count()).isEqualTo(expected);
        assertThat(shp.geometry()).isEqualTo("Point");
        assertThat(shp.text()).contains("ID[\"EPSG\",4326]");
        assertThat(shp.type("date")).isEqualTo("Date");
        assertThat(shp.type("clmntSide")).isEqualTo("String");
        assertThat(shp.type("placeId")).isEqualTo("Integer");
        assertThat(shp.type("confidence")).isEqualTo("Real");
        assertThat(shp.fields().keySet()).allSatisfy(n -> assertThat(n.length()).isLessThanOrEqualTo(10));
    }

    @Test
    void everyCollectionEndpointDownloadsInEveryFormatWithItsFeatureCount() throws IOException {
        String article = json("/api/articles").get(0).path("id").asString();
        List<String[]> endpoints = new ArrayList<>();
        endpoints.add(new String[]{"/api/claims", "frontline-claims", "claims"});
        endpoints.add(new String[]{"/api/places", "frontline-places", "places"});
        endpoints.add(new String[]{"/api/mentions?article=" + article, "frontline-mentions-" + article, "mentions"});
        endpoints.add(new String[]{"/api/gazetteer?q=Kupiansk", "frontline-gazetteer", "gazetteer"});
        for (String[] e : endpoints) {
            int expected = geoJsonCount(e[0]);
            assertThat(expected).as(e[0]).isPositive();
            Gdal.Layer gpkg = Gdal.summary(download(e[0], "gpkg", "application/geopackage+sqlite3", e[1] + ".gpkg").toString());
            assertThat(gpkg.count()).as(e[0]).isEqualTo(expected);
            assertThat(gpkg.text()).contains("Layer name: " + e[2]);
            Path zip = download(e[0], "shp", "application/zip", e[1] + ".zip");
            Gdal.Layer shp = Gdal.summary("/vsizip/" + zip + "/" + e[2] + ".shp");
            assertThat(shp.count()).as(e[0]).isEqualTo(expected);
            Gdal.Layer csv = Gdal.summary(download(e[0], "csv", "text/csv", e[1] + ".csv").toString());
            assertThat(csv.count()).as(e[0]).isEqualTo(expected);
        }
        Gdal.Layer places = Gdal.summary(dir.resolve("frontline-places.gpkg").toString());
        assertThat(places.type("mentions")).isEqualTo("Integer64");
        assertThat(places.type("name")).isEqualTo("String");
    }

    @Test
    void anUnknownFormatIsABadRequestNamingTheParameter() {
        HttpResponse<byte[]> r = get("/api/places?f=kml", null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.path("parameter").asString()).isEqualTo("f");
        assertThat(problem.path("detail").asString()).contains("gpkg").contains("shp");
    }
}
