package org.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.frontline.claims.Claim;
import org.frontline.claims.ClaimType;
import org.frontline.claims.DatePrecision;
import org.frontline.frontline.ControlInputs;
import org.frontline.frontline.ControlService;
import org.frontline.frontline.ControlSettings;
import org.frontline.frontline.Settlement;
import org.frontline.resolve.Mention;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class ControlControllerTest {

    final List<Settlement> places = List.of(new Settlement(1, "West", 48.5, 31.2), new Settlement(2, "East", 48.5, 31.8));
    final ControlService.InMemoryClaims claims = new ControlService.InMemoryClaims();
    final ControlService control = new ControlService(() -> new ControlInputs(places, square(), null, null), claims,
            claims, new ControlSettings(14, 0, 0, 25, 3, null, null));
    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ControlController(control))
            .setControllerAdvice(new ProblemHandler()).build();

    static org.locationtech.jts.geom.Geometry square() {
        try {
            return new WKTReader().read("POLYGON ((31 48, 32 48, 32 49, 31 49, 31 48))");
        } catch (org.locationtech.jts.io.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    void captureEast(LocalDate date) {
        Settlement east = places.get(1);
        Mention m = new Mention("a", 0, 0, 4, "East", "East", ControlInputs.syntheticPlace(east), 1, "test");
        claims.store(List.of(new Claim("k1", "a", "src", date, date, DatePrecision.DAY, ClaimType.CAPTURED, "RU",
                "x", null, false, m, 0, 1, "q", List.of())));
    }

    @Test
    void controlAnswersGeoJsonPolygonsWithSideAreaAndClaims() throws Exception {
        captureEast(LocalDate.of(2022, 3, 1));

        mvc.perform(get("/api/control").param("date", "2022-03-02"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features.length()").value(2))
                .andExpect(jsonPath("$.features[?(@.properties.side == 'RU')].properties.claimIds[0]").value("k1"))
                .andExpect(jsonPath("$.features[0].geometry.type").value("Polygon"))
                .andExpect(jsonPath("$.features[0].properties.areaKm2").isNumber())
                .andExpect(jsonPath("$.crs").doesNotExist());
    }

    @Test
    void exteriorRingsAreCounterClockwise() throws Exception {
        String body = mvc.perform(get("/api/control").param("date", "2022-03-02")).andReturn().getResponse()
                .getContentAsString();
        String ring = body.substring(body.indexOf("[[[") + 2, body.indexOf("]]]") + 1);
        double[][] pts = java.util.Arrays.stream(ring.substring(1, ring.length() - 1).split("\\],\\["))
                .map(p -> java.util.Arrays.stream(p.replace("[", "").replace("]", "").split(","))
                        .mapToDouble(Double::parseDouble).toArray())
                .toArray(double[][]::new);
        double twiceArea = 0;
        for (int i = 1; i < pts.length; i++) {
            twiceArea += (pts[i - 1][0] * pts[i][1]) - (pts[i][0] * pts[i - 1][1]);
        }
        assertThat(twiceArea).isPositive();
    }

    @Test
    void frontlineAnswersLinesWithLengths() throws Exception {
        captureEast(LocalDate.of(2022, 3, 1));

        mvc.perform(get("/api/frontline").param("date", "2022-03-01"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andExpect(jsonPath("$.features[0].geometry.type").value("LineString"))
                .andExpect(jsonPath("$.features[0].properties.between").value("RU|UA"))
                .andExpect(jsonPath("$.features[0].properties.lengthKm").isNumber());
    }

    @Test
    void changesAnswersWhatFlippedBetweenTwoDates() throws Exception {
        captureEast(LocalDate.of(2022, 3, 1));

        mvc.perform(get("/api/changes").param("from", "2022-02-01").param("to", "2022-03-05"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features.length()").value(1))
                .andExpect(jsonPath("$.features[0].properties.from").value("UA"))
                .andExpect(jsonPath("$.features[0].properties.to").value("RU"))
                .andExpect(jsonPath("$.features[0].properties.areaKm2").isNumber());
    }

    @Test
    void badDatesAreRejectedNamingTheParameter() throws Exception {
        MvcResult r = mvc.perform(get("/api/control").param("date", "yesterday"))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(r.getResolvedException()).isInstanceOf(BadParameterException.class).hasMessageContaining("yesterday");
        assertThat(((BadParameterException) r.getResolvedException()).parameter()).isEqualTo("date");

        r = mvc.perform(get("/api/changes").param("from", "2022-03-05").param("to", "2022-13-01"))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(((BadParameterException) r.getResolvedException()).parameter()).isEqualTo("to");

        r = mvc.perform(get("/api/changes").param("from", "2022-03-05").param("to", "2022-03-01"))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(r.getResolvedException()).hasMessageContaining("must not be before");

        mvc.perform(get("/api/frontline")).andExpect(status().isBadRequest());
    }

    @Test
    void importTakesCsvAndReportsRejectedRows() throws Exception {
        String csv = "name,lat,lon,held_by,as_of\nEast,48.5,31.8,Russia,2022-03-01\nWest,48.5,31.2,Mars,2022-03-01\n";

        mvc.perform(post("/api/control/import").param("source", "Test table").contentType("text/csv").content(csv))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("Test table"))
                .andExpect(jsonPath("$.rowsRead").value(2))
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.rejected[0].line").value(3))
                .andExpect(jsonPath("$.rejected[0].reason").value(org.hamcrest.Matchers.startsWith("unknown side")));
        assertThat(control.settlement(2, LocalDate.of(2022, 3, 1)).orElseThrow().side().wire()).isEqualTo("RU");

        mvc.perform(post("/api/control/import").contentType("text/csv").content("name,lat\nx,1\n"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void settlementExplainsItsSide() throws Exception {
        captureEast(LocalDate.of(2022, 3, 1));

        mvc.perform(get("/api/control/settlements/2").param("date", "2022-03-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.side").value("RU"))
                .andExpect(jsonPath("$.basis").value("claim"))
                .andExpect(jsonPath("$.claimIds[0]").value("k1"));
        mvc.perform(get("/api/control/settlements/99").param("date", "2022-03-01"))
                .andExpect(status().isNotFound());
    }
}
