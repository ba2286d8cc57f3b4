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
 * The "between Russian-held places" rule: unreported villages beyond the neighbour radius inside a triangle of
 * neighbouring Russian-held places are Russian-held; a Ukrainian or contested town breaks the triangle, long
 * triangles and the rear alone paint nothing.
 */
class BetweenRuleTest {

    static final LocalDate D = LocalDate.of(2022, 3, 1);

    // three towns about 110 km apart around (48.5 N, 31.5 E), a village in the middle, one outside
    static final Settlement WEST = new Settlement(1, "West", 48.2, 30.9);
    static final Settlement EAST = new Settlement(2, "East", 48.2, 32.1);
    static final Settlement NORTH = new Settlement(3, "North", 49.1, 31.5);
    static final Settlement MIDDLE = new Settlement(4, "Middle", 48.5, 31.5);
    static final Settlement OUTSIDE = new Settlement(5, "Outside", 49.3, 32.6);
    static final Settlement NEAR_MIDDLE = new Settlement(6, "Near middle", 48.62, 31.45);

    static final List<Settlement> TOWNS = List.of(WEST, EAST, NORTH, MIDDLE, OUTSIDE);

    @Test
    void aVillageInsideATriangleOfRussianHeldTownsIsRussianHeld() {
        SettlementControl middle = explain(TOWNS, Baseline.none(), 150, ru(WEST), ru(EAST), ru(NORTH)).get(3);

        assertThat(middle.side()).isEqualTo(Side.RU);
        assertThat(middle.basis()).isEqualTo(Basis.BETWEEN);
        assertThat(middle.decidedBy()).isIn(WEST, EAST, NORTH);
        assertThat(middle.claimIds()).hasSize(1);
    }

    @Test
    void outsideTheTriangleTheBaselineStillDecides() {
        SettlementControl outside = explain(TOWNS, Baseline.none(), 150, ru(WEST), ru(EAST), ru(NORTH)).get(4);

        assertThat(outside.side()).isEqualTo(Side.UA);
        assertThat(outside.basis()).isEqualTo(Basis.BASELINE);
    }

    @Test
    void aUkrainianHeldTownInsideBreaksTheTriangle() {
        List<Settlement> towns = new ArrayList<>(TOWNS);
        towns.add(NEAR_MIDDLE);
        List<SettlementControl> out = explain(towns, Baseline.none(), 150, ru(WEST), ru(EAST), ru(NORTH),
                claim("ua", NEAR_MIDDLE, ClaimType.CAPTURED, "UA", D));

        assertThat(out.get(3).side()).isEqualTo(Side.UA);
        assertThat(out.get(3).basis()).isEqualTo(Basis.BASELINE);
    }

    @Test
    void aContestedTownInsideBreaksTheTriangleToo() {
        List<Settlement> towns = new ArrayList<>(TOWNS);
        towns.add(NEAR_MIDDLE);
        List<SettlementControl> out = explain(towns, Baseline.none(), 150, ru(WEST), ru(EAST), ru(NORTH),
                claim("f", NEAR_MIDDLE, ClaimType.FIGHTING, null, D));

        assertThat(out.get(3).side()).isEqualTo(Side.UA);
    }

    @Test
    void trianglesWithASideLongerThanTheSettingDoNotCount() {
        SettlementControl middle = explain(TOWNS, Baseline.none(), 100, ru(WEST), ru(EAST), ru(NORTH)).get(3);

        assertThat(middle.side()).isEqualTo(Side.UA);
        assertThat(middle.basis()).isEqualTo(Basis.BASELINE);
    }

    @Test
    void aRussianHeldTownAndThePreWarRearEncloseTheLandBetween() {
        // the pre-war Russian-held area: a box south of the West-East line, with two settlements in it
        Baseline rear = new Baseline(D.minusDays(10), Fixtures.wkt(
                "POLYGON ((30.5 47.5, 32.5 47.5, 32.5 48.1, 30.5 48.1, 30.5 47.5))"));
        List<Settlement> towns = List.of(new Settlement(11, "Rear west", 47.9, 30.9),
                new Settlement(12, "Rear east", 47.9, 32.1), NORTH, MIDDLE, OUTSIDE);

        List<SettlementControl> out = explain(towns, rear, 150, ru(NORTH));

        assertThat(out.get(3).side()).isEqualTo(Side.RU);
        assertThat(out.get(3).basis()).isEqualTo(Basis.BETWEEN);
        assertThat(out.get(3).decidedBy()).isEqualTo(NORTH);
        assertThat(out.get(4).side()).isEqualTo(Side.UA);
    }

    @Test
    void aRussianHeldTownAndTheBorderEncloseTheLandBetween() {
        // the border with Russia: a line along 49.4 N, north of North (49.1 N)
        Baseline rear = new Baseline(D.minusDays(10), Fixtures.wkt("POLYGON EMPTY"),
                Fixtures.wkt("LINESTRING (30.8 49.4, 32.2 49.4)"));
        Settlement between = new Settlement(21, "Between", 49.3, 31.6);
        Settlement south = new Settlement(22, "South", 48.6, 31.5);

        List<SettlementControl> out = explain(List.of(NORTH, between, south), rear, 150, ru(NORTH));

        assertThat(out.get(1).side()).isEqualTo(Side.RU);
        assertThat(out.get(1).basis()).isEqualTo(Basis.BETWEEN);
        assertThat(out.get(1).decidedBy()).isEqualTo(NORTH);
        assertThat(out.get(2).side()).isEqualTo(Side.UA);
    }

    @Test
    void insideTheTriangleANearerUkrainianReportOutsideItDoesNotDecide() {
        // a Ukrainian-held town 44 km east of the village, outside the triangle (and its circumcircle); the
        // triangle's corners are all more than 50 km away
        Settlement village = new Settlement(31, "Village", 48.641, 31.774);
        Settlement east = new Settlement(32, "Ukrainian east", 48.799, 32.320);
        List<Settlement> towns = List.of(WEST, EAST, NORTH, village, east);
        Claim ua = claim("ua", east, ClaimType.CAPTURED, "UA", D);

        ControlModel model = new ControlModel(towns, Baseline.none(), Fixtures.settings(50).withBetweenKm(150));
        ControlModel.State state = model.state(D, model.evidence(new ArrayList<>(List.of(ru(WEST), ru(EAST),
                ru(NORTH), ua))));
        ControlModel withoutRule = new ControlModel(towns, Baseline.none(), Fixtures.settings(50));
        ControlModel.State before = withoutRule.state(D, withoutRule.evidence(new ArrayList<>(List.of(ru(WEST),
                ru(EAST), ru(NORTH), ua))));

        assertThat(before.side[3]).isEqualTo(Side.UA);
        assertThat(before.basis[3]).isEqualTo(Basis.NEIGHBOUR);
        assertThat(state.side[3]).isEqualTo(Side.RU);
        assertThat(state.basis[3]).isEqualTo(Basis.BETWEEN);
    }

    @Test
    void thePocketBetweenACaptureThePreWarLineAndTheBorderIsClosed() {
        // corners: a capture in the north-west, one settlement of the pre-war area in the south-east, and two
        // border points between them; the triangle of the pre-war settlement and the two border points has no
        // fresh capture, but it shares sides with the capture's triangles
        Baseline rear = new Baseline(D.minusDays(10), Fixtures.wkt(
                "POLYGON ((32.7 48.1, 33.1 48.1, 33.1 48.5, 32.7 48.5, 32.7 48.1))"),
                Fixtures.wkt("LINESTRING (32.6 48.6, 32.6 48.78)"));
        Settlement capture = new Settlement(41, "Capture", 48.9, 32.0);
        Settlement prewar = new Settlement(42, "Pre-war", 48.3, 32.9);
        Settlement pocket = new Settlement(43, "Pocket", 48.56, 32.70);

        List<SettlementControl> out = explain(List.of(capture, prewar, pocket), rear, 150, ru(capture));

        assertThat(out.get(2).side()).isEqualTo(Side.RU);
        assertThat(out.get(2).basis()).isEqualTo(Basis.BETWEEN);
        assertThat(out.get(2).decidedBy()).isEqualTo(capture);
    }

    @Test
    void theRearAlonePaintsNothing() {
        Baseline rear = new Baseline(D.minusDays(10), Fixtures.wkt(
                "POLYGON ((30.5 47.5, 32.5 47.5, 32.5 48.1, 30.5 48.1, 30.5 47.5))"));
        List<Settlement> towns = List.of(new Settlement(11, "Rear west", 47.9, 30.9),
                new Settlement(12, "Rear east", 47.9, 32.1), new Settlement(13, "Rear middle", 47.6, 31.5), MIDDLE);

        // a claim that only confirms the rear is no fresh capture
        SettlementControl middle = explain(towns, rear, 150,
                claim("r", towns.get(0), ClaimType.CAPTURED, "RU", D)).get(3);

        assertThat(middle.side()).isEqualTo(Side.UA);
        assertThat(middle.basis()).isEqualTo(Basis.BASELINE);
    }

    @Test
    void zeroTurnsTheRuleOff() {
        SettlementControl middle = explain(TOWNS, Baseline.none(), 0, ru(WEST), ru(EAST), ru(NORTH)).get(3);

        assertThat(middle.basis()).isEqualTo(Basis.BASELINE);
    }

    private static Claim ru(Settlement s) {
        return claim("ru-" + s.id(), s, ClaimType.CAPTURED, "RU", D);
    }

    /** Every settlement's side on D; the neighbour radius (10 km) reaches no other settlement. */
    private static List<SettlementControl> explain(List<Settlement> towns, Baseline baseline, double betweenKm,
                                                   Claim... claims) {
        ControlModel model = new ControlModel(towns, baseline, Fixtures.settings(10).withBetweenKm(betweenKm));
        ControlModel.State state = model.state(D, model.evidence(new ArrayList<>(List.of(claims))));
        List<SettlementControl> out = new ArrayList<>();
        for (int i = 0; i < towns.size(); i++) {
            out.add(model.explain(state, i));
        }
        return out;
    }
}
