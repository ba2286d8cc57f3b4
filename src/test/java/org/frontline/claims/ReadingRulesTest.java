package org.frontline.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** One reading rule per test, on made-up sentences in the style of the seeds. */
class ReadingRulesTest {
    private static final LocalDate THU = Texts.THURSDAY_8_SEPT;
    private static final LocalDate FRI = Texts.FRIDAY_25_FEB;

    @Test
    void datesOnWednesdayToTheLatestWednesdayBeforePublication() {
        Claim c = Texts.only("Ukrainian forces retook Kupiansk on Wednesday, the general staff said.", THU);
        assertThat(c.date()).isEqualTo(LocalDate.of(2022, 9, 7));
        assertThat(c.type()).isEqualTo(ClaimType.CAPTURED);
        assertThat(c.actor()).isEqualTo("UA");
    }

    @Test
    void datesOnFridayInAFridayArticleToThatDay() {
        assertThat(Texts.only("Russian forces shelled Kharkiv on Friday, officials said.", FRI).date()).isEqualTo(FRI);
    }

    @Test
    void datesOvernightAndYesterdayFromThePublicationDay() {
        assertThat(Texts.only("Overnight, Russia launched missile strikes on Odesa.", FRI).date()).isEqualTo(FRI);
        assertThat(Texts.only("Russian troops shelled Chernihiv yesterday, the mayor said.", FRI).date()).isEqualTo(FRI.minusDays(1));
    }

    @Test
    void datesTheSecondDayOfTheInvasionFromTheConfiguredWarStart() {
        assertThat(Texts.only("Fighting raged in Mariupol on the second day of the invasion.", THU).date())
                .isEqualTo(LocalDate.of(2022, 2, 25));
        var p = Texts.prepare("Fighting raged in Mariupol on the first day of the war.", THU);
        var claims = new ClaimExtractor(LocalDate.of(2014, 4, 6)).extract(p, TestMentions.find(p));
        assertThat(claims).singleElement().extracting(Claim::date).isEqualTo(LocalDate.of(2014, 4, 6));
    }

    @Test
    void datesAMonthAfterThePublicationMonthToThePreviousYear() {
        Claim c = Texts.only("Russian forces withdrew from Kherson in November.", LocalDate.of(2023, 2, 1));
        assertThat(c.date()).isEqualTo(LocalDate.of(2022, 11, 1));
        assertThat(c.datePrecision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void datesLateMidAndEarlyMonthFromThe21st11thAnd1stButNeverAfterPublication() {
        LocalDate june = LocalDate.of(2022, 6, 30);
        assertThat(Texts.only("Russian forces withdrew from Kherson in late March.", june).date()).isEqualTo(LocalDate.of(2022, 3, 21));
        assertThat(Texts.only("Russian forces withdrew from Kherson in mid-March.", june).date()).isEqualTo(LocalDate.of(2022, 3, 11));
        assertThat(Texts.only("Russian forces withdrew from Kherson in early March.", june).date()).isEqualTo(LocalDate.of(2022, 3, 1));
        Claim thisMonth = Texts.only("Russian forces withdrew from Kherson in late June.", LocalDate.of(2022, 6, 15));
        assertThat(thisMonth.date()).isEqualTo(LocalDate.of(2022, 6, 15));
        assertThat(thisMonth.datePrecision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void readsTheNounStopAsNoEvent() {
        assertThat(Texts.claims("Soldiers shot two pensioners who stopped their car at the stop signal in Konotop.", THU))
                .noneMatch(c -> c.type() == ClaimType.REPELLED);
        assertThat(Texts.only("Ukrainian forces stopped the Russian column at Konotop.", THU).type())
                .isEqualTo(ClaimType.REPELLED);
    }

    @Test
    void datesAnExplicitDayAndIgnoresAPlannedOne() {
        assertThat(Texts.only("Russian troops captured Kherson on March 2, officials said.", THU).date())
                .isEqualTo(LocalDate.of(2022, 3, 2));
        assertThat(Texts.only("Ukrainian forces shelled Kherson, and talks are planned for September 20.", THU).date())
                .as("a date after publication is a plan, not the event").isEqualTo(THU);
    }

    @Test
    void readsAPassiveAgentAsTheActor() {
        Claim c = Texts.only("Balakliia was recaptured by Ukrainian forces, Zelensky said.", THU);
        assertThat(c.actor()).isEqualTo("UA");
        assertThat(c.claimant()).isEqualTo("Zelensky");
    }

    @Test
    void readsStoppedWithAnObjectAsTheSubjectsRepulse() {
        Claim c = Texts.only("Ukrainian forces stopped a Russian column near Konotop, the army said.", FRI);
        assertThat(c.type()).isEqualTo(ClaimType.REPELLED);
        assertThat(c.actor()).isEqualTo("UA");
    }

    @Test
    void readsRepelledInThePassiveAsTheOtherSidesRepulse() {
        Claim c = Texts.only("Russian attacks on Kharkiv were repelled, Ukraine's general staff said.", FRI);
        assertThat(c.type()).isEqualTo(ClaimType.REPELLED);
        assertThat(c.actor()).isEqualTo("UA");
    }

    @Test
    void readsItsForcesAsTheClaimantsSide() {
        Claim c = Texts.only("Russia's defence ministry says its forces have taken Kupiansk.", THU);
        assertThat(c.actor()).isEqualTo("RU");
        assertThat(c.claimantSide()).isEqualTo("RU");
    }

    @Test
    void hedgesReportedlyAndUnverifiedClaims() {
        assertThat(Texts.only("Russian forces have reportedly seized Kherson.", THU).hedged()).isTrue();
        assertThat(Texts.only("Russian forces seized Kherson, officials said. CNN could not independently verify the claim.", THU)
                .hedged()).isTrue();
        assertThat(Texts.only("Russian forces seized Kherson, officials said.", THU).hedged()).isFalse();
    }

    @Test
    void dropsNegatedAndSpeculativeEvents() {
        assertThat(Texts.claims("Russian forces have yet to seize Kharkiv, the official said.", FRI)).isEmpty();
        assertThat(Texts.claims("Russian units are expected to try and seize Kyiv imminently.", FRI)).isEmpty();
        assertThat(Texts.claims("Its seizure could allow Russia to airlift troops directly to Hostomel.", FRI)).isEmpty();
    }

    @Test
    void ignoresFalseFriendsOfEventWords() {
        assertThat(Texts.claims("The footage, captured in the southern city of Kherson, shows a lone civilian.", FRI)).isEmpty();
        assertThat(Texts.claims("Thousands have taken shelter in metro stations in Kyiv.", FRI)).isEmpty();
        assertThat(Texts.claims("Air raid sirens sounded in Lviv.", FRI)).isEmpty();
        assertThat(Texts.claims("The defenders of Kharkiv were ready with anti-tank missiles supplied by allies.", FRI)).isEmpty();
    }

    @Test
    void ignoresTheReferencePointOfARelativeLocation() {
        var claims = Texts.claims("Ukrainian troops liberated Balakliia, close to Kharkiv, the army said.", THU);
        assertThat(claims).singleElement().satisfies(c -> assertThat(c.place().place().name()).isEqualTo("Balakliia"));
        var hostomel = Texts.claims("Russian forces captured the Hostomel airfield, seven kilometres northwest of Kyiv.", FRI);
        assertThat(hostomel).extracting(c -> c.place().place().name()).containsExactly("Hostomel");
    }

    @Test
    void readsTheSideOfThirdPartyClaimants() {
        assertThat(Texts.only("Russian forces are advancing on Kyiv, a senior US defence official has said.", FRI).claimantSide())
                .isEqualTo("US");
        assertThat(Texts.only("Russian forces shelled Kharkiv, Britain's defence ministry said.", FRI).claimantSide())
                .isEqualTo("UK");
    }

    @Test
    void emitsNothingForASentenceWithoutAWarEvent() {
        assertThat(Texts.claims("US Secretary of State Antony Blinken visited Kyiv on Thursday.", THU)).isEmpty();
        assertThat(Texts.claims("Kyiv proposed talks in Warsaw, Moscow said.", FRI)).isEmpty();
    }

    @Test
    void emitsOneClaimPerPlaceOfACoordinatedList() {
        var claims = Texts.claims("Russian rocket strikes hit Chernihiv and Kharkiv overnight, officials said.", FRI);
        assertThat(claims).extracting(c -> c.place().place().name()).containsExactly("Chernihiv", "Kharkiv");
        assertThat(claims).allMatch(c -> c.type() == ClaimType.STRIKE && "RU".equals(c.actor()));
    }

    @Test
    void returnsNoClaimsForAnArticleWithoutMentions() {
        var p = Texts.prepare("Russian forces captured the city, officials said.", FRI);
        assertThat(new ClaimExtractor().extract(p, java.util.List.of())).isEmpty();
        assertThat(new ClaimExtractor().extract(p, null)).isEmpty();
    }

    @Test
    void readsLiberatedFromTheInvadersAsTheOtherSidesCapture() {
        Claim c = Texts.only("The city of Balakliia has been liberated from the Russian invaders.", THU);
        assertThat(c.type()).isEqualTo(ClaimType.CAPTURED);
        assertThat(c.actor()).isEqualTo("UA");
    }

    @Test
    void readsTheAgentOfAnEventNounAfterOf() {
        Claim c = Texts.only("People returned after the withdrawal of Russian troops from Chernihiv.", THU);
        assertThat(c.type()).isEqualTo(ClaimType.WITHDRAWN);
        assertThat(c.actor()).isEqualTo("RU");
    }

    @Test
    void ignoresADistanceReferenceAfterAnotherPlace() {
        var claims = Texts.claims("Today the Russian army shelled a residential building in Hostomel, 15 km from Kyiv.", THU);
        assertThat(claims).extracting(c -> c.place().place().name()).containsExactly("Hostomel");
    }

    @Test
    void ignoresCapturedPeopleAndTakenLives() {
        assertThat(Texts.claims("Russian occupiers captured a secretary to the city council of Kherson.", THU)).isEmpty();
        assertThat(Texts.claims("The war took the lives of more than 22,000 Mariupol residents.", THU)).isEmpty();
    }
}
