package org.frontline.frontline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled baseline puts the 2014-2022 occupied towns on the Russian side and the front towns on the other. */
class BaselineTest {

    static final Baseline BASELINE = Baseline.read(SharedData.baselineFile());

    // lat, lon of the gazetteer rows (GeoNames)
    static final Map<String, double[]> RU_HELD = Map.ofEntries(
            Map.entry("Donetsk", new double[] {48.023, 37.80224}),
            Map.entry("Horlivka", new double[] {48.33576, 38.05325}),
            Map.entry("Makiivka", new double[] {48.04782, 37.92576}),
            Map.entry("Yenakiieve", new double[] {48.23331, 38.21137}),
            Map.entry("Debaltseve", new double[] {48.34072, 38.4049}),
            Map.entry("Luhansk", new double[] {48.56952, 39.32857}),
            Map.entry("Alchevsk", new double[] {48.46893, 38.81669}),
            Map.entry("Dovzhansk", new double[] {48.08964, 39.65243}),
            Map.entry("Khrustalnyi", new double[] {48.13954, 38.93715}),
            Map.entry("Antratsyt", new double[] {48.11503, 39.09128}),
            Map.entry("Shakhtarsk", new double[] {48.05657, 38.43826}),
            Map.entry("Snizhne", new double[] {48.02612, 38.77225}),
            Map.entry("Amvrosiivka", new double[] {47.79348, 38.47768}),
            Map.entry("Yasynuvata", new double[] {48.1298, 37.8594}),
            Map.entry("Dokuchaievsk", new double[] {47.75046, 37.67936}),
            Map.entry("Bezimenne", new double[] {47.10724, 37.93966}),
            Map.entry("Simferopol", new double[] {44.95719, 34.11079}),
            Map.entry("Sevastopol", new double[] {44.58883, 33.5224}),
            Map.entry("Kerch", new double[] {45.3607, 36.4706}));

    static final Map<String, double[]> UA_HELD = Map.ofEntries(
            Map.entry("Mariupol", new double[] {47.09514, 37.54131}),
            Map.entry("Avdiivka", new double[] {48.13989, 37.74255}),
            Map.entry("Marinka", new double[] {47.94, 37.50}),
            Map.entry("Krasnohorivka", new double[] {48.00603, 37.50968}),
            Map.entry("Sievierodonetsk", new double[] {48.94628, 38.48624}),
            Map.entry("Lysychansk", new double[] {48.90421, 38.44094}),
            Map.entry("Shchastia", new double[] {48.73784, 39.23047}),
            Map.entry("Popasna", new double[] {48.63328, 38.37804}),
            Map.entry("Stanytsia Luhanska", new double[] {48.66247, 39.48358}),
            Map.entry("Toretsk", new double[] {48.39477, 37.8478}),
            Map.entry("Volnovakha", new double[] {47.60103, 37.49674}),
            Map.entry("Vuhledar", new double[] {47.77874, 37.25669}),
            Map.entry("Sartana", new double[] {47.17704, 37.69273}),
            Map.entry("Kherson", new double[] {46.63695, 32.61458}),
            Map.entry("Henichesk", new double[] {46.17, 34.8}));

    @Test
    void townsHeldByRussiaBeforeTheInvasionAreInside() {
        RU_HELD.forEach((name, p) -> assertThat(BASELINE.sideAt(p[1], p[0])).as(name).isEqualTo(Side.RU));
    }

    @Test
    void townsUkraineHeldOnTheLineOfContactAreOutside() {
        UA_HELD.forEach((name, p) -> assertThat(BASELINE.sideAt(p[1], p[0])).as(name).isEqualTo(Side.UA));
    }

    @Test
    void everyFeatureSaysItsSideSourceAndNote() {
        List<GeoJson.Feature> features = GeoJson.read(SharedData.baselineFile());

        assertThat(features).hasSize(4).allSatisfy(f -> {
            assertThat(f.properties()).containsEntry("side", "RU").containsKeys("source", "note");
            assertThat(f.geometry().isValid()).isTrue();
        });
        double km2 = EqualAreaProjection.UKRAINE.areaKm2(BASELINE.ruHeld());
        assertThat(km2).isBetween(42_000.0, 46_000.0); // Crimea + Sevastopol ~27,000, occupied Donbas ~16,800
    }

    @Test
    void theRearIsTheLandBorderWithRussiaAndBelarusAndColoursNothing() {
        double km = Geodesy.lengthKm(BASELINE.rear());

        // Belarus ~1,080 km (less Volyn's ~150 km), Russia ~1,970 km of which ~410 km are in the pre-war occupied Donbas
        // and on the Azov coast (Donetsk oblast, not part of the rear line)
        assertThat(km).isBetween(2_000.0, 3_200.0);
        assertThat(BASELINE.sideAt(33.0, 52.2)).as("a Chernihiv border village").isEqualTo(Side.UA);
    }
}
