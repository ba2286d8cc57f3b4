package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontline.gazetteer.TestGazetteers.first;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The additions file: add, alias, move, suppress; validation with line numbers; a bad file rejected whole. */
class AdditionsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void miniGazetteer() throws IOException {
        TestGazetteers.mini(dir);
    }

    private Gazetteer loadWith(String yaml) throws IOException {
        Files.writeString(dir.resolve("additions.yaml"), yaml);
        return Gazetteer.load(new GazetteerSources(dir, List.of()));
    }

    @Test
    void addsANewPlaceFindableByItsNameAndAlternates() throws IOException {
        Gazetteer g = loadWith("""
                add:
                  - id: 9114062
                    name: Borodoyarske
                    alternates: [Borodoiarske, "Borodoyars’ke", Бородоярське]
                    lat: 49.4352
                    lon: 36.9516
                    admin1: "07"
                    source: GeoNames 9114062
                """);
        Place p = g.byId(9114062).orElseThrow();
        assertThat(p.featureClass()).isEqualTo("P");
        assertThat(p.featureCode()).isEqualTo("PPL");
        assertThat(p.countryCode()).isEqualTo("UA");
        assertThat(p.admin1()).isEqualTo("07");
        assertThat(p.source()).isEqualTo("additions.yaml:2 GeoNames 9114062");
        for (String name : List.of("Borodoyarske", "Borodoiarske", "Borodoyars'ke", "Бородоярське", "Borodoyarske's")) {
            assertThat(first(g.lookup(name))).as(name).isEqualTo(9114062);
        }
    }

    @Test
    void anAddWithAnExistingIdMergesIntoItAndTheUserWinsOnTheFieldsGiven() throws IOException {
        Gazetteer g = loadWith("""
                add:
                  - id: 708251
                    name: Hostomel'
                    lat: 50.5700
                    lon: 30.2600
                    featureCode: PPLA3
                """);
        Place p = g.byId(708251).orElseThrow();
        assertThat(p.name()).isEqualTo("Hostomel'");
        assertThat(p.lat()).isEqualTo(50.57);
        assertThat(p.featureCode()).isEqualTo("PPLA3");
        assertThat(p.population()).isEqualTo(17534); // not given: GeoNames' value stays
        assertThat(p.alternateNames()).contains("Hostomel", "Gostomel");
        assertThat(first(g.lookup("Gostomel"))).isEqualTo(708251);
        assertThat(g.places().stream().filter(x -> x.id() == 708251)).hasSize(1);
    }

    @Test
    void aliasAddsNamesToAnExistingPlace() throws IOException {
        Gazetteer plain = loadWith("");
        assertThat(plain.lookup("Slobozhanska Stolytsia")).isEmpty();
        Gazetteer g = loadWith("""
                alias:
                  - id: 706483
                    names: [Slobozhanska Stolytsia, "Kharkiv city"]
                """);
        assertThat(first(g.lookup("Slobozhanska Stolytsia"))).isEqualTo(706483);
        assertThat(first(g.lookup("Kharkiv city"))).isEqualTo(706483);
    }

    @Test
    void moveOverridesCoordinatesAndSaysSo() throws IOException {
        Gazetteer g = loadWith("""
                move:
                  - id: 712926
                    lat: 49.4627
                    lon: 36.8586
                    source: town hall, OSM node 123
                """);
        Place p = g.byId(712926).orElseThrow();
        assertThat(p.lat()).isEqualTo(49.4627);
        assertThat(p.lon()).isEqualTo(36.8586);
        assertThat(p.source()).contains("moved additions.yaml:2 town hall, OSM node 123");
    }

    @Test
    void suppressHidesAWrongEntryFromLookupsAndById() throws IOException {
        Gazetteer g = loadWith("""
                suppress:
                  - id: 712861
                    reason: not the Bar our articles mean
                """);
        assertThat(g.byId(712861)).isEmpty();
        assertThat(g.lookup("Bar")).isEmpty();
        assertThat(g.places()).noneMatch(p -> p.id() == 712861);
    }

    @Test
    void rejectsACoordinateOutOfRangeWithItsLineNumber() throws IOException {
        assertThatThrownBy(() -> loadWith("""
                add:
                  - id: 900000005
                    name: Somewhere
                    lat: 149.4
                    lon: 36.9
                """))
                .isInstanceOfSatisfying(AdditionsException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.problems()).containsExactly("additions.yaml:4: lat 149.4 is out of range [-90, 90]");
                });
    }

    @Test
    void rejectsTheWholeFileListingEveryProblemWithItsLine() throws IOException {
        String yaml = """
                add:
                  - id: 900000005
                    name: Goodplace
                    lat: 49.0
                    lon: 36.0
                  - id: 900000006
                    lat: 49.0
                    lon: 36.0
                  - id: 900000005
                    name: Twice
                    lat: 49.0
                    lon: 36.0
                    colour: red
                alias:
                  - id: notanumber
                    names: [X]
                renames:
                  - id: 1
                """;
        assertThatThrownBy(() -> loadWith(yaml))
                .isInstanceOfSatisfying(AdditionsException.class, e -> assertThat(e.problems()).containsExactly(
                        "additions.yaml:6: missing required field 'name'",
                        "additions.yaml:13: unknown field 'colour' in add (allowed: [admin1, alternates, country, "
                                + "featureClass, featureCode, id, lat, lon, name, population, source])",
                        "additions.yaml:15: id must be an integer, not 'notanumber'",
                        "additions.yaml:17: unknown section 'renames' (expected add, alias, move or suppress)"));
        // Goodplace was valid, but a file with any error is rejected whole
        assertThat(Files.readString(dir.resolve("additions.yaml"))).contains("Goodplace");
    }

    @Test
    void rejectsDuplicateIdsAndDuplicateKeys() throws IOException {
        assertThatThrownBy(() -> loadWith("""
                add:
                  - id: 900000005
                    name: One
                    lat: 49.0
                    lon: 36.0
                  - id: 900000005
                    name: Two
                    lat: 49.0
                    lat: 48.0
                    lon: 36.0
                """))
                .isInstanceOfSatisfying(AdditionsException.class, e -> assertThat(e.problems()).containsExactly(
                        "additions.yaml:9: field 'lat' given twice",
                        "additions.yaml:6: duplicate id 900000005 (already added on line 2)"));
    }

    @Test
    void rejectsAliasMoveAndSuppressOfUnknownIds() throws IOException {
        assertThatThrownBy(() -> loadWith("""
                alias:
                  - id: 111
                    names: [Nowhere]
                move:
                  - id: 222
                    lat: 1
                    lon: 2
                suppress:
                  - id: 333
                """))
                .isInstanceOfSatisfying(AdditionsException.class, e -> assertThat(e.problems()).containsExactly(
                        "additions.yaml:2: alias for unknown id 111",
                        "additions.yaml:5: move for unknown id 222",
                        "additions.yaml:9: suppress for unknown id 333"));
    }

    @Test
    void rejectsYamlSyntaxErrorsWithTheLine() throws IOException {
        assertThatThrownBy(() -> loadWith("add:\n  - id: 1\n    name: [unclosed\n    lat: 1\n"))
                .isInstanceOf(AdditionsException.class)
                .hasMessageStartingWith("additions.yaml:")
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> loadWith("- just\n- a list\n"))
                .isInstanceOf(AdditionsException.class)
                .hasMessageContaining("additions.yaml:1: expected sections");
    }

    @Test
    void acceptsEmptySectionsAndAnEmptyFile() throws IOException {
        assertThat(loadWith("add: []\nalias:\nmove: []\nsuppress: []\n").size()).isEqualTo(7);
        assertThat(loadWith("# nothing yet\n").size()).isEqualTo(7);
    }

    @Test
    void theBundledAdditionsFileIsValid() {
        Additions a = AdditionsParser.parse(TestGazetteers.bundledDir().resolve("additions.yaml"), "additions.yaml");
        assertThat(a.adds()).extracting(Additions.Add::id)
                .contains(9114062L, 698564L, 900000001L, 710403L, 8519916L, 700184L);
    }
}
