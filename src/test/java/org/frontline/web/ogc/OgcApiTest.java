package org.frontline.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.frontline.web.export.SeedServer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** OGC API - Features over HTTP on the seeds, checked structurally: links, counts, paging, filters, errors. */
class OgcApiTest extends SeedServer {

    static String link(JsonNode doc, String rel) {
        for (JsonNode l : doc.path("links")) if (rel.equals(l.path("rel").asString())) return l.path("href").asString();
        return null;
    }

    /** The path and query of an absolute link, to fetch it again. */
    String relative(String href) {
        assertThat(href).startsWith(url(""));
        return href.substring(url("").length());
    }

    int claimsCount(String apiQuery) {
        return json("/api/claims" + apiQuery).path("features").size();
    }

    void assertProblem(String path, int status, String parameter) {
        HttpResponse<byte[]> r = get(path, null);
        assertThat(r.statusCode()).as(path).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("application/problem+json");
        if (parameter != null) assertThat(JSON.readTree(r.body()).path("parameter").asString()).as(path).isEqualTo(parameter);
    }

    @Test
    void landingPageLinksToItselfTheApiConformanceAndCollections() {
        JsonNode landing = json("/ogc");
        assertThat(landing.path("title").asString()).isNotBlank();
        assertThat(link(landing, "self")).isEqualTo(url("/ogc"));
        assertThat(link(landing, "service-desc")).isEqualTo(url("/ogc/api"));
        assertThat(link(landing, "conformance")).isEqualTo(url("/ogc/conformance"));
        assertThat(link(landing, "data")).isEqualTo(url("/ogc/collections"));
        assertThat(link(landing, "alternate")).endsWith("f=html");
    }

    @Test
    void browsersGetHtmlAndScriptsGetJson() {
        HttpResponse<byte[]> html = get("/ogc/collections", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(new String(html.body())).contains("<table>").contains("claims").contains("places");
        HttpResponse<byte[]> any = get("/ogc/collections", "*/*");
        assertThat(any.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        HttpResponse<byte[]> items = get("/ogc/collections/claims/items?f=html&limit=3", null);
        assertThat(new String(items.body())).contains("<th>placeName</th>").contains("3 of ");
    }

    @Test
    void conformanceDeclaresCoreGeoJsonHtmlAndOpenApi() {
        List<String> classes = new ArrayList<>();
        json("/ogc/conformance").path("conformsTo").forEach(c -> classes.add(c.asString()));
        assertThat(classes).contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30");
    }

    @Test
    void theApiDefinitionIsOpenApi30WithEachCollectionsItemsAndLimitMaximum() {
        HttpResponse<byte[]> r = get("/ogc/api", null);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.oai.openapi+json");
        JsonNode api = JSON.readTree(r.body());
        assertThat(api.path("openapi").asString()).startsWith("3.0");
        JsonNode items = api.path("paths").path("/collections/claims/items").path("get");
        assertThat(items.isObject()).isTrue();
        List<String> params = new ArrayList<>();
        JsonNode limit = null;
        for (JsonNode p : items.path("parameters")) {
            params.add(p.path("name").asString());
            if ("limit".equals(p.path("name").asString())) limit = p;
        }
        assertThat(params).contains("limit", "offset", "bbox", "datetime");
        assertThat(limit.path("schema").path("maximum").asInt()).isEqualTo(10_000);
        assertThat(api.path("paths").has("/collections/places/items/{featureId}")).isTrue();
    }

    @Test
    void collectionsListClaimsAndPlacesWithItemsLinksAndExtents() {
        JsonNode cs = json("/ogc/collections");
        List<String> ids = new ArrayList<>();
        cs.path("collections").forEach(c -> ids.add(c.path("id").asString()));
        assertThat(ids).containsExactly("claims", "places");
        JsonNode claims = json("/ogc/collections/claims");
        assertThat(claims.path("itemType").asString()).isEqualTo("feature");
        assertThat(link(claims, "items")).isEqualTo(url("/ogc/collections/claims/items"));
        JsonNode bbox = claims.path("extent").path("spatial").path("bbox").get(0);
        assertThat(bbox.size()).isEqualTo(4);
        assertThat(bbox.get(0).asDouble()).isBetween(22.0, 41.0); // Ukraine's longitudes
        JsonNode interval = claims.path("extent").path("temporal").path("interval").get(0);
        assertThat(interval.get(0).asString()).startsWith("2022-");
        assertThat(json("/ogc/collections/places").path("extent").has("temporal")).isFalse();
    }

    @Test
    void pagesCarryCountsTimeStampAndNextPrevSelfLinksThatCoverEveryFeatureOnce() {
        JsonNode first = json("/ogc/collections/claims/items?limit=5");
        int matched = first.path("numberMatched").asInt();
        assertThat(matched).isEqualTo(claimsCount("")).isGreaterThan(10);
        assertThat(first.path("numberReturned").asInt()).isEqualTo(5);
        assertThat(first.path("features").size()).isEqualTo(5);
        assertThat(first.path("timeStamp").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(link(first, "self")).contains("limit=5");
        assertThat(link(first, "prev")).isNull();

        Set<String> ids = new HashSet<>();
        JsonNode page = first;
        int pages = 0;
        while (true) {
            page.path("features").forEach(f -> assertThat(ids.add(f.path("id").asString())).as("duplicate " + f.path("id")).isTrue());
            pages++;
            String next = link(page, "next");
            if (next == null) break;
            page = json(relative(next));
            assertThat(link(page, "prev")).as("a later page links back").isNotNull();
        }
        assertThat(ids).hasSize(matched);
        assertThat(pages).isEqualTo((matched + 4) / 5);
    }

    @Test
    void datetimeTakesInstantsIntervalsOpenEndsAndTimestampsAsDays() {
        assertThat(count("datetime=2022-02-25")).isEqualTo(claimsCount("?date=2022-02-25")).isPositive();
        assertThat(count("datetime=2022-02-24/2022-02-26")).isEqualTo(claimsCount("?from=2022-02-24&to=2022-02-26"));
        assertThat(count("datetime=../2022-03-01")).isEqualTo(claimsCount("?to=2022-03-01"));
        assertThat(count("datetime=2022-09-01/..")).isEqualTo(claimsCount("?from=2022-09-01")).isPositive();
        assertThat(count("datetime=2022-09-01/")).isEqualTo(claimsCount("?from=2022-09-01"));
        assertThat(count("datetime=2022-02-25T10:00:00Z")).isEqualTo(claimsCount("?date=2022-02-25"));
        // 23:30 at UTC-2 is 01:30 the next day in UTC
        assertThat(count("datetime=2022-02-24T23:30:00-02:00")).isEqualTo(claimsCount("?date=2022-02-25"));
        assertThat(count("datetime=2022-02-24T12:00:00Z/2022-02-26T00:00:00Z")).isEqualTo(claimsCount("?from=2022-02-24&to=2022-02-26"));
        assertThat(count("datetime=1999-01-01")).isZero();
    }

    @Test
    void bboxKeepsOnlyFeaturesInsideAndPlacesIgnoreDatetime() {
        String box = "35,49,38,51"; // Kharkiv oblast and around
        assertThat(count("bbox=" + box)).isEqualTo(claimsCount("?bbox=" + box)).isPositive().isLessThan(claimsCount(""));
        JsonNode items = json("/ogc/collections/claims/items?limit=1000&bbox=" + box);
        for (JsonNode f : items.path("features")) {
            double lon = f.path("geometry").path("coordinates").get(0).asDouble();
            double lat = f.path("geometry").path("coordinates").get(1).asDouble();
            assertThat(lon).isBetween(35.0, 38.0);
            assertThat(lat).isBetween(49.0, 51.0);
        }
        int places = json("/ogc/collections/places/items?limit=1000").path("numberMatched").asInt();
        assertThat(json("/ogc/collections/places/items?limit=1000&datetime=1999-01-01").path("numberMatched").asInt()).isEqualTo(places);
    }

    int count(String query) {
        return json("/ogc/collections/claims/items?limit=10000&" + query).path("numberMatched").asInt();
    }

    @Test
    void oneFeatureByIdWithLinksAndAbsentOnesAre404() {
        JsonNode page = json("/ogc/collections/claims/items?limit=1");
        String id = page.path("features").get(0).path("id").asString();
        JsonNode f = json("/ogc/collections/claims/items/" + id);
        assertThat(f.path("type").asString()).isEqualTo("Feature");
        assertThat(f.path("id").asString()).isEqualTo(id);
        assertThat(f.path("properties").path("placeName").asString()).isEqualTo(page.path("features").get(0).path("properties").path("placeName").asString());
        assertThat(link(f, "collection")).isEqualTo(url("/ogc/collections/claims"));
        long placeId = json("/ogc/collections/places/items?limit=1").path("features").get(0).path("id").asLong();
        assertThat(json("/ogc/collections/places/items/" + placeId).path("properties").path("placeId").asLong()).isEqualTo(placeId);
        assertProblem("/ogc/collections/claims/items/no-such-claim", 404, null);
        assertProblem("/ogc/collections/unicorns", 404, null);
        assertProblem("/ogc/collections/unicorns/items", 404, null);
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        assertProblem("/ogc/collections/claims/items?bbox=1,2,3", 400, "bbox");
        assertProblem("/ogc/collections/claims/items?bbox=a,b,c,d", 400, "bbox");
        assertProblem("/ogc/collections/claims/items?bbox=30,50,40,45", 400, "bbox");
        assertProblem("/ogc/collections/claims/items?datetime=yesterday", 400, "datetime");
        assertProblem("/ogc/collections/claims/items?datetime=2022-03-01/2022-02-01", 400, "datetime");
        assertProblem("/ogc/collections/claims/items?datetime=2022-02-30", 400, "datetime");
        assertProblem("/ogc/collections/claims/items?limit=0", 400, "limit");
        assertProblem("/ogc/collections/claims/items?limit=ten", 400, "limit");
        assertProblem("/ogc/collections/claims/items?offset=-1", 400, "offset");
        assertProblem("/ogc/collections/claims/items?colour=red", 400, "colour");
        assertProblem("/ogc/collections?f=xml", 400, "f");
    }

    @Test
    void limitsAboveTheMaximumAreServedAsTheMaximum() {
        JsonNode page = json("/ogc/collections/claims/items?limit=50000");
        assertThat(page.path("numberReturned").asInt()).isEqualTo(page.path("numberMatched").asInt());
        assertThat(link(page, "self")).contains("limit=10000");
    }
}
