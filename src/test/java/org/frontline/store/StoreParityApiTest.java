package org.frontline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.frontline.FrontlineApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service twice, on the seeds: once on H2GIS, once on a real PostGIS database. Every API answer that
 * comes from the store (articles, mentions of each article, places, claims under each filter, dates, the CSV
 * download) must be the same on both.
 */
class StoreParityApiTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path dir;

    @Test
    void theApiAnswersTheSameOnH2gisAndOnPostgis() throws Exception {
        String postgis = PostgisServer.createDatabase("parity");
        try (ConfigurableApplicationContext h2 = start("jdbc:h2:file:" + dir.resolve("h2").resolve("frontline")
                + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000", "sa");
             ConfigurableApplicationContext pg = start(postgis, "postgres")) {
            String a = base(h2);
            String b = base(pg);
            assertThat(pg.getEnvironment().getProperty("spring.datasource.url")).startsWith("jdbc:postgresql:");

            List<String> paths = new ArrayList<>(List.of("/api/articles", "/api/dates", "/api/places", "/api/claims",
                    "/api/claims?date=2022-02-25", "/api/claims?from=2022-09-01&to=2022-09-30",
                    "/api/claims?bbox=29.5,50,31.5,51", "/api/claims?bbox=35,48.5,38.5,50.5&type=captured",
                    "/api/claims?actor=RU", "/api/claims?type=strike"));
            JsonNode articles = json(a + "/api/articles");
            assertThat(articles.size()).isEqualTo(3);
            for (JsonNode article : articles) paths.add("/api/mentions?article=" + article.path("id").asString());

            for (String path : paths) {
                assertThat(json(b + path)).as(path).isEqualTo(json(a + path));
            }
            assertThat(text(b + "/api/claims?f=csv")).isEqualTo(text(a + "/api/claims?f=csv"));
            assertThat(json(a + "/api/claims").path("features").size()).as("enough claims for the comparison to mean something")
                    .isGreaterThan(10);
            assertThat(json(a + "/api/claims?bbox=29.5,50,31.5,51").path("features").size()).as("the bbox filter selects some").isPositive();
        }
    }

    private ConfigurableApplicationContext start(String url, String user) {
        Path project = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        return new SpringApplicationBuilder(FrontlineApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + user, "--spring.datasource.password=",
                "--frontline.data-dir=" + dir.resolve(user), "--frontline.seeds-dir=" + project.resolve("seeds"),
                "--frontline.gazetteer-dir=" + project.resolve("gazetteer"));
    }

    private static String base(ConfigurableApplicationContext c) {
        return "http://127.0.0.1:" + c.getEnvironment().getProperty("local.server.port");
    }

    private JsonNode json(String url) throws Exception {
        return JSON.readTree(text(url));
    }

    private String text(String url) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url).isEqualTo(200);
        return r.body();
    }
}
