package org.frontline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import org.frontline.store.FrontlineStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service on a real Tomcat socket: what Tomcat itself refuses (path traversal, over-long requests, bodies
 * past the size limit) is answered as problem+json; answers are gzip-compressed and carry data-version ETags that
 * If-None-Match turns into 304; concurrent writers and readers leave consistent results with no 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpReliabilityTest {
    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) throws Exception {
        String dir = Files.createTempDirectory("frontline-http-reliability").toString();
        r.add("frontline.data-dir", () -> dir);
    }

    @LocalServerPort
    int port;
    @Autowired
    FrontlineStore store;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/..%2f..%2fetc/passwd", "/api/boundaries/..%2f..", "/api/boundaries/..%2f..%2f..%2fetc%2fpasswd",
            "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/web/..%5c..%5cetc/passwd", "/index.html/../../../etc/passwd",
            "/api/boundaries/%2e%2e", "/ogc/collections/..%2f..%2fetc/items", "/api/claims/..;/..;/etc/passwd"})
    void pathTraversalNeverLeavesTheServedFilesAndIsAnsweredAsAProblem(String path) throws Exception {
        Raw r = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", null);
        assertThat(r.status).as(path).isIn(400, 404);
        assertThat(r.header("content-type")).as(path).startsWith("application/problem+json");
        assertThat(r.body).doesNotContain("root:").doesNotContain("<html");
        assertThat(Http.JSON.readTree(r.body).path("status").asInt()).isEqualTo(r.status);
    }

    @Test
    void aQueryStringLargerThanTheHeaderLimitIsAProblemNotAPage() throws Exception {
        Raw r = raw("GET /api/claims?bbox=" + "1".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", null);
        assertThat(r.status).isEqualTo(400);
        assertThat(r.header("content-type")).startsWith("application/problem+json");
    }

    @Test
    void aFiftyMegabyteArticleIsRefusedWith413BeforeItsBodyIsSent() throws Exception {
        int before = store.count("article");
        Raw r = raw("POST /api/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 52428800\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n", null);
        assertThat(r.status).isEqualTo(413);
        assertThat(r.header("content-type")).startsWith("application/problem+json");
        assertThat(Http.JSON.readTree(r.body).path("limitBytes").asLong()).isEqualTo(8L * 1024 * 1024);
        assertThat(store.count("article")).isEqualTo(before);
    }

    @Test
    void aChunkedBodyPastTheLimitIsCutOffWith413() throws Exception {
        int before = store.count("article");
        long version = store.version();
        byte[] start = "{\"published\":\"2022-02-25\",\"text\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] chunk = "Kyiv ".repeat(200_000).getBytes(StandardCharsets.UTF_8);
        Raw r = raw("POST /api/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n", out -> {
            // the start of a JSON object, then 9 chunks of 1 MB of text: past the 8 MiB limit while still valid
            out.write((Integer.toHexString(start.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(start);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 9; i++) {
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        });
        assertThat(r.status).isEqualTo(413);
        assertThat(r.header("content-type")).startsWith("application/problem+json");
        assertThat(store.count("article")).isEqualTo(before);
        assertThat(store.version()).isEqualTo(version);
    }

    @Test
    void theBundledGazetteerIsLoadedOnARealServerToo() throws Exception {
        // ./gazetteer, not the test fixtures' classpath folder gazetteer/ (see org.frontline.PlainPaths)
        JsonNode health = Http.JSON.readTree(http.get("/actuator/health").body());
        assertThat(health.path("components").path("pipelineHealth").path("details").path("gazetteerPlaces").asInt())
                .isGreaterThan(40_000);
        assertThat(store.count("claim")).isPositive();
    }

    @Test
    void collectionsAreGzippedWhenTheClientAcceptsIt() throws Exception {
        HttpResponse<byte[]> zipped = http.getBytes("/api/claims", "Accept-Encoding", "gzip");
        HttpResponse<String> plain = http.get("/api/claims");
        assertThat(zipped.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        byte[] unzipped;
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
            unzipped = in.readAllBytes();
        }
        assertThat(zipped.body().length).as("compressed").isLessThan(unzipped.length / 3);
        assertThat(Http.JSON.readTree(unzipped)).isEqualTo(Http.JSON.readTree(plain.body()));
    }

    @Test
    void etagsFollowTheDataVersionAndIfNoneMatchAnswers304() throws Exception {
        String url = "/api/claims?date=2022-02-25";
        HttpResponse<String> first = http.get(url);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("W/\"v");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");

        HttpResponse<String> again = http.get(url, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(http.get(url, "If-None-Match", "W/\"v0-0\", " + etag).statusCode()).as("list").isEqualTo(304);
        assertThat(http.get(url, "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/claims?date=2022-02-26").headers().firstValue("ETag")).as("per URI").isNotEqualTo(first.headers().firstValue("ETag"));
        assertThat(http.get("/api/claims?date=nope").headers().firstValue("ETag")).as("errors carry none").isEmpty();

        HttpResponse<String> posted = http.postJson("/api/articles",
                Http.article("Ukrainian forces say they repelled an attack near Kupiansk on " + System.nanoTime() + ".", "2022-02-25", "etag"));
        assertThat(posted.statusCode()).isEqualTo(201);
        HttpResponse<String> after = http.get(url, "If-None-Match", etag);
        assertThat(after.statusCode()).as("a stored article changes the version").isEqualTo(200);
        assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
    }

    @Test
    void aRepeatedClaimsAnswerIsServedFromMemoryUntilAWriteChangesTheData() throws Exception {
        String url = "/api/claims?date=2022-02-25";
        String before = "before" + System.nanoTime(); // a write first: no earlier test's answer can be kept
        assertThat(http.postJson("/api/articles", Http.article("Ukrainian forces say they repelled an attack near Kupiansk, "
                + before + " reported.", "2022-02-25", before)).statusCode()).isEqualTo(201);
        HttpResponse<byte[]> first = http.getBytes(url, "Accept-Encoding", "gzip");
        assertThat(new String(gunzip(first.body()), StandardCharsets.UTF_8)).contains(before);
        HttpResponse<byte[]> second = http.getBytes(url, "Accept-Encoding", "gzip");
        assertThat(first.headers().firstValue("Content-Length")).as("the first is computed and streamed").isEmpty();
        assertThat(second.headers().firstValue("Content-Length")).as("the second comes from memory")
                .hasValue(String.valueOf(second.body().length));
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        HttpResponse<String> plain = http.get(url);
        assertThat(Http.JSON.readTree(plain.body())).as("a client without gzip gets the same answer unzipped")
                .isEqualTo(Http.JSON.readTree(gunzip(second.body())));

        String marker = "cache" + System.nanoTime();
        HttpResponse<String> posted = http.postJson("/api/articles",
                Http.article("Ukrainian forces say they repelled an attack near Kupiansk, " + marker + " reported.", "2022-02-25", marker));
        assertThat(posted.statusCode()).isEqualTo(201);
        HttpResponse<byte[]> after = http.getBytes(url, "Accept-Encoding", "gzip");
        assertThat(after.headers().firstValue("Content-Length")).as("a write makes the kept answer old").isEmpty();
        assertThat(new String(gunzip(after.body()), StandardCharsets.UTF_8)).contains(marker);
        assertThat(new String(gunzip(first.body()), StandardCharsets.UTF_8)).doesNotContain(marker);
    }

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    @Test
    void concurrentWritersAndReadersLeaveConsistentResults() throws Exception {
        List<WarlineItems> items = WarlineItems.load().subList(400, 440);
        int before = store.count("article");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> problems = new CopyOnWriteArrayList<>();
        Map<String, List<Integer>> statusesById = new ConcurrentHashMap<>();

        List<Future<?>> readers = new ArrayList<>();
        for (String path : List.of("/api/claims", "/api/articles", "/api/dates", "/api/places")) {
            readers.add(pool.submit(() -> {
                int n = 0;
                while (writing.get() || n == 0) {
                    HttpResponse<String> r = http.get(path);
                    if (r.statusCode() != 200) problems.add("GET " + path + " -> " + r.statusCode() + " " + r.body());
                    else Http.JSON.readTree(r.body());
                    n++;
                }
                return null;
            }));
        }
        // every article sent three times, by different clients, interleaved
        List<Integer> order = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) for (int i = 0; i < items.size(); i++) order.add(i);
        Collections.shuffle(order, new java.util.Random(7));
        List<Future<?>> writers = new ArrayList<>();
        for (int i : order) {
            WarlineItems it = items.get(i);
            writers.add(pool.submit(() -> {
                HttpResponse<String> r = http.postJson("/api/articles", Http.article(it.text(), it.date(), it.headline()));
                if (r.statusCode() != 201 && r.statusCode() != 200) problems.add("POST -> " + r.statusCode() + " " + r.body());
                else statusesById.computeIfAbsent(Http.JSON.readTree(r.body()).path("id").asString(),
                        k -> new CopyOnWriteArrayList<>()).add(r.statusCode());
                return null;
            }));
        }
        for (Future<?> w : writers) w.get(300, TimeUnit.SECONDS);
        writing.set(false);
        for (Future<?> r : readers) r.get(120, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(problems).isEmpty();
        assertThat(statusesById).hasSize(items.size());
        statusesById.forEach((id, statuses) -> {
            assertThat(statuses).as(id).hasSize(3);
            assertThat(statuses.stream().filter(s -> s == 201)).as("created once: " + id).hasSize(1);
        });
        List<String> listed = new ArrayList<>();
        for (JsonNode a : http.getJson("/api/articles")) listed.add(a.path("id").asString());
        assertThat(listed).doesNotHaveDuplicates().containsAll(statusesById.keySet());
        assertThat(store.count("article")).isEqualTo(before + items.size());
        Map<String, Integer> claimsPerArticle = new HashMap<>();
        for (JsonNode f : http.getJson("/api/claims").path("features")) {
            claimsPerArticle.merge(f.path("properties").path("article").asString(), 1, Integer::sum);
        }
        for (WarlineItems it : items) {
            String id = FrontlineStoreIds.of(it);
            JsonNode parsed = Http.JSON.readTree(http.postJson("/api/parse", Http.article(it.text(), it.date(), it.headline())).body());
            assertThat(claimsPerArticle.getOrDefault(id, 0)).as("claims of " + id)
                    .isEqualTo(parsed.path("claims").path("features").size());
        }
    }

    /** One raw HTTP/1.1 exchange, so that the path and headers go out exactly as written. */
    private Raw raw(String head, BodyWriter body) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            if (body != null) {
                try {
                    body.write(out);
                    out.flush();
                } catch (IOException refusedMidway) {
                    // the server answered and closed before taking the whole body: read its answer below
                }
            }
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            try {
                s.getInputStream().transferTo(all);
            } catch (IOException reset) {
                // a reset after the answer was sent
            }
            // byte-for-char, so that chunk sizes count bytes; the body is decoded as UTF-8 afterwards
            return Raw.parse(all.toString(StandardCharsets.ISO_8859_1));
        }
    }

    interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    record Raw(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.getOrDefault(name, "");
        }

        /** The final answer (after any 100 Continue); a chunked body is de-chunked. */
        static Raw parse(String text) {
            String rest = text;
            while (rest.startsWith("HTTP/1.1 1")) rest = rest.substring(rest.indexOf("\r\n\r\n") + 4);
            int end = rest.indexOf("\r\n\r\n");
            if (end < 0) throw new AssertionError("no HTTP answer: " + text);
            String[] lines = rest.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(), lines[i].substring(colon + 1).trim());
            }
            String body = rest.substring(end + 4);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                StringBuilder b = new StringBuilder();
                String r = body;
                while (true) {
                    int nl = r.indexOf("\r\n");
                    int size = Integer.parseInt(r.substring(0, nl).trim(), 16);
                    if (size == 0) break;
                    b.append(r, nl + 2, nl + 2 + size);
                    r = r.substring(nl + 2 + size + 2);
                }
                body = b.toString();
            }
            return new Raw(status, headers, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
    }

    static final class FrontlineStoreIds {
        static String of(WarlineItems it) {
            return "api-" + FrontlineStore.contentHash(java.time.LocalDate.parse(it.date()), it.text()).substring(0, 16);
        }
    }
}
