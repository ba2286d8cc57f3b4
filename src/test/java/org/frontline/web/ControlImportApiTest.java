package org.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import org.frontline.store.FrontlineStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** A control table imported through the API lands in the store with its provenance and moves the map. */
@SpringBootTest
@AutoConfigureMockMvc
class ControlImportApiTest {
    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) throws Exception {
        String dir = Files.createTempDirectory("frontline-import").toString();
        r.add("frontline.data-dir", () -> dir);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    FrontlineStore store;

    static final String TABLE = "name,lat,lon,held_by,as_of,source_link\n"
            + "Kupiansk,49.7106,37.6156,Russia,27 February 2022,https://example.org/kupiansk\n"
            + "Nowhere-on-Earth,10.0,10.0,Russia,2022-02-27,\n"
            + "Chuhuiv,49.8353,36.6880,Narnia,2022-02-27,\n";

    JsonNode json(MvcResult r) throws Exception {
        return ApiTestSupport.parse(r.getResponse().getContentAsString());
    }

    @Test
    void importedRowsBecomeStoredClaimsThatDecideTheSettlement() throws Exception {
        String before = json(mvc.perform(get("/api/control/settlements/703656?date=2022-03-01")).andReturn()).path("side").asString();
        assertThat(before).isEqualTo("UA");

        MvcResult r = mvc.perform(post("/api/control/import").param("source", "Test table").contentType("text/csv").content(TABLE)).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        JsonNode report = json(r);
        assertThat(report.toString()).contains("Narnia").contains("Nowhere-on-Earth");

        JsonNode after = json(mvc.perform(get("/api/control/settlements/703656?date=2022-03-01")).andReturn());
        assertThat(after.path("side").asString()).isEqualTo("RU");
        JsonNode earlier = json(mvc.perform(get("/api/control/settlements/703656?date=2022-02-26")).andReturn());
        assertThat(earlier.path("side").asString()).isEqualTo("UA");

        JsonNode claims = json(mvc.perform(get("/api/claims?date=2022-02-27")).andReturn());
        assertThat(claims.path("features").toString()).contains("Kupiansk").contains("https://example.org/kupiansk");
        int stored = store.count("claim");

        mvc.perform(post("/api/control/import").param("source", "Test table").contentType("text/csv").content(TABLE)).andReturn();
        assertThat(store.count("claim")).as("re-importing the same table adds nothing").isEqualTo(stored);
    }

    @Test
    void aBadDateParameterNamesIt() throws Exception {
        MvcResult r = mvc.perform(get("/api/control?date=2022-02-30")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(json(r).path("parameter").asString()).isEqualTo("date");
    }

    @Test
    void anEmptyImportIs400() throws Exception {
        MvcResult r = mvc.perform(post("/api/control/import").contentType(MediaType.TEXT_PLAIN).content(" ")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
    }
}
