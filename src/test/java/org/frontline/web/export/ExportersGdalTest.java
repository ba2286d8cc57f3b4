package org.frontline.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Control-map-like sets (polygons with holes, multipolygons, lines; dates, booleans, integers, reals, lists) written
 * by each exporter and read back by GDAL: geometry type, field types and the geometry itself, WKT in, WKT out.
 */
class ExportersGdalTest {
    static final GeometryFactory GF = new GeometryFactory(new PrecisionModel(), 4326);
    // exterior clockwise and hole counter-clockwise: the wrong way round for RFC 7946, the right way for Shapefile
    static final String AREA_WITH_HOLE = "POLYGON ((36 49, 36 50, 37 50, 37 49, 36 49), (36.2 49.2, 36.8 49.2, 36.8 49.8, 36.2 49.8, 36.2 49.2))";
    static final String TWO_AREAS = "MULTIPOLYGON (((30 46, 31 46, 31 47, 30 46)), ((32 46, 33 46, 33 47, 32 46)))";

    @TempDir
    Path dir;

    static Geometry wkt(String wkt) {
        try {
            return new WKTReader(GF).read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static FeatureSet controlAreas() {
        List<Feature> fs = new ArrayList<>();
        fs.add(new Feature("2022-09-08-RU-1", wkt(AREA_WITH_HOLE), values(LocalDate.of(2022, 9, 8), "RU", 8123.45, 41, true, List.of("c1", "c2"))));
        fs.add(new Feature("2022-09-08-UA-1", wkt(TWO_AREAS), values(LocalDate.of(2022, 9, 8), "UA", 12.5, 3, false, List.of())));
        return FeatureSet.of("control", fs);
    }

    static Map<String, Object> values(LocalDate date, String side, double areaKm2, int settlements, boolean contested, List<String> ids) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("date", date);
        v.put("side", side);
        v.put("areaKm2", areaKm2);
        v.put("settlements", settlements);
        v.put("contested", contested);
        v.put("claimIds", ids);
        return v;
    }

    Path write(FeatureExporter exporter, FeatureSet set, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            exporter.write(set, out);
        }
        return file;
    }

    /** The geometries ogrinfo prints for each feature, in order. */
    static List<Geometry> geometries(String ogrinfoAll) {
        List<Geometry> out = new ArrayList<>();
        for (String line : ogrinfoAll.split("\\R")) {
            String t = line.trim();
            if (t.matches("^(MULTI)?(POLYGON|LINESTRING|POINT) .*")) out.add(wkt(t));
        }
        return out;
    }

    @Test
    void geoJsonPolygonsHaveCounterClockwiseExteriorsAndClockwiseHoles() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GeoJsonExporter().write(controlAreas(), out);
        JsonNode fc = JsonMapper.builder().build().readTree(out.toByteArray());
        assertThat(fc.has("crs")).isFalse();
        JsonNode polygon = fc.path("features").get(0).path("geometry");
        assertThat(polygon.path("type").asString()).isEqualTo("Polygon");
        assertThat(Orientation.isCCW(ring(polygon.path("coordinates").get(0)))).as("exterior").isTrue();
        assertThat(Orientation.isCCW(ring(polygon.path("coordinates").get(1)))).as("hole").isFalse();
        JsonNode multi = fc.path("features").get(1).path("geometry");
        assertThat(multi.path("type").asString()).isEqualTo("MultiPolygon");
        for (JsonNode part : multi.path("coordinates")) assertThat(Orientation.isCCW(ring(part.get(0)))).isTrue();
        assertThat(fc.path("features").get(0).path("properties").path("claimIds").isArray()).isTrue();
        assertThat(fc.path("features").get(0).path("properties").path("date").asString()).isEqualTo("2022-09-08");
    }

    private static Coordinate[] ring(JsonNode positions) {
        List<Coordinate> cs = new ArrayList<>();
        for (JsonNode p : positions) cs.add(new Coordinate(p.get(0).asDouble(), p.get(1).asDouble()));
        return cs.toArray(Coordinate[]::new);
    }

    @Test
    void geoPackageKeepsPolygonsWithHolesAndTypedAttributes() throws IOException {
        Path gpkg = write(new GeoPackageExporter(), controlAreas(), "control.gpkg");
        Gdal.Layer layer = Gdal.summary(gpkg.toString());
        assertThat(layer.count()).isEqualTo(2);
        assertThat(layer.geometry()).isEqualTo("Multi Polygon");
        assertThat(layer.text()).contains("ID[\"EPSG\",4326]");
        assertThat(layer.type("date")).isEqualTo("Date");
        assertThat(layer.type("side")).isEqualTo("String");
        assertThat(layer.type("areaKm2")).isEqualTo("Real");
        assertThat(layer.type("settlements")).isEqualTo("Integer64");
        assertThat(layer.type("contested")).isEqualTo("Integer(Boolean)");
        assertThat(layer.type("claimIds")).isEqualTo("String");

        String all = Gdal.run("ogrinfo", "-ro", "-al", "-q", gpkg.toString());
        assertThat(all).contains("date (Date) = 2022/09/08").contains("claimIds (String) = c1;c2").contains("contested (Integer(Boolean)) = 1");
        List<Geometry> read = geometries(all);
        assertThat(read).hasSize(2);
        assertThat(read.get(0).equalsTopo(wkt(AREA_WITH_HOLE))).as(read.get(0).toText()).isTrue();
        assertThat(read.get(1).equalsTopo(wkt(TWO_AREAS))).as(read.get(1).toText()).isTrue();
    }

    @Test
    void shapefileKeepsPolygonsWithHolesDatesAsDatesAndShortFieldNames() throws IOException {
        FeatureSet set = controlAreas();
        Path zip = write(new ShapefileExporter(), set, "control.zip");
        Gdal.Layer layer = Gdal.summary("/vsizip/" + zip + "/control.shp");
        assertThat(layer.count()).isEqualTo(2);
        assertThat(layer.geometry()).isEqualTo("Polygon");
        assertThat(layer.text()).contains("ID[\"EPSG\",4326]");
        assertThat(layer.type("date")).isEqualTo("Date");
        assertThat(layer.type("areaKm2")).isEqualTo("Real");
        assertThat(layer.type("sttlmnts")).isEqualTo("Integer");
        assertThat(layer.type("claimIds")).isEqualTo("String");
        assertThat(layer.fields().keySet()).allSatisfy(n -> assertThat(n.length()).isLessThanOrEqualTo(10));

        String all = Gdal.run("ogrinfo", "-ro", "-al", "-q", "/vsizip/" + zip + "/control.shp");
        assertThat(all).contains("date (Date) = 2022/09/08").contains("areaKm2 (Real) = 8123.45");
        List<Geometry> read = geometries(all);
        assertThat(read).hasSize(2);
        // GDAL assigns holes by orientation: a wrongly oriented ring would come back as a second outer polygon
        assertThat(read.get(0).equalsTopo(wkt(AREA_WITH_HOLE))).as(read.get(0).toText()).isTrue();
        assertThat(read.get(1).equalsTopo(wkt(TWO_AREAS))).as(read.get(1).toText()).isTrue();
        String fields = Gdal.run("unzip", "-p", zip.toString(), "control-fields.txt");
        assertThat(fields).contains("sttlmnts\tsettlements\tinteger").contains("date\tdate\tdate");
    }

    @Test
    void linesGoToShapefileAsPolylinesAndToGeoPackageAsMultiLineStrings() throws IOException {
        List<Feature> fs = List.of(
                new Feature(1L, wkt("LINESTRING (36 49, 36.5 49.5, 37 49.2)"), Map.of("lengthKm", 80.2)),
                new Feature(2L, wkt("MULTILINESTRING ((30 46, 31 47), (32 46, 33 47))"), Map.of("lengthKm", 301.0)));
        FeatureSet set = FeatureSet.of("frontline", fs);
        Gdal.Layer shp = Gdal.summary("/vsizip/" + write(new ShapefileExporter(), set, "lines.zip") + "/frontline.shp");
        assertThat(shp.geometry()).isEqualTo("Line String");
        assertThat(shp.count()).isEqualTo(2);
        Gdal.Layer gpkg = Gdal.summary(write(new GeoPackageExporter(), set, "lines.gpkg").toString());
        assertThat(gpkg.geometry()).isEqualTo("Multi Line String");
        assertThat(gpkg.type("lengthKm")).isEqualTo("Real");
    }

    @Test
    void aShapefileOfMixedGeometryTypesIsRefusedWithAReason() {
        FeatureSet mixed = FeatureSet.of("mixed", List.of(
                new Feature(1L, GF.createPoint(new Coordinate(36, 49)), Map.of()),
                new Feature(2L, wkt(AREA_WITH_HOLE), Map.of())));
        assertThatThrownBy(() -> new ShapefileExporter().write(mixed, OutputStream.nullOutputStream()))
                .isInstanceOf(UnsupportedFormatException.class).hasMessageContaining("gpkg");
    }

    @Test
    void longTextIsCutAtACharacterBoundaryInDbfAndKeptWholeInGeoPackage() throws IOException {
        String quote = "Бої за Бахмут тривають. ".repeat(20); // two bytes a Cyrillic letter in UTF-8, 460 characters
        FeatureSet set = FeatureSet.of("claims", List.of(new Feature("x", GF.createPoint(new Coordinate(38, 48.6)), Map.of("quote", quote))));
        String shp = Gdal.run("ogrinfo", "-ro", "-al", "-q", "/vsizip/" + write(new ShapefileExporter(), set, "q.zip") + "/claims.shp");
        String cut = shp.lines().filter(l -> l.contains("quote (String) = ")).findFirst().orElseThrow().split(" = ", 2)[1];
        assertThat(quote).startsWith(cut.strip());
        assertThat(cut.strip().length()).isBetween(100, 170);
        String gpkg = Gdal.run("ogrinfo", "-ro", "-al", "-q", write(new GeoPackageExporter(), set, "q.gpkg").toString());
        assertThat(gpkg).contains(quote.strip());
    }
}
