package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.gazetteer.TestGazetteers.first;
import static org.frontline.gazetteer.TestGazetteers.ids;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The full Ukrainian gazetteer (UA.txt.gz, 32k places, read from ../shared/data, never committed) on top of the
 * bundled data: homonyms, villages, merging by id.
 */
class FullGazetteerTest {
    private static Gazetteer g;

    @BeforeAll
    static void load() {
        assertThat(Files.isRegularFile(TestGazetteers.fullFile()))
                .as("the full gazetteer at %s (set -Dfrontline.shared)", TestGazetteers.fullFile()).isTrue();
        g = TestGazetteers.full();
    }

    @Test
    void loadsEveryUkrainianPlaceOnTopOfTheBundledData() {
        long ukrainian = g.places().stream().filter(Place::inUkraine).count();
        assertThat(ukrainian).isGreaterThan(32_000);
        assertThat(g.size()).isGreaterThan(73_000);
    }

    @Test
    void returnsAllFourVilkhuvatkas() {
        assertThat(ids(g.lookup("Vilkhuvatka")))
                .containsExactlyInAnyOrder(698562L, 698563L, 698564L, 706748L);
        assertThat(ids(g.lookup("Vil’khuvatka"))).hasSize(4);
        assertThat(ids(g.lookup("Вільхуватка"))).hasSize(4);
    }

    @Test
    void returnsEveryKonotopMostPopulousFirst() {
        List<Candidate> found = g.lookup("Konotop");
        assertThat(ids(found)).contains(705134L, 705135L, 705136L);
        assertThat(found.get(0).place().population()).isGreaterThan(80_000); // the city in Sumy oblast
        assertThat(found).filteredOn(c -> c.place().inUkraine()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void returnsBothBalakliiasCityFirst() {
        // UA.txt.gz holds two places of that name: the Kharkiv-oblast city and a village in Poltava oblast
        List<Candidate> found = g.lookup("Balakliia");
        assertThat(ids(found)).contains(712926L, 712925L);
        assertThat(first(found)).isEqualTo(712926);
        assertThat(ids(g.lookup("Balakleya"))).contains(712926L, 712925L);
    }

    @Test
    void mergesTheAdditionsIntoTheGeoNamesRecordOfTheSameId() {
        // additions.yaml adds Vilkhuvatka 698564 and Borodoyarske 9114062, both also in UA.txt.gz
        Place v = g.byId(698564).orElseThrow();
        assertThat(v.lat()).isEqualTo(49.4207);
        assertThat(v.source()).startsWith("additions.yaml:");
        assertThat(v.alternateNames()).contains("Вільхуватка");
        assertThat(g.places().stream().filter(p -> p.id() == 698564)).hasSize(1);
        assertThat(ids(g.lookup("Borodoiarske"))).containsExactly(9114062L);
    }

    @Test
    void ranksTheCityOfMykolaivFirstOnceTheAdditionsCorrectAVillagesPopulation() {
        assertThat(first(g.lookup("Mykolaiv"))).isEqualTo(700569);
        assertThat(first(g.lookup("Nikolaev"))).isEqualTo(700569);
        assertThat(g.byId(700184).orElseThrow().population()).isZero();
    }

    @Test
    void keepsLookupsStrictForShortWordsWithManyVillages() {
        assertThat(g.lookup("of")).isEmpty();
        assertThat(g.lookup("Austin")).isEmpty();
        assertThat(g.lookup("Price")).isEmpty();
        assertThat(g.lookup("Lloyd Austin")).isEmpty();
        assertThat(g.lookup("Bar")).isNotEmpty().allSatisfy(c -> assertThat(c.place().inUkraine()).isTrue());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Peskov", "Biden", "Pelosi", "Lukashenko", "Podolyak",
        "Kuleba", "Lavrov", "Putin", "Putin’s", "Oleg", "Volodymyr", "Vladimir", "Sergei", "Dmitry", "Andrew",
        "Ukraine", "Ukraine’s", "Germany", "Turkey", "Romania", "Moldova", "Belarus", "Albania", "India",
        "White House", "UN", "UK", "He", "They’re", "There", "Since", "Prime", "Policy", "Missile", "Campaign",
        "Minister", "Independent", "Contest", "Italian", "Udovichenko", "Zakharova", "Naryshkin’s"})
    void doesNotTurnTheSeedArticlesPeopleAndWordsIntoPlaces(String written) {
        // capitalised words from the three seed articles that some gazetteer entry answered to before the policy
        assertThat(g.lookup(written)).isEmpty();
    }

    @Test
    void ranksTheUkrainianTownAboveAForeignCityThatBorrowedItsName() {
        // GeoNames lists "Bilhorod-Dnistrovskyi" among the alternates of Belgorod, Russia
        assertThat(ids(g.lookup("Bilhorod-Dnistrovskyi"))).containsExactly(712160L);
    }

    @Test
    void resolvesVillagesThroughKmuAndOlderRomanisations() {
        assertThat(ids(g.lookup("Borodyanka"))).contains(711635L);
        assertThat(ids(g.lookup("Vugledar"))).isEqualTo(ids(g.lookup("Vuhledar")));
        assertThat(g.lookup("Vuhledar")).isNotEmpty();
    }

    @Test
    void searchesWithFiltersForTheApi() {
        List<Candidate> inKharkivOblast = g.search("Vilkhuvatka", GazetteerFilter.admin1("UA", "07"), 10);
        assertThat(ids(inKharkivOblast)).containsExactlyInAnyOrder(698562L, 698564L, 706748L);
        var box = new org.locationtech.jts.geom.Envelope(36.8, 37.1, 49.3, 49.5);
        assertThat(ids(g.search("Vilkhuvatka", GazetteerFilter.bbox(box), 10))).containsExactly(698564L);
    }
}
