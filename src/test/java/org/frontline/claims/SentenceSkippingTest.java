package org.frontline.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.frontline.ingest.Article;
import org.frontline.ingest.Ingest;
import org.frontline.ingest.PreparedArticle;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The extractor reads only the sentences that can locate a claim (a place that can be a scene in the sentence or
 * before it in its entry, and then only with its own such place, words that refer back, or its paragraph's place).
 * That is a speed-up, not a rule: on the seeds and the Warline corpus it must give exactly the claims that reading
 * every sentence gives.
 */
class SentenceSkippingTest {
    private final EventDates dates = new EventDates(ClaimExtractor.DEFAULT_WAR_START);

    @Test
    void skippingSentencesThatCannotLocateAClaimChangesNoClaimOfTheSeeds() {
        for (String id : List.of(Seeds.CNN_000, Seeds.NEWS_001, Seeds.BLOG_002)) {
            PreparedArticle p = Seeds.prepared(id);
            var mentions = TestMentions.find(p);
            List<Claim> skipping = new ArticleReading(p, mentions, dates).claims();
            assertThat(skipping).as(id).isNotEmpty().isEqualTo(ArticleReading.everySentence(p, mentions, dates).claims());
        }
    }

    @Test
    void skippingSentencesThatCannotLocateAClaimChangesNoClaimOfTheWarlineCorpus() throws Exception {
        Path shared = Path.of(System.getProperty("frontline.shared", "../shared"));
        Path corpus = shared.resolve("data/corpus/warline_2022_all.jsonl");
        assertThat(corpus).as("evaluation corpus (set -Dfrontline.shared)").exists();
        GazetteerMentions resolver = new GazetteerMentions(shared.resolve("data/gazetteer/UA.txt.gz"), 1000);
        JsonMapper json = JsonMapper.builder().build();
        Ingest ingest = new Ingest();
        List<Claim> skipping = new ArrayList<>();
        List<Claim> every = new ArrayList<>();
        for (String line : Files.readAllLines(corpus)) {
            if (line.isBlank()) continue;
            JsonNode n = json.readTree(line);
            String text = n.path("text").asString("");
            if (text.isBlank()) continue;
            PreparedArticle p = ingest.prepare(new Article(n.path("doc_id").asString(), n.path("headline").asString(""), "", "",
                    LocalDate.parse(n.path("date").asString()), text));
            var mentions = resolver.find(p);
            skipping.addAll(new ArticleReading(p, mentions, dates).claims());
            every.addAll(ArticleReading.everySentence(p, mentions, dates).claims());
        }
        assertThat(skipping).hasSizeGreaterThan(100).isEqualTo(every);
    }
}
