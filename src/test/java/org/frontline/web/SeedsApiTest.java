package org.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.web.ApiTestSupport.parse;
import static org.frontline.web.ApiTestSupport.points;
import static org.frontline.web.ApiTestSupport.prop;
import static org.frontline.web.ApiTestSupport.where;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.frontline.SeedIngestion;
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

/**
 * The service on a fresh clone: bundled seeds and gazetteer, a new H2GIS file database. Checks real outcomes of
 * the seed articles through the HTTP contract.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SeedsApiTest {
    static final Path DATA;

    static {
        try {
            DATA = Files.createTempDirectory("frontline-api-test");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("frontline.data-dir", DATA::toString);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    SeedIngestion seeds;
    @Autowired
    FrontlineStore store;

    JsonNode getJson(String url) throws Exception {
        MvcResult r = mvc.perform(get(url)).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return parse(r.getResponse().getContentAsString());
    }

    @Test
    void listsTheThreeSeedArticles() throws Exception {
        JsonNode list = getJson("/api/articles");
        List<String> ids = new ArrayList<>();
        list.forEach(a -> ids.add(a.path("id").asString()));
        assertThat(ids).containsExactlyInAnyOrder("000_e52d61d55331b241", "001_7e2c430e2b7ac0e9", "002_1477d0d211997333");
        assertThat(list.get(0).path("published").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void hostomelIsCapturedByRussiaOnTheSecondDayAsRussiasDefenceMinistryClaims() throws Exception {
        MvcResult r = mvc.perform(get("/api/claims?date=2022-02-25")).andReturn();
        assertThat(r.getResponse().getContentType()).startsWith("application/geo+json");
        List<JsonNode> hostomel = where(points(parse(r.getResponse().getContentAsString())),
                f -> "Hostomel".equals(prop(f, "placeName")) && "captured".equals(prop(f, "type")));
        assertThat(hostomel).isNotEmpty();
        JsonNode c = hostomel.get(0);
        assertThat(prop(c, "actor")).isEqualTo("RU");
        assertThat(prop(c, "claimant")).containsIgnoringCase("defence ministry").startsWith("Russia");
        assertThat(prop(c, "date")).isEqualTo("2022-02-25");
        assertThat(prop(c, "quote")).contains("Hostomel airfield");
        assertThat(prop(c, "article")).isEqualTo("002_1477d0d211997333");
        int ms = c.path("properties").path("mentionStart").asInt();
        int me = c.path("properties").path("mentionEnd").asInt();
        assertThat(prop(c, "quote").substring(ms, me)).isEqualTo("Hostomel");
    }

    @Test
    void balakliiaIsCapturedByUkraineOnTheEighthOfSeptember() throws Exception {
        List<JsonNode> claims = points(getJson("/api/claims?date=2022-09-08&type=captured"));
        List<JsonNode> balakliia = where(claims, f -> "Balakliia".equals(prop(f, "placeName")));
        assertThat(balakliia).isNotEmpty();
        assertThat(balakliia).allSatisfy(f -> assertThat(prop(f, "actor")).isEqualTo("UA"));
    }

    @Test
    void noClaimIsDatedFromTheChromeLinkOf2024() throws Exception {
        JsonNode dates = getJson("/api/dates");
        List<String> all = new ArrayList<>();
        dates.forEach(d -> all.add(d.asString()));
        assertThat(all).isSorted().isNotEmpty().allSatisfy(d -> assertThat(d).startsWith("2022-"));
        assertThat(all.get(0)).isEqualTo("2022-02-24");
        assertThat(all.get(all.size() - 1)).isEqualTo("2022-09-09");
    }

    @Test
    void mentionsCarryOffsetsIntoTheArticleText() throws Exception {
        String text = Files.readString(Path.of("seeds/001_7e2c430e2b7ac0e9.txt"));
        List<JsonNode> mentions = points(getJson("/api/mentions?article=001_7e2c430e2b7ac0e9"));
        assertThat(mentions).isNotEmpty();
        for (JsonNode m : mentions) {
            int s = m.path("properties").path("start").asInt();
            int e = m.path("properties").path("end").asInt();
            assertThat(text.substring(s, e)).isEqualTo(prop(m, "text"));
        }
        assertThat(mentions).anySatisfy(m -> {
            assertThat(prop(m, "text")).isEqualTo("Vilkhuvatka");
            assertThat(prop(m, "placeId")).isEqualTo("698564");
        });
    }

    @Test
    void peoplesNamesAreNotPlaces() throws Exception {
        List<JsonNode> mentions = points(getJson("/api/mentions?article=002_1477d0d211997333"));
        assertThat(mentions).extracting(m -> prop(m, "text"))
                .doesNotContain("Austin", "Price", "Johnson", "Wallace", "Penn")
                .contains("Hostomel", "Konotop", "Kyiv", "Minsk");
    }

    @Test
    void placesListsMentionedPlacesWithCounts() throws Exception {
        List<JsonNode> places = points(getJson("/api/places"));
        JsonNode kyiv = where(places, p -> "703448".equals(prop(p, "placeId"))).get(0);
        assertThat(kyiv.path("properties").path("mentions").asInt()).isGreaterThan(10);
    }

    @Test
    void gazetteerAnswersOldSpellings() throws Exception {
        List<JsonNode> found = points(getJson("/api/gazetteer?q=Kharkov"));
        assertThat(prop(found.get(0), "placeId")).isEqualTo("706483");
    }

    @Test
    void gazetteerFiltersByOblastAndBbox() throws Exception {
        List<JsonNode> inKharkivOblast = points(getJson("/api/gazetteer?q=Kharkiv&admin1=07"));
        assertThat(inKharkivOblast).isNotEmpty().allSatisfy(f -> assertThat(prop(f, "admin1")).isEqualTo("07"));
        assertThat(prop(inKharkivOblast.get(0), "admin1Name")).isEqualTo("Kharkiv");
        List<JsonNode> nearKyiv = points(getJson("/api/gazetteer?q=Hostomel&bbox=29.5,50,31,51"));
        assertThat(nearKyiv).extracting(f -> prop(f, "placeId")).contains("708251");
        assertThat(points(getJson("/api/gazetteer?q=Hostomel&bbox=35,48,38,50"))).isEmpty();
    }

    @Test
    void regionPhrasesFindTheOblastAndItsPolygon() throws Exception {
        List<JsonNode> found = points(getJson("/api/gazetteer?q=Kharkiv region"));
        assertThat(prop(found.get(0), "placeId")).isEqualTo("706482");
        JsonNode oblast = getJson("/api/gazetteer/706482");
        assertThat(oblast.path("type").asString()).isEqualTo("Feature");
        assertThat(oblast.path("geometry").path("type").asString()).isIn("Polygon", "MultiPolygon");
        assertThat(prop(oblast, "featureCode")).isEqualTo("ADM1");
        JsonNode donbas = getJson("/api/gazetteer/" + points(getJson("/api/gazetteer?q=Donbas")).get(0).path("properties").path("placeId").asLong());
        assertThat(donbas.path("geometry").path("type").asString()).isIn("Polygon", "MultiPolygon");
        assertThat(mvc.perform(get("/api/gazetteer/abc")).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/api/gazetteer/1")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void controlAreasForTheSeedDatesAreGeoJsonPolygonsWithSides() throws Exception {
        JsonNode fc = getJson("/api/control?date=2022-02-25");
        assertThat(fc.path("type").asString()).isEqualTo("FeatureCollection");
        List<String> sides = new ArrayList<>();
        fc.path("features").forEach(f -> {
            assertThat(f.path("geometry").path("type").asString()).isIn("Polygon", "MultiPolygon");
            sides.add(prop(f, "side"));
        });
        assertThat(sides).contains("UA", "RU");
        JsonNode line = getJson("/api/frontline?date=2022-02-25");
        assertThat(line.path("features").size()).isGreaterThan(0);
    }

    @Test
    void reRunningSeedIngestionDuplicatesNothing() throws Exception {
        int articles = store.count("article");
        int claims = store.count("claim");
        seeds.run();
        assertThat(store.count("article")).isEqualTo(articles).isEqualTo(3);
        assertThat(store.count("claim")).isEqualTo(claims);
        assertThat(seeds.stored()).isZero();
    }

    @Test
    void parseReturnsMentionsAndClaimsAndStoresNothing() throws Exception {
        int before = store.count("article");
        MvcResult r = mvc.perform(post("/api/parse").contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"Russia's defence ministry said its forces captured Hostomel on Friday.\",\"published\":\"2022-02-25\"}"))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        JsonNode body = parse(r.getResponse().getContentAsString());
        assertThat(points(body.path("mentions"))).extracting(m -> prop(m, "placeName")).contains("Hostomel");
        assertThat(points(body.path("claims"))).anySatisfy(c -> assertThat(prop(c, "type")).isEqualTo("captured"));
        assertThat(store.count("article")).isEqualTo(before);
    }

    @Test
    void postingAnArticleStoresItOnceAndAnswers201ThenTheSameId() throws Exception {
        String body = "{\"text\":\"Ukrainian forces recaptured Kupiansk, the General Staff said.\",\"published\":\"2022-09-09\",\"source\":\"test\"}";
        MvcResult first = mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        MvcResult second = mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        assertThat(first.getResponse().getStatus()).isEqualTo(201);
        assertThat(second.getResponse().getStatus()).isEqualTo(200);
        String id = parse(first.getResponse().getContentAsString()).path("id").asString();
        assertThat(parse(second.getResponse().getContentAsString()).path("id").asString()).isEqualTo(id);
        assertThat(points(getJson("/api/mentions?article=" + id))).extracting(m -> prop(m, "placeName")).contains("Kupiansk");
    }

    @Test
    void healthIsUpWithTheGazetteerAndStoreLoaded() throws Exception {
        JsonNode h = getJson("/actuator/health");
        assertThat(h.path("status").asString()).isEqualTo("UP");
    }

    @Test
    void csvDownloadIsAnAttachmentWithADatedName() throws Exception {
        MvcResult r = mvc.perform(get("/api/claims?date=2022-09-08&f=csv")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getHeader("Content-Disposition")).contains("attachment").contains("frontline-claims-2022-09-08.csv");
        String[] lines = r.getResponse().getContentAsString().split("\r\n");
        assertThat(lines[0]).startsWith("id,date,").endsWith("lon,lat,wkt");
        assertThat(lines.length).isGreaterThan(1);
    }
}
