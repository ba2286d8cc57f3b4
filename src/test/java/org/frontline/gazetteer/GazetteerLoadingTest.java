package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the sources: merging by id, plain and gzip, and garbage failing loudly with file and line. */
class GazetteerLoadingTest {
    private static final String KHARKIV_ROW = "706483\tKharkiv\tKharkiv\tKharkov,Харків\t49.98081\t36.25272\tP\tPPLA\t"
            + "UA\t\t07\t\t\t\t1430885\t\t152\tEurope/Kyiv\t2022-10-27";

    @TempDir
    Path dir;

    @Test
    void loadsPlainAndGzipFilesUnderGeonamesAndMergesExtraFilesById() throws IOException {
        TestGazetteers.mini(dir);
        gzip(dir.resolve("geonames/zz-more.txt.gz"), row(900001, "Testivka", "Тестівка", 49.5, 36.5, 0));
        Path extra = dir.resolve("extra.txt");
        // a later file adds a name to Kharkiv, moves it slightly, and does not erase its population with 0
        Files.writeString(extra, "706483\tKharkiv\tKharkiv\tKharkivograd\t49.99\t36.25\tP\tPPLA\tUA\t\t07\t\t\t\t"
                + "\t\t\t\t\n");
        Gazetteer g = Gazetteer.load(new GazetteerSources(dir, List.of(extra)));
        assertThat(g.size()).isEqualTo(8);
        assertThat(TestGazetteers.ids(g.lookup("Тестівка"))).containsExactly(900001L);
        Place kharkiv = g.byId(706483).orElseThrow();
        assertThat(kharkiv.lat()).isEqualTo(49.99);
        assertThat(kharkiv.population()).isEqualTo(1_433_886);
        assertThat(kharkiv.alternateNames()).contains("Kharkivograd", "Kharkov");
        assertThat(kharkiv.source()).isEqualTo(extra.toString());
        assertThat(TestGazetteers.first(g.lookup("Kharkivograd"))).isEqualTo(706483);
    }

    @Test
    void failsOnATruncatedGzipNamingTheFile() throws IOException {
        TestGazetteers.mini(dir);
        Path gz = dir.resolve("geonames/broken.txt.gz");
        gzip(gz, (KHARKIV_ROW + "\n").repeat(2000));
        byte[] bytes = Files.readAllBytes(gz);
        Files.write(gz, Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> Gazetteer.load(new GazetteerSources(dir, List.of())))
                .isInstanceOf(GazetteerException.class)
                .hasMessageContaining("geonames/broken.txt.gz:")
                .hasMessageContaining("truncated or corrupt gzip");
    }

    @Test
    void failsOnAWrongColumnCountWithFileAndLine() throws IOException {
        TestGazetteers.mini(dir);
        Files.writeString(dir.resolve("geonames/bad.txt"), KHARKIV_ROW + "\n" + "12345\tShort row\t1.0\t2.0\n");
        assertThatThrownBy(() -> Gazetteer.load(new GazetteerSources(dir, List.of())))
                .isInstanceOfSatisfying(GazetteerException.class, e -> {
                    assertThat(e.file()).isEqualTo("geonames/bad.txt");
                    assertThat(e.line()).isEqualTo(2);
                })
                .hasMessageContaining("geonames/bad.txt:2: expected 19 tab-separated columns, found 4");
    }

    @Test
    void failsOnBytesThatAreNotUtf8WithTheExactLine() throws IOException {
        TestGazetteers.mini(dir);
        Path bad = dir.resolve("geonames/latin1.txt");
        try (OutputStream out = Files.newOutputStream(bad)) {
            for (int i = 0; i < 300; i++) { // enough lines that a buffered decoder would blame the wrong one
                out.write((KHARKIV_ROW + "\n").getBytes(StandardCharsets.UTF_8));
            }
            out.write(row(900002, "Kh\u00e4rkiv", "", 49.0, 36.0, 0).getBytes(StandardCharsets.ISO_8859_1));
        }
        assertThatThrownBy(() -> Gazetteer.load(new GazetteerSources(dir, List.of())))
                .isInstanceOf(GazetteerException.class)
                .hasMessageContaining("geonames/latin1.txt:301: not valid UTF-8");
    }

    @Test
    void failsOnBadNumbersAndOutOfRangeCoordinates() throws IOException {
        TestGazetteers.mini(dir);
        Path extra = dir.resolve("extra.txt");
        Files.writeString(extra, KHARKIV_ROW.replace("49.98081", "49,98") + "\n");
        assertThatThrownBy(() -> Gazetteer.load(new GazetteerSources(dir, List.of(extra))))
                .hasMessageContaining(extra + ":1: bad latitude: '49,98'");
        Files.writeString(extra, KHARKIV_ROW + "\n" + row(5, "Nowhere", "", 91.0, 0, 0));
        assertThatThrownBy(() -> Gazetteer.load(new GazetteerSources(dir, List.of(extra))))
                .hasMessageContaining(extra + ":2: coordinates out of range");
        Files.writeString(extra, KHARKIV_ROW.replace("1430885", "1.4M") + "\n");
        assertThatThrownBy(() -> Gazetteer.load(new GazetteerSources(dir, List.of(extra))))
                .hasMessageContaining(extra + ":1: bad population: '1.4M'");
        Files.writeString(extra, KHARKIV_ROW.replace("706483", "x706483") + "\n");
        assertThatThrownBy(() -> Gazetteer.load(new GazetteerSources(dir, List.of(extra))))
                .hasMessageContaining(extra + ":1: bad geonameid");
    }

    @Test
    void failsOnAMissingExtraFileAndAMissingDirectory() {
        assertThatThrownBy(() -> Gazetteer.load(new GazetteerSources(dir.resolve("nope"), List.of())))
                .isInstanceOf(GazetteerException.class).hasMessageContaining("directory not found");
        assertThatThrownBy(() -> Gazetteer.load(new GazetteerSources(dir, List.of(dir.resolve("missing.txt.gz")))))
                .isInstanceOf(GazetteerException.class).hasMessageContaining("missing.txt.gz: extra gazetteer file not found");
    }

    @Test
    void failsOnBrokenBoundaryJsonWithItsLine() throws IOException {
        TestGazetteers.mini(dir);
        Files.createDirectories(dir.resolve("boundaries"));
        Files.writeString(dir.resolve("boundaries/ukraine-oblasts.geojson"), "{\n\"type\": \"FeatureCollection\",\n"
                + "\"features\": [ {\"type\": \"Feature\",, } ]\n}");
        assertThatThrownBy(() -> Gazetteer.load(new GazetteerSources(dir, List.of())))
                .isInstanceOf(GazetteerException.class)
                .hasMessageContaining("boundaries/ukraine-oblasts.geojson:3: not valid JSON");
    }

    @Test
    void neverReturnsAPartialGazetteerFromAFailedLoad() throws IOException {
        TestGazetteers.mini(dir);
        Files.writeString(dir.resolve("geonames/zz-bad.txt"), row(900003, "Goodrow", "", 48, 35, 0) + "garbage\n");
        Gazetteer[] result = new Gazetteer[1];
        assertThatThrownBy(() -> result[0] = Gazetteer.load(new GazetteerSources(dir, List.of())))
                .isInstanceOf(GazetteerException.class).hasMessageContaining("zz-bad.txt:2");
        assertThat(result[0]).isNull();
    }

    @Test
    void loadsTheBundledOblastsAsAdm1Places() {
        Gazetteer g = TestGazetteers.bundled();
        List<Place> oblasts = g.places().stream().filter(p -> "ADM1".equals(p.featureCode())).toList();
        assertThat(oblasts).hasSize(27).allSatisfy(p -> {
            assertThat(p.featureClass()).isEqualTo("A");
            assertThat(g.boundary(p.id())).isPresent();
        });
    }

    static String row(long id, String name, String alternates, double lat, double lon, long population) {
        return id + "\t" + name + "\t" + name + "\t" + alternates + "\t" + lat + "\t" + lon + "\tP\tPPL\tUA\t\t07\t\t\t\t"
                + population + "\t\t\tEurope/Kyiv\t2024-01-01\n";
    }

    static void gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
