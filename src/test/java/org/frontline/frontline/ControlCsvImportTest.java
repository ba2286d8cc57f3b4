package org.frontline.frontline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.frontline.claims.Claim;
import org.frontline.claims.ClaimType;
import org.frontline.claims.DatePrecision;
import org.frontline.frontline.ImportReport.RejectedRow;
import org.junit.jupiter.api.Test;

class ControlCsvImportTest {

    static final List<Settlement> PLACES = List.of(
            new Settlement(703448, "Kyiv", 50.45466, 30.5238),
            new Settlement(706448, "Kherson", 46.65581, 32.6178),
            new Settlement(701822, "Mariupol", 47.09514, 37.54131),
            new Settlement(711660, "Bucha", 50.54345, 30.21222),
            new Settlement(707753, "Irpin", 50.52175, 30.25055),
            // a homonym of Kherson far away: the row's coordinates must pick the right one
            new Settlement(900, "Kherson", 48.9, 36.1));

    final ControlInputs inputs = new ControlInputs(PLACES,
            SharedData.border(SharedData.repo("gazetteer/boundaries/ukraine-border.geojson")),
            name -> Map.of("kiev", List.of(703448L)).getOrDefault(ControlCsvImport.fold(name), List.of()), null);
    final ControlService.InMemoryClaims claims = new ControlService.InMemoryClaims();
    final ControlService control = new ControlService(() -> inputs, claims, claims, Fixtures.settings(0));

    static final String TABLE = """
            name,held_by,as_of,population,lat,lon,more_information,source_link
            Kherson,Russia,2 March 2022,283649,46.6354,32.6169,"Captured,
            then \"\"held\"\"\",https://example.org/kherson
            Kyiv,Ukraine,24 February 2022,2900000,50.45,30.52,,
            Mariupol,Atlantis,20 May 2022,0,47.0971,37.5434,,
            Bucha,Ukraine,sometime soon,0,50.5437,30.2121,,
            Warsaw,Ukraine,2022-02-24,0,52.23,21.01,,
            Nowhere,Russia,2022-03-01,0,48.0,35.0,,
            ,Russia,2022-03-01,0,47.0,35.0,,
            Kiev,Ukraine,2022-05-01,0,50.46,30.53,,
            Irpin,Contested,2022-03-01,0,50.52,30.25,,
            Khersonka,Russia,May 2022,0,46.66,32.62,,
            """;

    @Test
    void badRowsAreReportedWithTheirLineNumbersWhileGoodRowsImport() {
        ImportReport report = control.importCsv(new StringReader(TABLE), "Wikipedia: Control of cities");

        assertThat(report.rowsRead()).isEqualTo(10);
        assertThat(report.imported()).isEqualTo(5);
        assertThat(report.matchedByName()).isEqualTo(4);
        assertThat(report.matchedByPosition()).isEqualTo(1);
        assertThat(report.rejected()).extracting(RejectedRow::line, RejectedRow::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(5, "Mariupol"),
                        org.assertj.core.groups.Tuple.tuple(6, "Bucha"),
                        org.assertj.core.groups.Tuple.tuple(7, "Warsaw"),
                        org.assertj.core.groups.Tuple.tuple(8, "Nowhere"),
                        org.assertj.core.groups.Tuple.tuple(9, ""));
        assertThat(report.rejected()).extracting(RejectedRow::reason).satisfiesExactly(
                r -> assertThat(r).startsWith("unknown side 'Atlantis'"),
                r -> assertThat(r).startsWith("unparseable date 'sometime soon'"),
                r -> assertThat(r).startsWith("coordinates outside Ukraine"),
                r -> assertThat(r).startsWith("unresolvable name 'Nowhere'"),
                r -> assertThat(r).isEqualTo("missing name"));
        assertThat(claims.controlClaims()).hasSize(5);
        assertThat(claims.version()).isEqualTo(1);
    }

    @Test
    void eachRowBecomesAnAttributedControlClaimOnTheRightPlace() {
        control.importCsv(new StringReader(TABLE), "Wikipedia: Control of cities");

        Claim kherson = claims.controlClaims().get(0);
        assertThat(kherson.type()).isEqualTo(ClaimType.CAPTURED);
        assertThat(kherson.actor()).isEqualTo("RU");
        assertThat(kherson.date()).isEqualTo(LocalDate.of(2022, 3, 2));
        assertThat(kherson.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(kherson.claimant()).isEqualTo("Wikipedia: Control of cities");
        assertThat(kherson.source()).isEqualTo("https://example.org/kherson");
        assertThat(kherson.place().place().id()).isEqualTo(706448); // not the homonym at 48.9 N
        assertThat(kherson.quote()).contains("held by Russia as of 2 March 2022");

        Claim kiev = claims.controlClaims().get(2);
        assertThat(kiev.place().place().id()).isEqualTo(703448);
        assertThat(kiev.actor()).isEqualTo("UA");

        Claim irpin = claims.controlClaims().get(3);
        assertThat(irpin.type()).isEqualTo(ClaimType.FIGHTING);
        assertThat(irpin.actor()).isNull();

        Claim khersonka = claims.controlClaims().get(4);
        assertThat(khersonka.place().place().id()).isEqualTo(706448);
        assertThat(khersonka.datePrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(khersonka.date()).isEqualTo(LocalDate.of(2022, 5, 1));
        assertThat(khersonka.place().reason()).contains("no name match");
    }

    @Test
    void importingTheSameTableTwiceGivesTheSameClaimIds() {
        List<String> first = control.parseCsv(new StringReader(TABLE), "src", null).claims().stream()
                .map(Claim::id).toList();
        List<String> second = control.parseCsv(new StringReader(TABLE), "src", null).claims().stream()
                .map(Claim::id).toList();

        assertThat(first).hasSize(5).doesNotHaveDuplicates().isEqualTo(second);
    }

    @Test
    void rowsWithoutAsOfTakeTheDefaultDateOrAreRejected() {
        String csv = "name,lat,lon,held_by,as_of\nKyiv,50.45,30.52,Ukraine,\n";

        assertThat(control.parseCsv(new StringReader(csv), null, null).report().rejected())
                .extracting(RejectedRow::reason).singleElement().asString().startsWith("missing as_of");
        ControlCsvImport.Result r = control.parseCsv(new StringReader(csv), null, LocalDate.of(2022, 3, 15));
        assertThat(r.claims()).singleElement().extracting(Claim::date).isEqualTo(LocalDate.of(2022, 3, 15));
        assertThat(r.report().source()).isEqualTo(ControlCsvImport.DEFAULT_SOURCE);
    }

    @Test
    void sideNamesComeFromConfiguration() {
        ControlSettings custom = new ControlSettings(14, 0, 0, 25, 3, Map.of("Kyiv government", Side.UA), null);
        ControlService other = new ControlService(() -> inputs, claims, claims, custom);
        String csv = "name,lat,lon,held_by,as_of\nKyiv,50.45,30.52,Kyiv government,2022-03-01\n"
                + "Kyiv,50.45,30.52,Ukraine,2022-03-02\n";

        ImportReport report = other.importCsv(new StringReader(csv), "x");

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.rejected()).singleElement().extracting(RejectedRow::line).isEqualTo(3);
    }

    @Test
    void aTableWithoutTheRequiredColumnsIsRefusedWhole() {
        assertThatThrownBy(() -> control.importCsv(new StringReader("name,lat,lon\nKyiv,50,30\n"), "x"))
                .isInstanceOf(ControlImportException.class)
                .hasMessageContaining("held_by, as_of");
        assertThat(claims.version()).isZero();
    }

    @Test
    void theWikipediaSnapshotImportsAlmostWhole() {
        ControlService real = new ControlService(SharedData::ukraine, claims, claims,
                ControlSettings.defaults(null));

        ImportReport report = real.importCsv(
                new java.io.StringReader(read("eval/control/wiki_city_control_2022-09-01.csv")),
                "Wikipedia: Control of cities during the Russo-Ukrainian War (2022-08-31)");

        assertThat(report.rowsRead()).isEqualTo(352);
        assertThat(report.imported() + report.rejected().size()).isEqualTo(352);
        assertThat(report.imported()).isGreaterThanOrEqualTo(335);
        assertThat(report.matchedByName()).isGreaterThanOrEqualTo(320);
        assertThat(report.rejected()).allSatisfy(r -> assertThat(r.line()).isBetween(2, 353));
    }

    static String read(String relative) {
        try {
            return java.nio.file.Files.readString(SharedData.data(relative));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
