package org.frontline.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.frontline.gazetteer.Place;
import org.junit.jupiter.api.Test;

/** The disambiguation stories of the three seed articles, one reading per test. */
class SeedClaimsTest {
    private static final List<Claim> CNN = Seeds.claims(Seeds.CNN_000);
    private static final List<Claim> NEWS = Seeds.claims(Seeds.NEWS_001);
    private static final List<Claim> BLOG = Seeds.claims(Seeds.BLOG_002);

    private static List<Claim> at(List<Claim> claims, Place place) {
        return claims.stream().filter(c -> c.place().place().id() == place.id()).toList();
    }

    private static Claim one(List<Claim> claims, Place place, ClaimType type) {
        List<Claim> found = at(claims, place).stream().filter(c -> c.type() == type).toList();
        assertThat(found).as("%s %s claims", place.name(), type).hasSize(1);
        return found.get(0);
    }

    @Test
    void capturesHostomelAsARussianClaimHedgedByTheEntryTitle() {
        Claim c = one(BLOG, TestMentions.HOSTOMEL, ClaimType.CAPTURED);
        assertThat(c.actor()).isEqualTo("RU");
        assertThat(c.date()).isEqualTo(LocalDate.of(2022, 2, 25));
        assertThat(c.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(c.claimant()).isEqualTo("Russia’s defence ministry");
        assertThat(c.claimantSide()).isEqualTo("RU");
        assertThat(c.hedged()).as("the title says 'Russia claims'").isTrue();
        assertThat(c.quote()).startsWith("Russia’s defence ministry says its forces have captured");
    }

    @Test
    void readsRussianTroopsStoppedNearKonotopAsUkrainianRepelled() {
        Claim c = one(BLOG, TestMentions.KONOTOP, ClaimType.REPELLED);
        assertThat(c.actor()).isEqualTo("UA");
        assertThat(c.claimant()).isEqualTo("Ukraine’s land forces");
        assertThat(c.claimantSide()).isEqualTo("UA");
        assertThat(c.date()).isEqualTo(LocalDate.of(2022, 2, 25));
        assertThat(c.quote()).doesNotContain("Ukraine’s land forces\n").startsWith("Russian troops have stopped");
    }

    @Test
    void keepsOneClaimForAnEntryTitleAndTheBodySentenceThatRepeatsIt() {
        assertThat(at(BLOG, TestMentions.KONOTOP)).hasSize(1);
        assertThat(at(BLOG, TestMentions.KONOTOP).get(0).quote()).doesNotStartWith("Russian troops stop near");
    }

    @Test
    void keepsBothSnakeIslandClaimsAndLinksThem() {
        List<Claim> island = at(BLOG, TestMentions.ZMIINYI);
        Claim russian = one(BLOG, TestMentions.ZMIINYI, ClaimType.CAPTURED);
        Claim ukrainian = island.stream().filter(c -> "UA".equals(c.claimantSide())).findFirst().orElseThrow();
        assertThat(russian.actor()).isEqualTo("RU");
        assertThat(russian.claimant()).isEqualTo("Russia’s defence ministry");
        assertThat(ukrainian.claimant()).isEqualTo("Ukrainian officials");
        assertThat(ukrainian.quote()).contains("all 13 border guards");
        assertThat(russian.conflictsWith()).containsExactly(ukrainian.id());
        assertThat(ukrainian.conflictsWith()).containsExactly(russian.id());
        assertThat(island).allMatch(Claim::hedged, "hedged: Al Jazeera was unable to verify either side's claims");
    }

    @Test
    void datesChernobylCaptureToTheFirstDayOfTheInvasion() {
        Claim c = one(BLOG, TestMentions.CHERNOBYL, ClaimType.CAPTURED);
        assertThat(c.actor()).isEqualTo("RU");
        assertThat(c.date()).isEqualTo(LocalDate.of(2022, 2, 24));
        assertThat(c.quote()).isEqualTo("Russian troops captured the site during the first day of their invasion.");
        assertThat(c.place().text()).as("located through 'the site'").isEqualTo("the site");
        assertThat(c.claimantSide()).isEqualTo("RU");
    }

    @Test
    void readsRussianStrikesOnKyivOnThePublicationDay() {
        List<Claim> strikes = at(BLOG, TestMentions.KYIV).stream()
                .filter(c -> c.type() == ClaimType.STRIKE && "RU".equals(c.actor())).toList();
        assertThat(strikes).isNotEmpty().allMatch(c -> c.date().equals(LocalDate.of(2022, 2, 25)));
        assertThat(strikes).anyMatch(c -> c.quote().startsWith("Overnight, Russia launched a concerted series of strikes"));
    }

    @Test
    void readsTheZaporizhzhiaBorderPostStrikeAsRussianFromItsUkrainianTarget() {
        Claim c = one(BLOG, TestMentions.ZAPORIZHZHIA_OBLAST, ClaimType.STRIKE);
        assertThat(c.actor()).isEqualTo("RU");
        assertThat(c.claimant()).isEqualTo("the border guard service");
        assertThat(c.claimantSide()).as("whose border guard service the text does not say").isNull();
    }

    @Test
    void attributesTheKupianskEvacuationToAProKremlinOfficial() {
        Claim c = one(CNN, TestMentions.KUPIANSK, ClaimType.EVACUATION);
        assertThat(c.claimant()).isEqualTo("a pro-Kremlin official");
        assertThat(c.claimantSide()).isEqualTo("RU");
        assertThat(c.date()).isEqualTo(LocalDate.of(2022, 9, 8));
    }

    @Test
    void datesTheUkrainianAdvanceNearKupianskToWednesday() {
        Claim c = one(CNN, TestMentions.KUPIANSK, ClaimType.ADVANCE);
        assertThat(c.actor()).isEqualTo("UA");
        assertThat(c.date()).isEqualTo(LocalDate.of(2022, 9, 7));
        assertThat(c.claimant()).isEqualTo("CNN");
        assertThat(c.hedged()).as("geo-located footage is verification, not doubt").isFalse();
    }

    @Test
    void readsBalakliiaTakenByUkraineInBothArticles() {
        Claim cnn = one(CNN, TestMentions.BALAKLIIA, ClaimType.CAPTURED);
        assertThat(cnn.actor()).isEqualTo("UA");
        assertThat(cnn.date()).isEqualTo(LocalDate.of(2022, 9, 8));
        assertThat(cnn.claimant()).isEqualTo("Zelensky");
        assertThat(cnn.claimantSide()).isEqualTo("UA");
        Claim news = one(NEWS, TestMentions.BALAKLIIA, ClaimType.CAPTURED);
        assertThat(news.actor()).isEqualTo("UA");
        assertThat(news.date()).isEqualTo(LocalDate.of(2022, 9, 9));
        assertThat(news.hedged()).as("troops 'claimed to have taken'").isTrue();
    }

    @Test
    void readsTheRussianWithdrawalFromBalakliiaOutOfTheSoldiersWords() {
        Claim c = one(CNN, TestMentions.BALAKLIIA, ClaimType.WITHDRAWN);
        assertThat(c.actor()).isEqualTo("RU");
        assertThat(c.quote()).contains("Russian occupational troops have withdrawn");
        assertThat(ClaimExtractor.linkConflicts(CNN).stream().filter(x -> x.place().place().id() == TestMentions.BALAKLIIA.id()))
                .as("a Russian withdrawal and a Ukrainian capture agree").allMatch(x -> x.conflictsWith().isEmpty());
    }

    @Test
    void attributesTheBorodoyarskeAndVilkhuvatkaEvacuationsToUkrainianMilitaryOfficials() {
        for (Place p : List.of(TestMentions.BORODOYARSKE, TestMentions.VILKHUVATKA)) {
            Claim c = one(NEWS, p, ClaimType.EVACUATION);
            assertThat(c.actor()).isEqualTo("RU");
            assertThat(c.claimant()).isEqualTo("Ukrainian military officials");
            assertThat(c.claimantSide()).isEqualTo("UA");
            assertThat(c.date()).isEqualTo(LocalDate.of(2022, 9, 9));
            assertThat(c.hedged()).as("'according to' one side").isTrue();
        }
        assertThat(at(NEWS, TestMentions.KHARKIV)).as("'a village southwest of Kharkiv' locates, it is no event").isEmpty();
    }

    @Test
    void datesTheAbandonedAssaultOnKyivToMarchWithMonthPrecision() {
        Claim c = one(NEWS, TestMentions.KYIV, ClaimType.WITHDRAWN);
        assertThat(c.actor()).isEqualTo("RU");
        assertThat(c.date()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(c.datePrecision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void neverDatesAClaimFromChrome() {
        for (List<Claim> claims : List.of(CNN, NEWS, BLOG)) {
            assertThat(claims).allMatch(c -> c.date().getYear() != 2024)
                    .allMatch(c -> !c.date().isAfter(c.published()));
        }
    }

    @Test
    void ignoresPlacesThatAreMerelyNamed() {
        Predicate<Claim> noise = c -> c.quote().contains("Sean Penn") || c.quote().contains("curfew")
                || c.quote().contains("Sirens have rung out") || c.quote().contains("Japan Tobacco")
                || c.quote().contains("departs Kyiv") || c.quote().contains("The view from Kyiv")
                || c.quote().contains("Reporting by Mansur Mirovalev");
        assertThat(BLOG).noneMatch(noise);
        assertThat(CNN).noneMatch(noise);
        assertThat(at(BLOG, TestMentions.LVIV)).isEmpty();
        assertThat(at(BLOG, TestMentions.KREMENCHUK)).isEmpty();
        assertThat(at(CNN, TestMentions.KYIV)).isEmpty();
    }

    @Test
    void readsKyivAsTheGovernmentWhenItProposesOrDeclares() {
        assertThat(NEWS).noneMatch(c -> c.place().text().equals("Kyiv") && c.quote().contains("Kyiv declared"));
        assertThat(BLOG).noneMatch(c -> c.place().text().equals("Kyiv") && c.quote().contains("Kyiv had proposed"));
        Claim urged = BLOG.stream().filter(c -> c.quote().startsWith("Zelenskyy has urged Kyiv’s European allies")).findFirst().orElseThrow();
        assertThat(urged.type()).isEqualTo(ClaimType.ADVANCE);
        assertThat(urged.quote().substring(urged.place().start() - urged.quoteStart()))
                .as("the claim sits on 'advance on Kyiv', not on 'Kyiv's European allies'").isEqualTo("Kyiv.");
    }

    @Test
    void ignoresPlacesOutsideUkraine() {
        for (Place p : List.of(TestMentions.GOMEL, TestMentions.MINSK, TestMentions.MOSCOW, TestMentions.UKRAINE)) {
            assertThat(at(BLOG, p)).as(p.name()).isEmpty();
            assertThat(at(NEWS, p)).as(p.name()).isEmpty();
        }
    }

    @Test
    void ignoresPhotoCaptions() {
        assertThat(BLOG).noneMatch(c -> c.quote().contains("[") && c.quote().strip().endsWith("]"));
        assertThat(at(BLOG, TestMentions.CHUHUIV)).isEmpty();
    }

    @Test
    void quotesTheSentenceWithOffsetsIntoTheOriginalText() {
        String text = Seeds.prepared(Seeds.BLOG_002).article().text();
        for (Claim c : BLOG) {
            assertThat(text.substring(c.quoteStart(), c.quoteEnd())).isEqualTo(c.quote());
            assertThat(c.place().start()).isBetween(c.quoteStart(), c.quoteEnd());
            assertThat(c.id()).isEqualTo(c.articleId() + "-" + c.id().split("-")[1] + "-" + c.place().start());
            assertThat(c.source()).isEqualTo("Al Jazeera");
        }
    }

    @Test
    void givesTheSameIdsOnEveryRun() {
        List<String> again = Seeds.claims(Seeds.BLOG_002).stream().map(Claim::id).toList();
        assertThat(again).isEqualTo(BLOG.stream().map(Claim::id).toList()).doesNotHaveDuplicates();
    }
}
