package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.gazetteer.TestGazetteers.first;
import static org.frontline.gazetteer.TestGazetteers.ids;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How news writes names, against the bundled gazetteer (GeoNames cities500 + boundaries + additions.yaml). */
class NameMatchingTest {
    private final Gazetteer g = TestGazetteers.bundled();

    @ParameterizedTest
    @ValueSource(strings = {"Kharkiv", "Kharkov", "Khar'kov", "Харків", "Харьков", "KHARKIV", "kharkiv", "Harkov"})
    void resolvesKharkovAndХарківToKharkiv706483(String written) {
        assertThat(first(g.lookup(written))).isEqualTo(706483);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kyiv", "Kiev", "Київ", "Киев", "Kyïv", "Kyiv's", "Kyiv’s", "Kyivʼs", "Kiev's"})
    void resolvesKyivKievКиївAndPossessivesTo703448(String written) {
        assertThat(first(g.lookup(written))).isEqualTo(703448);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hostomel", "Gostomel", "Гостомель", "Gostomel'", "Hostomel's"})
    void resolvesHostomelAndGostomelTo708251(String written) {
        assertThat(first(g.lookup(written))).isEqualTo(708251);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kupiansk", "Kupyansk", "Kup'yans'k", "Kup’yans’k", "Kupʼiansk", "Куп’янськ", "Купянск"})
    void resolvesKupianskSpellingsTo703656(String written) {
        assertThat(first(g.lookup(written))).isEqualTo(703656);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Balakliia", "Balakliya", "Balakleya", "Balakliyа", "Балаклія", "Балаклея"})
    void resolvesBalakliiaSpellingsTo712926(String written) {
        assertThat(ids(g.lookup(written))).contains(712926L);
        assertThat(first(g.lookup(written))).isEqualTo(712926);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chuhuiv", "Chuhuyiv", "Chuguev", "Chuguyev", "Чугуїв", "Чугуев"})
    void resolvesChuhuivSpellingsTo710374(String written) {
        assertThat(first(g.lookup(written))).isEqualTo(710374);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zaporizhzhia", "Zaporizhia", "Zaporozhye", "Zaporozhe", "Zaporizhzhya", "Запоріжжя",
        "Запорожье"})
    void resolvesZaporizhzhiaSpellingsTo687700(String written) {
        assertThat(first(g.lookup(written))).isEqualTo(687700);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Odesa", "Odessa", "Одеса", "Одесса", "Odesa's"})
    void resolvesOdesaAndOdessaTo698740(String written) {
        assertThat(first(g.lookup(written))).isEqualTo(698740);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chornobyl", "Chernobyl", "Чорнобиль", "Чернобыль", "Chornobyl'"})
    void resolvesChornobylViaAdditionsTo710403(String written) {
        List<Candidate> found = g.lookup(written);
        assertThat(first(found)).isEqualTo(710403);
        assertThat(found.get(0).place().source()).startsWith("additions.yaml:");
    }

    @Test
    void reportsHowANameMatched() {
        assertThat(g.lookup("Kharkiv").get(0).match()).isEqualTo(MatchKind.EXACT);
        assertThat(g.lookup("Kharkiv").get(0).matchedName()).isEqualTo("Kharkiv");
        assertThat(g.lookup("Kharkov").get(0).matchedName()).isIn("Kharkov", "Khar'kov", "Khar’kov");
    }

    @Test
    void matchesRomanisationVariantsThatNoAlternateSpellsOut() {
        // no GeoNames alternate is spelt "Hostomil" or "Chuhuyev": the skeleton rules carry them
        List<Candidate> hostomil = g.lookup("Hostomil");
        assertThat(first(hostomil)).isEqualTo(708251);
        assertThat(hostomil.get(0).match()).isEqualTo(MatchKind.VARIANT);
        assertThat(first(g.lookup("Chuhuyev"))).isEqualTo(710374);
        assertThat(first(g.lookup("Zaporozhzhye"))).isEqualTo(687700);
    }

    @Test
    void treatsHyphensAndSpacesAlike() {
        assertThat(first(g.lookup("Ivano-Frankivsk"))).isEqualTo(first(g.lookup("Ivano Frankivsk")));
        assertThat(first(g.lookup("Ivano–Frankivsk"))).isEqualTo(first(g.lookup("ivano frankivsk")));
    }

    @Test
    void tellsScannersHowManyWordsANameBeginningHereCanHave() {
        assertThat(g.nameWords("Ivano")).isEqualTo(2); // begins Ivano-Frankivsk, is no name itself
        assertThat(g.nameWords("Ivano Frankivsk")).isEqualTo(2);
        assertThat(g.nameWords("Krivoy")).isEqualTo(2); // a variant of Kryvyi, the first word of Kryvyi Rih
        assertThat(g.nameWords("Belaya Tserkov")).isEqualTo(2); // a variant of the whole of Bila Tserkva
        assertThat(g.nameWords("Kharkov")).isEqualTo(1);
        assertThat(g.nameWords("Kyiv's")).isEqualTo(2); // Kyiv Oblast begins with it too
        assertThat(g.nameWords("Київ")).isEqualTo(Integer.MAX_VALUE); // Cyrillic: read only by lookup
        assertThat(g.nameWords("Zzyzx")).isZero();
    }

    @Test
    void correctsOneLetterMisspellingsOfLongNamesOnlyWhenNothingMatchedExactly() {
        List<Candidate> found = g.lookup("Kremenchuck");
        assertThat(first(found)).isEqualTo(704147);
        assertThat(found.get(0).match()).isEqualTo(MatchKind.FUZZY);
        assertThat(first(g.lookup("Kremenchuk"))).isEqualTo(704147);
        assertThat(g.lookup("Kremenchuk").get(0).match()).isEqualTo(MatchKind.EXACT);
    }

    @Test
    void doesNotFuzzShortNames() {
        // "Sumu" is one letter from Sumy, but four-letter words are one letter from too much
        assertThat(g.lookup("Sumu")).isEmpty();
        assertThat(g.lookup("Lvov")).extracting(c -> c.match()).doesNotContain(MatchKind.FUZZY);
    }

    @Test
    void resolvesRegionPhrasesToTheOblast() {
        assertThat(g.lookup("Kharkiv region")).extracting(c -> c.place().id()).containsExactly(706482L);
        assertThat(g.lookup("the Kharkiv region").get(0).match()).isEqualTo(MatchKind.REGION);
        assertThat(first(g.lookup("Kherson province"))).isEqualTo(706442);
        assertThat(first(g.lookup("Kyiv oblast"))).isEqualTo(703446);
        assertThat(first(g.lookup("Kyiv region"))).isEqualTo(703446);
        assertThat(first(g.lookup("Kiev region"))).isEqualTo(703446);
        assertThat(first(g.lookup("Kharkov region"))).isEqualTo(706482);
        assertThat(first(g.lookup("Zaporozhye region"))).isEqualTo(687699);
        assertThat(first(g.lookup("Nikolaev region"))).isEqualTo(700567);
        assertThat(first(g.lookup("Харківська область"))).isEqualTo(706482);
        assertThat(first(g.lookup("Kharkivska oblast"))).isEqualTo(706482);
        assertThat(first(g.lookup("Luhanska oblast"))).isEqualTo(702657);
        assertThat(first(g.lookup("Odessa Oblast"))).isEqualTo(698738);
    }

    @Test
    void regionPlacesAreAdm1WithAPolygon() {
        Place oblast = g.byId(706482).orElseThrow();
        assertThat(oblast.featureClass()).isEqualTo("A");
        assertThat(oblast.featureCode()).isEqualTo("ADM1");
        assertThat(oblast.admin1()).isEqualTo("07");
        assertThat(g.boundary(706482)).get().satisfies(poly -> {
            assertThat(poly.getSRID()).isEqualTo(4326);
            Place city = g.byId(706483).orElseThrow();
            assertThat(poly.contains(poly.getFactory().createPoint(
                    new org.locationtech.jts.geom.Coordinate(city.lon(), city.lat())))).isTrue();
        });
    }

    @Test
    void resolvesDonbasToDonetskPlusLuhanskAsOneArea() {
        for (String written : List.of("Donbas", "the Donbas", "Donbass", "Donbas region", "Донбас")) {
            assertThat(first(g.lookup(written))).as(written).isEqualTo(Gazetteer.DONBAS_ID);
        }
        var donbas = g.boundary(Gazetteer.DONBAS_ID).orElseThrow();
        var donetsk = g.boundary(709716).orElseThrow();
        var luhansk = g.boundary(702657).orElseThrow();
        assertThat(donbas.getArea()).isCloseTo(donetsk.getArea() + luhansk.getArea(),
                org.assertj.core.data.Percentage.withPercentage(1));
        assertThat(g.byId(Gazetteer.DONBAS_ID).orElseThrow().isRegion()).isTrue();
    }

    @Test
    void fallsBackToThePlaceForAreaPhrasesAroundTowns() {
        // "the Bakhmut region" is the area around Bakhmut, which is no oblast
        assertThat(first(g.lookup("the Bakhmut region"))).isEqualTo(713174);
    }

    @Test
    void returnsBothTheCityAndTheOblastForABareSharedNameCityFirst() {
        assertThat(ids(g.lookup("Kharkiv"))).containsExactly(706483L, 706482L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lloyd Austin", "Austin", "Ned Price", "Price", "Boris Johnson", "Johnson", "Ben Wallace",
        "Wallace", "Sean Penn", "Penn", "Boris", "Ned", "Sean", "Ben", "Lloyd"})
    void doesNotMatchPeoplesNames(String written) {
        assertThat(g.lookup(written)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"of", "Of", "deal", "Deal", "mobile", "Mobile", "bar", "price", "the", "will", "reading"})
    void doesNotMatchCommonEnglishWordsThatNameForeignPlaces(String written) {
        assertThat(g.lookup(written)).isEmpty();
    }

    @Test
    void matchesCapitalisedCommonWordsOnlyToUkrainianPlacesAndFlagsThem() {
        assertThat(g.lookup("Bar")).isNotEmpty().allSatisfy(c -> assertThat(c.place().inUkraine()).isTrue());
        assertThat(ids(g.lookup("Bar"))).contains(712861L);
        assertThat(g.lookup("bar")).isEmpty();
        assertThat(g.isCommonWord("Bar")).isTrue();
        assertThat(g.isCommonWord("Mala")).isTrue();
        assertThat(g.isCommonWord("Kharkiv")).isFalse();
        assertThat(g.isPersonName("Austin")).isTrue();
        assertThat(g.isPersonName("Volodymyr")).isTrue();
        assertThat(g.isPersonName("Hostomel")).isFalse();
    }

    @Test
    void doesNotMatchAirportCodesOrTransliterationNoise() {
        assertThat(g.lookup("HRK")).isEmpty(); // Kharkiv's IATA code, a GeoNames alternate
        assertThat(g.lookup("IEV")).isEmpty();
        assertThat(g.lookup("Kiva")).isEmpty(); // a lower-case GeoNames romanisation of Kyiv
    }

    @Test
    void findsForeignCitiesToo() {
        assertThat(g.lookup("Moscow").get(0).place().countryCode()).isEqualTo("RU");
        assertThat(first(g.lookup("Moscow"))).isEqualTo(524901);
    }

    @Test
    void returnsNothingForNonNames() {
        assertThat(g.lookup("")).isEmpty();
        assertThat(g.lookup("   ")).isEmpty();
        assertThat(g.lookup("’s")).isEmpty();
        assertThat(g.lookup(null)).isEmpty();
        assertThat(g.lookup("Xqzwv")).isEmpty();
    }

    @Test
    void exposesAdmin1UnitsAndTheirNames() {
        assertThat(g.admin1("UA", "07")).get().extracting(Place::id).isEqualTo(706482L);
        assertThat(g.admin1("UA", "13")).get().extracting(Place::name).isEqualTo("Kyiv Oblast");
        assertThat(g.admin1("UA", "99")).isEmpty();
        assertThat(g.admin1Name("UA", "07")).contains("Kharkiv");
        assertThat(g.admin1Name("UA", "12")).contains("Kyiv City");
        assertThat(g.admin1Name("XX", "07")).isEmpty();
    }

    @Test
    void exposesTheBorderAsAPolygonAroundKyivAndCrimea() {
        var border = g.border().orElseThrow();
        var f = border.getFactory();
        assertThat(border.getSRID()).isEqualTo(4326);
        assertThat(border.contains(f.createPoint(new org.locationtech.jts.geom.Coordinate(30.52, 50.45)))).isTrue();
        assertThat(border.contains(f.createPoint(new org.locationtech.jts.geom.Coordinate(34.1, 44.95)))).isTrue();
        assertThat(border.contains(f.createPoint(new org.locationtech.jts.geom.Coordinate(37.6, 55.75)))).isFalse();
    }

    @Test
    void containsTheBundledPlaces() {
        assertThat(g.size()).isGreaterThan(44_000);
        assertThat(g.places()).hasSize(g.size());
        assertThat(g.byId(703448)).get().extracting(Place::name).isEqualTo("Kyiv");
        assertThat(g.byId(1)).isEmpty();
    }
}
