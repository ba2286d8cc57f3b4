package org.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
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
            "/api/claims?date=2022-02-25'%20OR%201=1--|date"})
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
            "[1,2]|body"})
    void rejectsUnusableArticlesNamingTheField(String body, String field) throws Exception {
        MvcResult r = mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        assertThat(r.getResponse().getStatus()).as(body).isEqualTo(400);
        assertThat(ApiTestSupport.parse(r.getResponse().getContentAsString()).path("parameter").asString()).isEqualTo(field);
    }
}
