package org.frontline.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.frontline.SharedData;
import org.frontline.gazetteer.GazetteerService;
import org.frontline.gazetteer.GazetteerSources;
import org.frontline.ingest.Article;
import org.frontline.ingest.Ingest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Disambiguation stories on the full Ukrainian gazetteer (../shared/data/gazetteer/UA.txt.gz, about 32,000
 * settlements with all their homonyms) plus the bundled world cities.
 */
class ResolverTest {
    static Resolver full;
    static Resolver bundled;
    final Ingest ingest = new Ingest();

    @BeforeAll
    static void loadGazetteers() {
        full = new Resolver(new GazetteerService(new GazetteerSources(Path.of("gazetteer"),
                List.of(SharedData.file("data/gazetteer/UA.txt.gz")))));
        bundled = new Resolver(new GazetteerService(new GazetteerSources(Path.of("gazetteer"), List.of())));
    }

    List<Mention> resolve(Resolver r, String text) {
        return r.resolve(ingest.prepare(new Article("t", "", "", "", LocalDate.of(2022, 9, 9), text)));
    }

    Mention only(List<Mention> mentions, String text) {
        return mentions.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + mentions));
    }

    @Test
    void picksBalakliiaRaionVilkhuvatkaWhenBorodoyarskeIsNamed() {
        List<Mention> m = resolve(full, "According to Ukrainian military officials, Moscow has been attempting to evacuate "
                + "wounded soldiers from Borodoyarske in the southeast and Vilkhuvatka, a village southwest of Kharkiv.");
        assertThat(only(m, "Vilkhuvatka").place().id()).isEqualTo(698564);
        assertThat(only(m, "Borodoyarske").place().id()).isEqualTo(9114062);
        assertThat(only(m, "Vilkhuvatka").reason()).contains("Borodoyarske");
    }

    @Test
    void picksTheCityOfKonotopOverTheVillagesOfTheSameName() {
        List<Mention> m = resolve(full, "Russian troops have stopped near the northeast city of Konotop after suffering heavy losses.");
        assertThat(only(m, "Konotop").place().id()).isEqualTo(705135);
    }

    @Test
    void picksBalakliiaInKharkivOblastNotItsPoltavaNamesake() {
        List<Mention> m = resolve(full, "Ukrainian troops claimed to have taken the eastern town of Balakliia, close to Kharkiv.");
        assertThat(only(m, "Balakliia").place().id()).isEqualTo(712926);
        assertThat(only(m, "Kharkiv").place().id()).isEqualTo(706483);
    }

    @Test
    void doesNotTakePeoplesNamesForPlaces() {
        List<Mention> m = resolve(bundled, "Pentagon chief Lloyd Austin spoke to officials. Spokesperson Ned Price has said so. "
                + "Price told reporters in Kyiv that Prime Minister Boris Johnson and Ben Wallace agreed. Austin reportedly added more.");
        assertThat(m).extracting(Mention::text).containsExactly("Kyiv");
    }

    @Test
    void cutsThePossessiveOffAndKeepsOffsets() {
        String text = "Kyiv’s residents take shelter in metro stations as Russia’s forces advance on Kyiv.";
        List<Mention> m = resolve(bundled, text);
        assertThat(m).extracting(Mention::text).containsExactly("Kyiv", "Kyiv");
        for (Mention x : m) assertThat(text.substring(x.start(), x.end())).isEqualTo("Kyiv");
        assertThat(m.get(0).place().id()).isEqualTo(703448);
    }

    @Test
    void resolvesPlacesOutsideUkraineAndSaysSo() {
        List<Mention> m = resolve(bundled, "Peskov said Moscow had offered to hold the talks in the Belarusian capital, Minsk, "
                + "but Kyiv had instead proposed Warsaw as a venue.");
        assertThat(only(m, "Minsk").place().countryCode()).isEqualTo("BY");
        assertThat(only(m, "Warsaw").place().countryCode()).isEqualTo("PL");
        assertThat(only(m, "Moscow").place().countryCode()).isEqualTo("RU");
        assertThat(only(m, "Minsk").place().inUkraine()).isFalse();
    }

    @Test
    void resolvesTheOldRussianFormsOfNames() {
        List<Mention> m = resolve(bundled, "Shelling was reported in Kharkov and Gostomel on Thursday.");
        assertThat(only(m, "Kharkov").place().id()).isEqualTo(706483);
        assertThat(only(m, "Gostomel").place().id()).isEqualTo(708251);
    }

    @Test
    void everySeedPlaceResolvesOnTheBundledGazetteer() {
        String text = "Hostomel, Konotop, Balakliia, Kupiansk, Borodoyarske, Vilkhuvatka, Chuhuyiv, Kremenchuk, Mariupol, "
                + "Kherson, Odesa, Lviv, Chernihiv, Rzhyshchiv, Obolon and Chernobyl were named.";
        List<Mention> m = resolve(bundled, text);
        assertThat(m).extracting(Mention::text).containsExactly("Hostomel", "Konotop", "Balakliia", "Kupiansk",
                "Borodoyarske", "Vilkhuvatka", "Chuhuyiv", "Kremenchuk", "Mariupol", "Kherson", "Odesa", "Lviv",
                "Chernihiv", "Rzhyshchiv", "Obolon", "Chernobyl");
        assertThat(m).allSatisfy(x -> assertThat(x.place()).as(x.text()).isNotNull());
        assertThat(m).allSatisfy(x -> assertThat(x.place().inUkraine()).as(x.text()).isTrue());
    }

    @Test
    void readsEveryNameOfAListThatAPluralRegionWordClosesAsItsOblast() {
        List<Mention> m = resolve(full, "Russia's war ministry spoke of a goodwill gesture after the rapid retreat from the Kyiv, "
                + "Chernihiv, Sumy regions. Shelling hit the Kharkiv and Donetsk oblasts.");
        assertThat(m).filteredOn(x -> List.of("Kyiv", "Chernihiv", "Sumy", "Kharkiv", "Donetsk").contains(x.text()))
                .hasSize(5).allSatisfy(x -> assertThat(x.place().featureCode()).isEqualTo("ADM1"));
        List<Mention> cities = resolve(full, "Troops left Kyiv, Chernihiv and Sumy.");
        assertThat(cities).allSatisfy(x -> assertThat(x.place().featureCode()).startsWith("PPL"));
    }

    @Test
    void readsTheZaporizhzhiaNuclearPlantAsThePlantAtEnerhodarNotTheCity() {
        for (String text : List.of("Russian troops seized the Zaporizhzhia nuclear power plant on Friday.",
                "Russian occupants that captured Zaporizhzhia NPP mined the reservoir.")) {
            Mention plant = resolve(full, text).get(0);
            assertThat(plant.text()).startsWith("Zaporizhzhia ").isNotEqualTo("Zaporizhzhia");
            assertThat(plant.place().id()).isEqualTo(900000002L);
        }
        assertThat(only(resolve(full, "Shelling hit Zaporizhzhia power lines."), "Zaporizhzhia").place().id()).isEqualTo(687700);
    }

    @Test
    void takesSashaAndBohdanForPeopleNotForTheirNamesakeVillages() {
        List<Mention> m = resolve(full, "4-year-old Sasha went missing near Kyiv. Bohdan, a soldier from Lviv, said so.");
        assertThat(m).extracting(Mention::text).containsExactly("Kyiv", "Lviv");
    }
}
