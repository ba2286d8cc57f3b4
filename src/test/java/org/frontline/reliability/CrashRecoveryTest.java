package org.frontline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.frontline.store.FrontlineStore;
import org.frontline.store.PostgisServer;
import org.frontline.store.StoreBackend;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Durability, on H2GIS and on PostGIS: the real service in a child JVM takes a batch of real articles from several clients, is SIGKILLed
 * mid-batch, and is started again on the same data directory. Every article it acknowledged (201/200) must be
 * there whole: with exactly the mentions and claims the pipeline derives from it, no derived row without its
 * article, and the API must keep answering and storing.
 */
class CrashRecoveryTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void everyAcknowledgedArticleSurvivesASigkillMidBatchWhole(StoreBackend backend) throws Exception {
        Path data = dir.resolve("data");
        Path log = dir.resolve("service.log");
        String postgis = backend == StoreBackend.POSTGIS ? PostgisServer.createDatabase("crash") : null;
        String[] store = postgis == null ? new String[0] : new String[]{"--spring.datasource.url=" + postgis,
                "--spring.datasource.username=postgres", "--spring.datasource.password="};
        String jdbcUrl = postgis != null ? postgis : "jdbc:h2:file:" + data.resolve("frontline");
        String user = postgis != null ? "postgres" : "sa";
        List<WarlineItems> items = WarlineItems.load().subList(0, 400);
        Map<String, WarlineItems> byId = new HashMap<>();
        for (WarlineItems it : items) byId.put(expectedId(it), it);

        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger failedSends = new AtomicInteger();
        int killAfter = 60;
        try (ChildService first = ChildService.start(data, log, store)) {
            AtomicInteger next = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            for (int c = 0; c < 4; c++) {
                clients.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < items.size(); ) {
                        WarlineItems it = items.get(i);
                        try {
                            HttpResponse<String> r = first.http.postJson("/api/articles", Http.article(it.text(), it.date(), it.headline()));
                            if (r.statusCode() == 201 || r.statusCode() == 200) {
                                acknowledged.put(Http.JSON.readTree(r.body()).path("id").asString(), r.statusCode());
                            } else {
                                throw new AssertionError("POST answered " + r.statusCode() + ": " + r.body());
                            }
                        } catch (IOException serverGone) {
                            failedSends.incrementAndGet();
                        } catch (InterruptedException e) {
                            return null;
                        }
                    }
                    return null;
                });
            }
            while (acknowledged.size() < killAfter && first.alive()) Thread.sleep(20);
            first.kill();
            clients.shutdown();
            assertThat(clients.awaitTermination(180, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged.size()).as("acknowledged before the kill").isGreaterThanOrEqualTo(killAfter);
        assertThat(acknowledged.size()).as("the kill came mid-batch").isLessThan(items.size());
        assertThat(failedSends.get()).as("requests refused once the service was dead").isPositive();
        assertThat(byId.keySet()).as("acknowledged ids are content ids").containsAll(acknowledged.keySet());

        try (ChildService second = ChildService.start(data, log, store)) {
            Http http = second.http;
            List<String> stored = new ArrayList<>();
            for (JsonNode a : http.getJson("/api/articles")) stored.add(a.path("id").asString());
            assertThat(stored).as("no article twice").doesNotHaveDuplicates();
            assertThat(stored).as("every acknowledged article is there").containsAll(acknowledged.keySet());

            int withClaims = 0;
            for (String id : stored) {
                WarlineItems it = byId.get(id);
                if (it == null) continue; // a seed
                JsonNode parsed = Http.JSON.readTree(http.postJson("/api/parse",
                        Http.article(it.text(), it.date(), it.headline())).body());
                int mentions = http.getJson("/api/mentions?article=" + id).path("features").size();
                int claims = http.getJson("/api/claims?article=" + id).path("features").size();
                assertThat(mentions).as("mentions of " + id).isEqualTo(parsed.path("mentions").path("features").size());
                assertThat(claims).as("claims of " + id).isEqualTo(parsed.path("claims").path("features").size());
                if (claims > 0) withClaims++;
            }
            assertThat(withClaims).as("the batch had articles with claims, so their absence would show").isPositive();
            System.out.printf("crash run (" + backend + "): %d acknowledged before SIGKILL, %d sends refused, %d articles stored after"
                    + " restart (%d with claims), all whole%n", acknowledged.size(), failedSends.get(), stored.size(), withClaims);

            assertThat(http.get("/api/claims?date=2022-02-25").statusCode()).isEqualTo(200);
            assertThat(http.get("/api/dates").statusCode()).isEqualTo(200);
            WarlineItems fresh = items.get(items.size() - 1);
            HttpResponse<String> again = http.postJson("/api/articles", Http.article("After the restart: " + fresh.text(), fresh.date(), "again"));
            assertThat(again.statusCode()).as("storing works after the restart").isEqualTo(201);
            second.stop();
        }

        try (Connection c = DriverManager.getConnection(jdbcUrl, user, "");
             Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT COUNT(*) FROM mention m WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.id = m.article_id)")).isZero();
            assertThat(count(s, "SELECT COUNT(*) FROM claim k WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.id = k.article_id)")).isZero();
            Set<String> ids = new HashSet<>();
            try (ResultSet rs = s.executeQuery("SELECT id FROM article")) {
                while (rs.next()) ids.add(rs.getString(1));
            }
            assertThat(ids).containsAll(acknowledged.keySet());
        }
    }

    private static String expectedId(WarlineItems it) {
        return "api-" + FrontlineStore.contentHash(LocalDate.parse(it.date()), it.text()).substring(0, 16);
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
