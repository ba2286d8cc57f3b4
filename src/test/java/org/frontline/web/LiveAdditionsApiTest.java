package org.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The user story of the additions file: save it while the service runs and stored articles are re-resolved, so
 * the API (and the map) change without a restart; save a broken file and the service keeps the previous
 * gazetteer and says what is wrong, with the line, in /actuator/health.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LiveAdditionsApiTest {
    static final Path GAZETTEER;
    static final Path DATA;

    static {
        try {
            GAZETTEER = Files.createTempDirectory("frontline-gazetteer");
            DATA = Files.createTempDirectory("frontline-live");
            copy(Path.of("gazetteer"), GAZETTEER);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("frontline.data-dir", DATA::toString);
        r.add("frontline.gazetteer-dir", GAZETTEER::toString);
    }

    @Autowired
    MockMvc mvc;

    JsonNode json(String url) throws Exception {
        return ApiTestSupport.parse(mvc.perform(get(url)).andReturn().getResponse().getContentAsString());
    }

    static void eventually(Callable<Boolean> condition) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.call()) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("condition not met within 30 s");
            Thread.sleep(200);
        }
    }

    @Test
    void aPlaceAddedToTheAdditionsFileAppearsInStoredArticlesWithoutARestart() throws Exception {
        String text = "Russian forces shelled Pidlisne-Testove overnight, the regional governor said.";
        String id = ApiTestSupport.parse(mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"" + text + "\",\"published\":\"2022-05-02\",\"source\":\"test\"}"))
                .andReturn().getResponse().getContentAsString()).path("id").asString();
        assertThat(json("/api/mentions?article=" + id).path("features").toString()).doesNotContain("Pidlisne");

        Path additions = GAZETTEER.resolve("additions.yaml");
        String original = Files.readString(additions);
        Files.writeString(additions, original.replace("add:\n", "add:\n"
                + "  - id: 990000001\n"
                + "    name: Pidlisne-Testove\n"
                + "    lat: 49.9\n"
                + "    lon: 36.5\n"
                + "    admin1: \"07\"\n"
                + "    source: a test village\n\n"));

        eventually(() -> json("/api/mentions?article=" + id).path("features").toString().contains("990000001"));
        eventually(() -> json("/api/claims?date=2022-05-02").path("features").toString().contains("Pidlisne-Testove"));

        // a broken edit: rejected whole with its line; the village stays known
        Files.writeString(additions, Files.readString(additions).replace("    lat: 49.9\n", "    lat: 149.9\n"));
        eventually(() -> json("/actuator/health").toString().contains("additions.yaml:"));
        assertThat(json("/actuator/health").toString()).contains("lat");
        assertThat(json("/api/gazetteer?q=Pidlisne-Testove").path("features").get(0).path("properties").path("placeId").asLong())
                .isEqualTo(990000001L);
    }
}
