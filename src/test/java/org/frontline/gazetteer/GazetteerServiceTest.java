package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service: live reloads on additions edits, a bad edit keeping the previous gazetteer, a bad start. */
class GazetteerServiceTest {
    private static final String SNAKE = """
            add:
              - id: 900000001
                name: Zmiinyi Island
                alternates: [Snake Island]
                lat: 45.2543
                lon: 30.2039
                featureClass: T
                featureCode: ISL
            """;
    private static final String SNAKE_AND_OBOLON = SNAKE + """
              - id: 8519916
                name: Obolon
                lat: 50.5163
                lon: 30.5064
                featureCode: PPLX
            """;

    @TempDir
    Path dir;

    private GazetteerSources sources() throws IOException {
        return new GazetteerSources(TestGazetteers.mini(dir), List.of());
    }

    @Test
    void reloadsWhenTheAdditionsFileChangesAndTellsListeners() throws Exception {
        Files.writeString(dir.resolve("additions.yaml"), SNAKE);
        try (GazetteerService service = new GazetteerService(sources(), Duration.ofMillis(50))) {
            Gazetteer before = service.current();
            assertThat(before.lookup("Snake Island")).isNotEmpty();
            assertThat(before.lookup("Obolon")).isEmpty();
            List<Gazetteer> heard = new CopyOnWriteArrayList<>();
            service.onReload(heard::add);

            Files.writeString(dir.resolve("additions.yaml"), SNAKE_AND_OBOLON);

            await(() -> !service.current().lookup("Obolon").isEmpty());
            assertThat(service.current()).isNotSameAs(before);
            assertThat(service.current().lookup("Snake Island")).isNotEmpty(); // nothing added earlier is lost
            await(() -> !heard.isEmpty());
            assertThat(heard).containsExactly(service.current());
            assertThat(service.problems()).isEmpty();
        }
    }

    @Test
    void keepsThePreviousGazetteerWhenAnEditIsInvalidAndReportsTheLine() throws Exception {
        Files.writeString(dir.resolve("additions.yaml"), SNAKE);
        try (GazetteerService service = new GazetteerService(sources(), Duration.ofMillis(50))) {
            Gazetteer good = service.current();
            List<Gazetteer> heard = new CopyOnWriteArrayList<>();
            service.onReload(heard::add);

            Files.writeString(dir.resolve("additions.yaml"), SNAKE_AND_OBOLON.replace("50.5163", "505.163"));

            await(() -> !service.problems().isEmpty());
            assertThat(service.problems()).containsExactly("additions.yaml:11: lat 505.163 is out of range [-90, 90]");
            assertThat(service.current()).isSameAs(good);
            assertThat(service.current().lookup("Snake Island")).isNotEmpty();
            assertThat(heard).isEmpty();

            Files.writeString(dir.resolve("additions.yaml"), SNAKE_AND_OBOLON); // fixed: served, problems cleared
            await(() -> service.problems().isEmpty());
            assertThat(service.current().lookup("Obolon")).isNotEmpty();
        }
    }

    @Test
    void startsOnTheGeoNamesDataAloneWhenTheAdditionsFileIsBad() throws Exception {
        Files.writeString(dir.resolve("additions.yaml"), "add:\n  - id: 5\n    name: X\n    lat: 1\n");
        try (GazetteerService service = new GazetteerService(sources(), Duration.ofMillis(50))) {
            assertThat(service.current().size()).isEqualTo(7);
            assertThat(service.current().lookup("Kharkiv")).isNotEmpty();
            assertThat(service.problems()).containsExactly("additions.yaml:2: missing required field 'lon'");
        }
    }

    @Test
    void reloadNowReportsWhetherTheNewFileWasTaken() throws Exception {
        Files.writeString(dir.resolve("additions.yaml"), SNAKE);
        try (GazetteerService service = new GazetteerService(sources(), Duration.ofHours(1))) {
            Files.writeString(dir.resolve("additions.yaml"), "bogus: []\n");
            assertThat(service.reload()).isFalse();
            assertThat(service.problems()).singleElement().asString().startsWith("additions.yaml:1: unknown section");
            Files.writeString(dir.resolve("additions.yaml"), SNAKE_AND_OBOLON);
            assertThat(service.reload()).isTrue();
            assertThat(service.current().byId(8519916)).isPresent();
        }
    }

    @Test
    void aDeletedAdditionsFileDoesNotDropTheAdditions() throws Exception {
        Files.writeString(dir.resolve("additions.yaml"), SNAKE);
        try (GazetteerService service = new GazetteerService(sources(), Duration.ofMillis(50))) {
            Files.delete(dir.resolve("additions.yaml"));
            await(() -> !service.problems().isEmpty());
            assertThat(service.current().lookup("Snake Island")).isNotEmpty();
            assertThat(service.problems().get(0)).contains("file missing");
        }
    }

    @Test
    void failsToStartWhenTheGeoNamesDataIsBroken() throws IOException {
        GazetteerSources sources = sources();
        Files.writeString(dir.resolve("geonames/broken.txt"), "1\t2\n");
        assertThatThrownBy(() -> new GazetteerService(sources)).isInstanceOf(GazetteerException.class)
                .hasMessageContaining("geonames/broken.txt:1");
    }

    @Test
    void stopsWatchingWhenClosed() throws Exception {
        Files.writeString(dir.resolve("additions.yaml"), SNAKE);
        GazetteerService service = new GazetteerService(sources(), Duration.ofMillis(20));
        service.close();
        Gazetteer before = service.current();
        Files.writeString(dir.resolve("additions.yaml"), SNAKE_AND_OBOLON);
        Thread.sleep(300);
        assertThat(service.current()).isSameAs(before);
        assertThat(service.watching()).isFalse();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(20);
        }
    }
}
