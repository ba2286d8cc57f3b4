package org.frontline.frontline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.frontline.Fixtures.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.frontline.claims.Claim;
import org.frontline.claims.ClaimType;
import org.frontline.frontline.SettlementControl.Basis;
import org.junit.jupiter.api.Test;

/**
 * How far a report speaks for the unreported villages around it: a capture only as far as the next place its side
 * holds (at least 10 km, at most the neighbour radius), and a capture behind the other side's lines not at all.
 */
class ControlNeighbourTest {

    static final LocalDate D = LocalDate.of(2022, 3, 1);
    static final double NEIGHBOUR_KM = 40;

    // along 48.5 N; 0.1 degree of longitude is about 7.4 km
    static final Settlement A = new Settlement(1, "A", 48.5, 31.0);
    static final Settlement B = new Settlement(2, "B", 48.5, 31.2);
    static final Settlement NEAR_B = new Settlement(3, "Near B", 48.5, 31.35);
    static final Settlement FAR_B = new Settlement(4, "Far B", 48.5, 31.45);

    @Test
    void aCaptureSpeaksAsFarAsTheNextPlaceItsSideHolds() {
        // A and B are 14.8 km apart: B speaks for 11 km east of it, not for 18 km
        List<SettlementControl> out = explain(List.of(A, B, NEAR_B, FAR_B), Baseline.none(), ru(A), ru(B));

        assertThat(out.get(2).side()).isEqualTo(Side.RU);
        assertThat(out.get(2).basis()).isEqualTo(Basis.NEIGHBOUR);
        assertThat(out.get(2).decidedBy()).isEqualTo(B);
        assertThat(out.get(3).side()).isEqualTo(Side.UA);
        assertThat(out.get(3).basis()).isEqualTo(Basis.BASELINE);
    }

    @Test
    void aLoneCaptureSpeaksAsFarAsTheNeighbourRadius() {
        // no other Russian-held place within 40 km: B alone colours 18 km east of it
        List<SettlementControl> out = explain(List.of(B, FAR_B), Baseline.none(), ru(B));

        assertThat(out.get(1).side()).isEqualTo(Side.RU);
        assertThat(out.get(1).decidedBy()).isEqualTo(B);
    }

    @Test
    void theReachIsAtLeastTenKilometres() {
        Settlement close = new Settlement(5, "Close to B", 48.5, 31.17);   // 2.2 km from B
        Settlement village = new Settlement(6, "Village", 48.5, 31.32);    // 8.9 km from B

        List<SettlementControl> out = explain(List.of(close, B, village), Baseline.none(), ru(close), ru(B));

        assertThat(out.get(2).side()).isEqualTo(Side.RU);
        assertThat(out.get(2).decidedBy()).isEqualTo(B);
    }

    @Test
    void aUkrainianReportSpeaksForItsOwnSideWithoutALimit() {
        // outside the pre-war area Ukrainian is the baseline side: a Ukrainian report 18 km away still decides
        List<SettlementControl> out = explain(List.of(A, B, FAR_B), Baseline.none(), ua(A), ua(B));

        assertThat(out.get(2).side()).isEqualTo(Side.UA);
        assertThat(out.get(2).basis()).isEqualTo(Basis.NEIGHBOUR);
    }

    // a capture at the centre, four Ukrainian-held towns about 50 km around it, a village 9 km from the capture
    static final Settlement CAPTURE = new Settlement(11, "Capture", 48.5, 31.5);
    static final Settlement VILLAGE = new Settlement(12, "Village", 48.55, 31.6);
    static final List<Settlement> RING = List.of(new Settlement(13, "West", 48.5, 30.8),
            new Settlement(14, "East", 48.5, 32.2), new Settlement(15, "North", 48.95, 31.5),
            new Settlement(16, "South", 48.05, 31.5));

    @Test
    void aCaptureBehindTheOtherSidesLinesKeepsItsCellButColoursNothingAround() {
        List<Settlement> towns = new ArrayList<>(List.of(CAPTURE, VILLAGE));
        towns.addAll(RING);

        List<SettlementControl> out = explain(towns, Baseline.none(), ru(CAPTURE), ua(RING.get(0)), ua(RING.get(1)),
                ua(RING.get(2)), ua(RING.get(3)));

        assertThat(out.get(0).side()).isEqualTo(Side.RU);
        assertThat(out.get(0).basis()).isEqualTo(Basis.CLAIM);
        assertThat(out.get(1).side()).isEqualTo(Side.UA);
        assertThat(out.get(1).basis()).isEqualTo(Basis.BASELINE);
    }

    @Test
    void aCaptureWithTheBorderAsNeighbourIsNoIsland() {
        // the border with Russia 28 km north of the capture, nearer than the Ukrainian-held town there
        Baseline rear = new Baseline(D.minusDays(10), Fixtures.wkt("POLYGON EMPTY"),
                Fixtures.wkt("LINESTRING (31.3 48.75, 31.7 48.75)"));
        List<Settlement> towns = new ArrayList<>(List.of(CAPTURE, VILLAGE));
        towns.addAll(RING);

        List<SettlementControl> out = explain(towns, rear, ru(CAPTURE), ua(RING.get(0)), ua(RING.get(1)),
                ua(RING.get(2)), ua(RING.get(3)));

        assertThat(out.get(1).side()).isEqualTo(Side.RU);
        assertThat(out.get(1).decidedBy()).isEqualTo(CAPTURE);
    }

    @Test
    void twoNeighbouringCapturesAreNoIslands() {
        Settlement second = new Settlement(17, "Second capture", 48.45, 31.42);
        List<Settlement> towns = new ArrayList<>(List.of(CAPTURE, VILLAGE, second));
        towns.addAll(RING);

        List<SettlementControl> out = explain(towns, Baseline.none(), ru(CAPTURE), ru(second), ua(RING.get(0)),
                ua(RING.get(1)), ua(RING.get(2)), ua(RING.get(3)));

        assertThat(out.get(1).side()).isEqualTo(Side.RU);
        assertThat(out.get(1).basis()).isEqualTo(Basis.NEIGHBOUR);
    }

    @Test
    void aClaimAboutARegionIsNotHandedToTheVillageNearestItsCentre() {
        // "Lyman in Donetsk Oblast has been liberated": the oblast's point lies 300 m from village B
        org.frontline.gazetteer.Place oblast = new org.frontline.gazetteer.Place(709716, "Donetsk", "Donetsk", 48.5, 31.204,
                "A", "ADM1", "UA", "05", 0, List.of(), "test");
        org.frontline.resolve.Mention m = new org.frontline.resolve.Mention("a1", 0, 0, 7, "Donetsk", "Donetsk", oblast, 1.0, "test");
        Claim region = new Claim("region", "a1", "Test", D, D, org.frontline.claims.DatePrecision.DAY, ClaimType.CAPTURED,
                "RU", "someone", null, false, m, 0, 10, "quote", List.of());

        List<SettlementControl> out = explain(List.of(A, B), Baseline.none(), region);

        assertThat(out).allSatisfy(c -> assertThat(c.side()).isEqualTo(Side.UA));
        assertThat(out.get(1).basis()).isEqualTo(Basis.BASELINE);
    }

    @Test
    void aCaptureNearAPlaceMakesItContestedRatherThanHeld() {
        // "Russian forces captured positions near B"
        Claim near = ru(B);
        org.frontline.resolve.Mention m = near.place();
        org.frontline.resolve.RelativeLocation rel = new org.frontline.resolve.RelativeLocation(B.id(), Double.NaN,
                Double.NaN, B.lon(), B.lat(), 15, "near B", 0, 6);
        Claim aroundB = new Claim("near", "a1", "Test", D, D, org.frontline.claims.DatePrecision.DAY, ClaimType.CAPTURED,
                "RU", "someone", null, false, new org.frontline.resolve.Mention(m.articleId(), m.sentenceIndex(), m.start(),
                m.end(), m.text(), m.matchedName(), m.place(), 1.0, "test", rel, 0), 0, 10, "quote", List.of());

        List<SettlementControl> out = explain(List.of(A, B), Baseline.none(), aroundB);

        assertThat(out.get(1).side()).isEqualTo(Side.CONTESTED);
        assertThat(out.get(0).side()).isEqualTo(Side.UA);
    }

    private static Claim ru(Settlement s) {
        return claim("ru-" + s.id(), s, ClaimType.CAPTURED, "RU", D);
    }

    private static Claim ua(Settlement s) {
        return claim("ua-" + s.id(), s, ClaimType.CAPTURED, "UA", D);
    }

    private static List<SettlementControl> explain(List<Settlement> towns, Baseline baseline, Claim... claims) {
        ControlModel model = new ControlModel(towns, baseline, Fixtures.settings(NEIGHBOUR_KM).withBetweenKm(150));
        ControlModel.State state = model.state(D, model.evidence(new ArrayList<>(List.of(claims))));
        List<SettlementControl> out = new ArrayList<>();
        for (int i = 0; i < towns.size(); i++) {
            out.add(model.explain(state, i));
        }
        return out;
    }
}
