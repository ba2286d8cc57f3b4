package org.frontline.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.frontline.gazetteer.GazetteerService;
import org.frontline.gazetteer.GazetteerSources;
import org.frontline.ingest.Article;
import org.frontline.ingest.Ingest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Relative phrases and government-for-place use, on the bundled gazetteer. */
class RelativeLocationTest {
    static GazetteerService gazetteer;
    static Resolver resolver;
    final Ingest ingest = new Ingest();

    @BeforeAll
    static void load() {
        gazetteer = new GazetteerService(new GazetteerSources(Path.of("gazetteer"), List.of()));
        resolver = new Resolver(gazetteer);
    }

    @AfterAll
    static void close() {
        gazetteer.close();
    }

    Mention only(String text, String name) {
        return resolver.resolve(ingest.prepare(new Article("t", "", "", "", LocalDate.of(2022, 2, 25), text))).stream()
                .filter(m -> m.text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention " + name));
    }

    @Test
    void putsSevenKilometresNorthwestOfKyivOnTheGeodesicFromKyiv() {
        Mention kyiv = only("Russian paratroopers seized Hostomel airfield, seven kilometres northwest of Kyiv, on Thursday.", "Kyiv");
        RelativeLocation r = kyiv.relative();
        assertThat(r).isNotNull();
        assertThat(r.anchorPlaceId()).isEqualTo(703448);
        assertThat(r.distanceKm()).isEqualTo(7);
        assertThat(r.bearingDeg()).isEqualTo(315);
        GeodesicData expected = Geodesic.WGS84.Direct(kyiv.place().lat(), kyiv.place().lon(), 315, 7000);
        assertThat(r.lat()).isCloseTo(expected.lat2, within(1e-9));
        assertThat(r.lon()).isCloseTo(expected.lon2, within(1e-9));
        assertThat(r.lat()).isGreaterThan(kyiv.place().lat());
        assertThat(r.lon()).isLessThan(kyiv.place().lon());
        assertThat(r.uncertaintyKm()).isEqualTo(2);
        assertThat(r.phrase()).isEqualTo("seven kilometres northwest of Kyiv");
    }

    @Test
    void convertsSeventyMilesEastOfKharkivToKilometresUnlessTheWriterGaveThem() {
        Mention miles = only("Kupiansk lies roughly 70 miles east of Kharkiv.", "Kharkiv");
        assertThat(miles.relative().distanceKm()).isCloseTo(112.654, within(0.01));
        assertThat(miles.relative().bearingDeg()).isEqualTo(90);
        assertThat(miles.relative().lon()).isGreaterThan(miles.place().lon() + 1.4);
        Mention aside = only("Kupiansk lies roughly 70 miles (112 kilometers) east of Kharkiv.", "Kharkiv");
        assertThat(aside.relative().distanceKm()).isEqualTo(112);
    }

    @Test
    void keepsTheAnchorWithTheDistanceAsUncertaintyWhenNoBearingIsGiven() {
        Mention kupiansk = only("Ukrainian forces were around 36 miles (50km) away from Kupiansk on Wednesday.", "Kupiansk");
        RelativeLocation r = kupiansk.relative();
        assertThat(r.distanceKm()).isEqualTo(50);
        assertThat(r.hasBearing()).isFalse();
        assertThat(r.uncertaintyKm()).isEqualTo(50);
        assertThat(r.lat()).isEqualTo(kupiansk.place().lat());
    }

    @Test
    void readsNearAndOutskirtsAsAFewKilometresAroundTheAnchor() {
        assertThat(only("Russian troops have stopped near Konotop after heavy losses.", "Konotop").relative().uncertaintyKm())
                .isEqualTo(RelativeLocation.NEAR_KM);
        assertThat(only("Fighting continued on the outskirts of Kyiv.", "Kyiv").relative().uncertaintyKm())
                .isEqualTo(RelativeLocation.OUTSKIRTS_KM);
        assertThat(only("Shelling was reported in Kyiv overnight.", "Kyiv").relative()).isNull();
    }

    @Test
    void marksKyivSaidAsProbablyTheGovernmentButKeepsThePlace() {
        Mention said = only("Kyiv said it was ready for talks.", "Kyiv");
        assertThat(said.metonymy()).isGreaterThanOrEqualTo(0.8);
        assertThat(said.place().id()).isEqualTo(703448);
        assertThat(only("Peskov said Moscow had proposed talks with Kyiv.", "Kyiv").metonymy()).isGreaterThan(0.5);
        assertThat(only("Explosions were heard in Kyiv before dawn.", "Kyiv").metonymy()).isZero();
    }

    @Test
    void doesNotTakeCountryNamesForVillagesThatResembleThem() {
        List<Mention> m = resolver.resolve(ingest.prepare(new Article("t", "", "", "", LocalDate.of(2022, 3, 1),
                "Ukraine asked Turkey and Germany for help; Ukrainian troops held Kharkiv.")));
        assertThat(m).extracting(Mention::text).containsExactly("Kharkiv");
    }

    @Test
    void readsTheKhersonDirectionAsTheGroundTowardsKhersonNotTheCity() {
        Mention kherson = only("Ukrainian forces advanced in the Kherson direction, liberating 41 settlements.", "Kherson");
        assertThat(kherson.relative()).isNotNull();
        assertThat(kherson.relative().phrase()).isEqualTo("Kherson direction");
        assertThat(kherson.relative().uncertaintyKm()).isEqualTo(RelativePhrases.AXIS_KM);
        assertThat(only("Russian forces captured Kherson on Wednesday.", "Kherson").relative()).isNull();
        assertThat(only("Ukraine named a new directorate for Kherson directions and tasks.", "Kherson").relative()).isNull();
        assertThat(only("After weeks of battles, the Kyiv suburb is the scene of ruin.", "Kyiv").relative().uncertaintyKm())
                .isEqualTo(RelativeLocation.OUTSKIRTS_KM);
    }
}
