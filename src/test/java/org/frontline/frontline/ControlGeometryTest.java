package org.frontline.frontline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.frontline.frontline.Fixtures.claim;
import static org.frontline.frontline.Fixtures.gridCell;
import static org.frontline.frontline.Fixtures.hausdorff;
import static org.frontline.frontline.Fixtures.wkt;

import java.time.LocalDate;
import java.util.List;
import org.frontline.claims.ClaimType;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/** WKT in, WKT out on a 3x3 grid of settlements in a one-degree square. */
class ControlGeometryTest {

    static final LocalDate D = LocalDate.of(2022, 3, 1);
    static final double TOL = 0.01;

    final ControlInputs grid = Fixtures.grid();
    final ControlService.InMemoryClaims claims = new ControlService.InMemoryClaims();
    final ControlService control = new ControlService(() -> grid, claims, claims, Fixtures.settings(0));

    Settlement s(int id) {
        return grid.settlements().get(id - 1);
    }

    List<ControlArea> of(Side side, LocalDate date) {
        return control.areas(date).stream().filter(a -> a.side() == side).toList();
    }

    @Test
    void withoutClaimsTheWholeSquareIsOneUkrainianArea() {
        List<ControlArea> areas = control.areas(D);

        assertThat(areas).hasSize(1);
        assertThat(areas.get(0).side()).isEqualTo(Side.UA);
        assertThat(hausdorff(areas.get(0).geometry(), wkt(Fixtures.SQUARE))).isLessThan(1e-6);
        // the exact ellipsoidal area of the 1-degree quadrangle, 8217.7 km²
        assertThat(areas.get(0).areaKm2()).isCloseTo(EqualAreaProjectionTest.quadrangleKm2(31, 48, 32, 49),
                within(0.1));
    }

    @Test
    void aCaptureFlipsTheCellOfThatSettlementFromThatDateOn() {
        claims.store(List.of(claim("c1", s(5), ClaimType.CAPTURED, "RU", D)));

        List<ControlArea> ru = of(Side.RU, D);
        assertThat(ru).hasSize(1);
        assertThat(ru.get(0).geometry()).isInstanceOf(Polygon.class);
        assertThat(hausdorff(ru.get(0).geometry(), gridCell(1, 1))).isLessThan(TOL);
        assertThat(ru.get(0).claimIds()).containsExactly("c1");
        assertThat(ru.get(0).areaKm2()).isCloseTo(EqualAreaProjection.UKRAINE.areaKm2(gridCell(1, 1)),
                within(0.03 * ru.get(0).areaKm2()));
        Polygon ua = (Polygon) of(Side.UA, D).get(0).geometry();
        assertThat(ua.getNumInteriorRing()).isEqualTo(1);
        assertThat(of(Side.RU, D.minusDays(1))).isEmpty();
    }

    @Test
    void aWithdrawalHandsThePlaceToTheOtherSide() {
        claims.store(List.of(claim("c1", s(5), ClaimType.CAPTURED, "RU", D),
                claim("c2", s(5), ClaimType.WITHDRAWN, "RU", D.plusDays(10))));

        assertThat(of(Side.RU, D.plusDays(9))).hasSize(1);
        assertThat(of(Side.RU, D.plusDays(10))).isEmpty();
        assertThat(control.settlement(5, D.plusDays(10)).orElseThrow().claimIds()).containsExactly("c2");
    }

    @Test
    void fightingMakesAPlaceContestedForTheWindowOnly() {
        claims.store(List.of(claim("c1", s(1), ClaimType.FIGHTING, null, D)));

        List<ControlArea> contested = of(Side.CONTESTED, D.plusDays(13));
        assertThat(contested).hasSize(1);
        assertThat(hausdorff(contested.get(0).geometry(), gridCell(0, 0))).isLessThan(TOL);
        assertThat(of(Side.CONTESTED, D.plusDays(14))).isEmpty();
        assertThat(of(Side.CONTESTED, D.minusDays(1))).isEmpty();
    }

    @Test
    void aLaterCaptureEndsTheContestedWindow() {
        claims.store(List.of(claim("f", s(1), ClaimType.FIGHTING, null, D),
                claim("c", s(1), ClaimType.CAPTURED, "RU", D.plusDays(3))));

        assertThat(of(Side.CONTESTED, D.plusDays(2))).hasSize(1);
        assertThat(of(Side.CONTESTED, D.plusDays(3))).isEmpty();
        assertThat(of(Side.RU, D.plusDays(3))).hasSize(1);
    }

    @Test
    void twoAdjacentCapturedCellsDissolveIntoOnePolygon() {
        claims.store(List.of(claim("c5", s(5), ClaimType.CAPTURED, "RU", D),
                claim("c6", s(6), ClaimType.CAPTURED, "RU", D)));

        List<ControlArea> ru = of(Side.RU, D);
        assertThat(ru).hasSize(1);
        assertThat(ru.get(0).geometry()).isInstanceOf(Polygon.class);
        Geometry expected = UnaryUnionOp.union(List.of(gridCell(1, 1), gridCell(2, 1)));
        assertThat(hausdorff(ru.get(0).geometry(), expected)).isLessThan(TOL);
        assertThat(ru.get(0).settlements()).isEqualTo(2);
        assertThat(ru.get(0).claimIds()).containsExactlyInAnyOrder("c5", "c6");
    }

    @Test
    void cellsOfOneSideThatOnlyTouchAtACornerStayApart() {
        claims.store(List.of(claim("c1", s(1), ClaimType.CAPTURED, "RU", D),
                claim("c9", s(9), ClaimType.CAPTURED, "RU", D)));

        assertThat(of(Side.RU, D)).hasSize(2);
    }

    @Test
    void theFrontLineIsTheSharedBoundaryAndExcludesTheBorder() {
        claims.store(List.of(claim("c9", s(9), ClaimType.CAPTURED, "RU", D)));

        List<FrontLine> lines = control.frontLines(D);
        assertThat(lines).hasSize(1);
        FrontLine line = lines.get(0);
        assertThat(line.between()).isEqualTo("RU|UA");
        // the north-east cell meets the rest along an L: 1/3 degree west-east plus 1/3 degree south-north
        Geometry expected = wkt("LINESTRING (31.666667 49, 31.666667 48.666667, 32 48.666667)");
        assertThat(hausdorff(line.geometry(), expected)).isLessThan(TOL);
        double expectedKm = Geodesy.lengthKm(expected);
        assertThat(line.lengthKm()).isCloseTo(expectedKm, within(0.03 * expectedKm));
        // it reaches the border at its two ends and never runs along it
        Geometry nearBorder = wkt(Fixtures.SQUARE).getBoundary().buffer(1e-4);
        assertThat(line.geometry().intersection(nearBorder).getLength()).isLessThan(3e-4);
        assertThat(line.geometry().getBoundary().getNumPoints()).isEqualTo(2);
        assertThat(nearBorder.covers(line.geometry().getBoundary())).isTrue();
    }

    @Test
    void aLargeGroupDissolvedAsTheBorderMinusTheOtherCellsEqualsTheDirectDissolve() {
        SettlementCells cells = SettlementCells.build(grid.settlements(), wkt(Fixtures.SQUARE),
                EqualAreaProjection.UKRAINE);
        ControlGeometry g = new ControlGeometry(cells);
        int[] allButCentre = java.util.stream.IntStream.range(0, cells.cellCount())
                .filter(c -> c != cells.cellOf(4)).toArray();

        Geometry viaComplement = g.dissolve(allButCentre);
        Geometry direct = g.dissolveCells(allButCentre);

        assertThat(hausdorff(viaComplement, direct)).isLessThan(1e-9);
        assertThat(viaComplement.getArea()).isCloseTo(direct.getArea(), within(1e-9));
        assertThat(((Polygon) viaComplement).getNumInteriorRing()).isEqualTo(1);
    }

    @Test
    void noFrontLineWhenOneSideHoldsEverything() {
        assertThat(control.frontLines(D)).isEmpty();
    }

    @Test
    void changesBetweenTwoDatesAreTheCellsThatFlipped() {
        claims.store(List.of(claim("c5", s(5), ClaimType.CAPTURED, "RU", D),
                claim("c2", s(2), ClaimType.FIGHTING, null, D)));

        List<ControlChange> changes = control.changes(D.minusDays(1), D);
        assertThat(changes).extracting(ControlChange::from, ControlChange::to)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Side.UA, Side.RU),
                        org.assertj.core.groups.Tuple.tuple(Side.UA, Side.CONTESTED));
        ControlChange toRu = changes.stream().filter(c -> c.to() == Side.RU).findFirst().orElseThrow();
        assertThat(hausdorff(toRu.geometry(), gridCell(1, 1))).isLessThan(TOL);
        assertThat(toRu.areaKm2()).isCloseTo(EqualAreaProjection.UKRAINE.areaKm2(gridCell(1, 1)),
                within(0.03 * toRu.areaKm2()));
        assertThat(toRu.claimIds()).containsExactly("c5");
        assertThat(control.changes(D, D)).isEmpty();
    }

    @Test
    void aSettlementWithoutClaimsTakesTheNearestDecidedSettlementWithinTheRadius() {
        ControlService near = new ControlService(() -> grid, claims, claims, Fixtures.settings(30));
        claims.store(List.of(claim("c5", s(5), ClaimType.CAPTURED, "RU", D)));

        // neighbours on the grid are 1/3 degree apart: about 24 km east-west, 37 km north-south
        SettlementControl east = near.settlement(6, D).orElseThrow();
        assertThat(east.side()).isEqualTo(Side.RU);
        assertThat(east.basis()).isEqualTo(SettlementControl.Basis.NEIGHBOUR);
        assertThat(east.decidedBy().id()).isEqualTo(5);
        assertThat(east.claimIds()).containsExactly("c5");
        SettlementControl north = near.settlement(8, D).orElseThrow();
        assertThat(north.side()).isEqualTo(Side.UA);
        assertThat(north.basis()).isEqualTo(SettlementControl.Basis.BASELINE);
    }

    @Test
    void newClaimsInvalidateTheCachedMapsForEveryDate() {
        assertThat(of(Side.RU, D)).isEmpty();

        claims.store(List.of(claim("c5", s(5), ClaimType.CAPTURED, "RU", D.minusDays(30))));

        assertThat(of(Side.RU, D)).hasSize(1);
    }
}
