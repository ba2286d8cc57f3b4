package org.frontline.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.frontline.gazetteer.GazetteerService;
import org.frontline.gazetteer.GazetteerSources;
import org.frontline.ingest.Article;
import org.frontline.ingest.Ingest;
import org.frontline.ingest.PreparedArticle;
import org.frontline.ingest.TextRange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The world profile on a tiny gazetteer written here: two Parises, Texas and the United States, a Ukrainian
 * village that answers to "Paris" through an old alternate, Georgia the country and the state, Türkiye (which
 * answers to "Turkey" and "Turkish" by alternates), British Columbia and Kelowna.
 */
class WorldProfileTest {
    @TempDir
    static Path dir;
    static GazetteerService gazetteer;
    final Ingest ingest = new Ingest();

    @BeforeAll
    static void write() throws IOException {
        Files.createDirectories(dir.resolve("geonames"));
        Files.writeString(dir.resolve("geonames/tiny.txt"), String.join("", List.of(
                row(2988507, "Paris", "", 48.85341, 2.3488, "P", "PPLC", "FR", "11", 2138551),
                row(4717560, "Paris", "", 33.66094, -95.55551, "P", "PPLA2", "US", "TX", 24782),
                row(703000, "Veselyi Kut", "Paris", 46.9, 30.1, "P", "PPL", "UA", "17", 1797),
                row(970000001, "Texas", "", 31.25044, -99.25061, "A", "ADM1", "US", "TX", 0),
                row(960000001, "United States", "United States of America,America", 39.8, -98.6, "A", "PCLI", "US", "", 0),
                row(960000002, "Georgia", "", 42.0, 43.5, "A", "PCLI", "GE", "", 0),
                row(960000004, "Iran", "", 32.0, 53.0, "A", "PCLI", "IR", "", 0),
                row(960000005, "Jordan", "", 31.0, 36.0, "A", "PCLI", "JO", "", 0),
                row(5656882, "Helena", "", 46.59271, -112.03611, "P", "PPLA", "US", "MT", 32315),
                row(4115412, "Helena", "", 34.52955, -90.59177, "P", "PPL", "US", "AR", 12282),
                row(970000004, "Montana", "", 47.0, -109.5, "A", "ADM1", "US", "MT", 0),
                row(980000001, "Orange County", "", 33.7, -117.8, "A", "ADM2", "US", "CA", 3000000),
                row(970000002, "Georgia", "", 32.75, -83.5, "A", "ADM1", "US", "GA", 0),
                row(4180439, "Atlanta", "", 33.749, -84.38798, "P", "PPLA", "US", "GA", 498715),
                row(960000003, "Türkiye", "Turkey,Turkish", 39.0, 35.0, "A", "PCLI", "TR", "", 0),
                row(970000003, "British Columbia", "", 53.7, -127.6, "A", "ADM1", "CA", "BC", 0),
                row(5990579, "Kelowna", "", 49.88307, -119.48568, "P", "PPL", "CA", "BC", 125109))));
        gazetteer = new GazetteerService(new GazetteerSources(dir, List.of()));
    }

    @AfterAll
    static void close() {
        gazetteer.close();
    }

    static String row(long id, String name, String alternates, double lat, double lon, String fclass, String fcode,
                       String country, String admin1, long population) {
        return String.join("\t", Long.toString(id), name, name, alternates, Double.toString(lat), Double.toString(lon),
                fclass, fcode, country, "", admin1, "", "", "", Long.toString(population), "", "", "", "2024-01-01") + "\n";
    }

    List<Mention> resolve(ResolverProfile profile, String text) {
        return new Resolver(gazetteer, profile).resolve(prepare(text));
    }

    PreparedArticle prepare(String text) {
        return ingest.prepare(new Article("t", "", "", "", LocalDate.of(2018, 1, 1), text));
    }

    static Mention only(List<Mention> mentions, String text) {
        return mentions.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + mentions));
    }

    @Test
    void picksParisTexasWhenTheStateFollowsTheName() {
        List<Mention> m = resolve(ResolverProfile.WORLD, "The fair opened in Paris, Texas, on Friday.");
        assertThat(only(m, "Paris").place().id()).isEqualTo(4717560);
        assertThat(only(m, "Texas").place().id()).isEqualTo(970000001);
    }

    @Test
    void picksTheCapitalForABareParisInEitherProfile() {
        assertThat(only(resolve(ResolverProfile.WORLD, "Talks were held in Paris."), "Paris").place().id()).isEqualTo(2988507);
        // the Ukrainian village that was once called Paris does not win on the Ukraine-first prior either
        assertThat(only(resolve(ResolverProfile.UKRAINE, "Talks were held in Paris."), "Paris").place().id()).isEqualTo(2988507);
    }

    @Test
    void readsCountryAbbreviationsOnlyInTheWorldProfile() {
        assertThat(only(resolve(ResolverProfile.WORLD, "Troops from the U.S. arrived."), "U.S.").place().id()).isEqualTo(960000001);
        assertThat(resolve(ResolverProfile.UKRAINE, "Troops from the US arrived.")).isEmpty();
    }

    @Test
    void takesGeorgiaForTheStateNextToAtlanta() {
        List<Mention> m = resolve(ResolverProfile.WORLD, "Atlanta is the capital of Georgia.");
        assertThat(only(m, "Georgia").place().id()).isEqualTo(970000002);
        assertThat(only(resolve(ResolverProfile.WORLD, "Georgia and Armenia signed a treaty."), "Georgia").place().id())
                .isEqualTo(960000002);
    }

    @Test
    void answersEveryGivenSpanFallingBackToTheArticleFocus() {
        String text = "Paris, Texas, held a fair. Visitors crowded Lamar Avenue all day.";
        int at = text.indexOf("Lamar Avenue");
        List<Mention> m = new Resolver(gazetteer, ResolverProfile.WORLD).resolveAt(prepare(text),
                List.of(new TextRange(0, 5), new TextRange(7, 12), new TextRange(at, at + "Lamar Avenue".length())));
        assertThat(m).hasSize(3);
        assertThat(m.get(0).place().id()).isEqualTo(4717560);
        assertThat(m.get(2).place().id()).isEqualTo(4717560);
        assertThat(m.get(2).confidence()).isEqualTo(Resolver.FOCUS_CONFIDENCE);
        assertThat(m.get(2).reason()).contains("article focus");
    }

    @Test
    void takesFlaggedCountryWordsForTheCountryOnlyInTheWorldProfile() {
        // "turkish" and "turkey" are words the gazetteer flags; the country answers to them by alternates
        List<Mention> m = resolve(ResolverProfile.WORLD, "A Turkish policeman shot the envoy to Turkey.");
        assertThat(only(m, "Turkish").place().id()).isEqualTo(960000003);
        assertThat(only(m, "Turkey").place().id()).isEqualTo(960000003);
        assertThat(resolve(ResolverProfile.UKRAINE, "A Turkish policeman shot the envoy.")).isEmpty();
    }

    @Test
    void readsProvinceAbbreviationsAfterATownButNotAfterAYear() {
        List<Mention> m = resolve(ResolverProfile.WORLD, "Fires burned near Kelowna, B.C., on Monday.");
        assertThat(only(m, "B.C.").place().id()).isEqualTo(970000003);
        assertThat(resolve(ResolverProfile.WORLD, "The walls date from 500 B.C. and still stand."))
                .noneMatch(x -> x.text().equals("B.C."));
    }

    @Test
    void namesItsProfilesAndRejectsUnknownOnes() {
        assertThat(ResolverProfile.named("World")).isSameAs(ResolverProfile.WORLD);
        assertThat(ResolverProfile.named(null)).isSameAs(ResolverProfile.UKRAINE);
        assertThatThrownBy(() -> ResolverProfile.named("mars")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mars");
    }

    @Test
    void aBylineRunningIntoACountryDoesNotMakeTheCountryASurnameForTheWholeArticle() {
        List<Mention> m = resolve(ResolverProfile.WORLD,
                "By Trend Iran's trade with its neighbours fell. Exports from Iran dropped by 4 percent.");
        List<Mention> iran = m.stream().filter(x -> x.text().startsWith("Iran") && x.resolved()).toList();
        assertThat(iran).hasSize(2).allSatisfy(x -> assertThat(x.place().id()).isEqualTo(960000004));
    }

    @Test
    void aCountryThatIsACommonSurnameStaysThePersonAfterAGivenName() {
        List<Mention> m = resolve(ResolverProfile.WORLD, "Michael Jordan said he would play. Jordan scored 40 points.");
        assertThat(m.stream().filter(x -> x.text().equals("Jordan") && x.resolved())).isEmpty();
    }

    @Test
    void readsADatelineInCapitalsAsThePlaceItNamesInsideTheStateAfterIt() {
        List<Mention> m = resolve(ResolverProfile.WORLD, "Prison deal talks go on. HELENA, Mont. (AP) - The state and the company met.");
        assertThat(only(m, "HELENA").place().id()).isEqualTo(5656882);
    }

    @Test
    void takesCapitalsAsADatelineOnlyWhenTheDashFollows() {
        assertThat(resolve(ResolverProfile.WORLD, "PARIS — The talks ended.")).extracting(Mention::text).contains("PARIS");
        assertThat(resolve(ResolverProfile.WORLD, "HELENA, THE MUSICAL. The show ended.")).extracting(Mention::text)
                .doesNotContain("HELENA");
        assertThat(resolve(ResolverProfile.UKRAINE, "PARIS — The talks ended.")).extracting(Mention::text).doesNotContain("PARIS");
    }

    @Test
    void aNameOfSeveralWordsAfterACapitalisedWordIsStillThePlace() {
        List<Mention> m = resolve(ResolverProfile.WORLD,
                "Voters in historically Republican Orange County are angry. Orange County residents agree.");
        assertThat(m.stream().filter(x -> x.text().equals("Orange County") && x.resolved())).hasSize(2);
    }
}
