package org.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.frontline.claims.Claim;
import org.frontline.claims.ClaimExtractor;
import org.frontline.claims.ClaimType;
import org.frontline.claims.DatePrecision;
import org.frontline.gazetteer.Place;
import org.frontline.ingest.Article;
import org.frontline.resolve.Mention;
import org.frontline.store.ClaimQuery;
import org.frontline.store.FrontlineStore;
import org.frontline.store.ProcessedArticle;
import org.frontline.store.StoredClaim;
import org.frontline.store.StoreBackend;
import org.frontline.web.export.GeoJsonExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The streamed claims answer ({@link ClaimFeatures} per day into {@link GeoJsonStream}) against the way it was
 * built before streaming: every claim of the answer in one list, conflicts linked over all of them, a JSON tree
 * from {@link GeoJsonExporter}. The bytes must be the same.
 */
class ClaimFeaturesTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    // many decimals, so the six-decimal rounding of coordinates is exercised
    static final Place A = new Place(1, "Hostomel", "Hostomel", 50.56931234567, 30.26501234567, "P", "PPL", "UA", "13", 1, List.of(), "t");
    static final Place B = new Place(2, "Balakliia", "Balakliia", 49.4627, 36.8586, "P", "PPL", "UA", "07", 1, List.of(), "t");

    @TempDir
    Path dir;

    @Test
    void theStreamedAnswerHasTheBytesOfTheTreeBuiltOne() throws Exception {
        FrontlineStore store = StoreBackend.open(StoreBackend.H2GIS.newDatabase(dir));
        LocalDate d1 = LocalDate.of(2022, 3, 1);
        LocalDate d2 = LocalDate.of(2022, 3, 2);
        // RU says captured, UA says repelled, in different articles: linked only when answered together
        store.save(article("ru", "Russia’s ministry says its forces captured Hostomel; «Ukrainian» units fled.", d1,
                new Object[]{A, ClaimType.CAPTURED, "RU", "RU", d1}, new Object[]{B, ClaimType.STRIKE, null, null, d2}), "api");
        store.save(article("ua", "Ukraine’s army says it repelled an assault on Hostomel.\n\"Quote\" \\ end", d1,
                new Object[]{A, ClaimType.REPELLED, "UA", "UA", d1}, new Object[]{B, ClaimType.CAPTURED, "UA", "UA", d2}), "api");
        store.save(article("ru2", "Moscow repeats that Balakliia fell.", d2,
                new Object[]{B, ClaimType.CAPTURED, "RU", "RU", d2}), "api");

        for (ClaimQuery q : List.of(ClaimQuery.all(), new ClaimQuery(d1, d1, null, null, null, null),
                new ClaimQuery(d1, d2, new double[]{30, 50, 31, 51}, null, null, null),
                new ClaimQuery(null, null, null, ClaimType.CAPTURED, null, null))) {
            assertThat(streamed(store, q)).as(q.toString()).isEqualTo(treeBuilt(store, q));
        }
        String all = streamed(store, ClaimQuery.all());
        assertThat(all).as("links across articles were made").contains("\"conflictsWith\":[\"ua-0\"]");
        assertThat(JSON.readTree(all).path("features").size()).isEqualTo(5);
        assertThat(streamed(store, new ClaimQuery(LocalDate.of(2023, 1, 1), null, null, null, null, null)))
                .isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[]}");
    }

    private static String streamed(FrontlineStore store, ClaimQuery q) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            GeoJsonStream s = new GeoJsonStream(g);
            ClaimFeatures.stream(store, q, s::feature);
            s.end();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The /api/claims code before streaming. */
    private static String treeBuilt(FrontlineStore store, ClaimQuery q) {
        List<StoredClaim> stored = store.claims(q);
        List<Claim> linked = ClaimExtractor.linkConflicts(stored.stream().map(StoredClaim::claim).toList());
        List<PointFeature> features = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            StoredClaim s = stored.get(i);
            features.add(Features.claim(new StoredClaim(linked.get(i), s.articleTitle(), s.articleUrl())));
        }
        return JSON.writeValueAsString(GeoJsonExporter.collection(FeatureWriter.set("claims", features)));
    }

    /** claims: {place, type, actor, claimant side, event date}; the first quoted whole, the others not. */
    private static ProcessedArticle article(String id, String text, LocalDate published, Object[]... claims) {
        Article a = new Article(id, "Title of " + id, "Source " + id, "https://example.org/" + id, published, text);
        List<Mention> mentions = new ArrayList<>();
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < claims.length; i++) {
            Place p = (Place) claims[i][0];
            Mention m = new Mention(id, 0, i, i + 5, p.name(), p.name(), p, 0.1 + 0.2 * (i + 1), "exact match");
            mentions.add(m);
            int quoteEnd = i == 0 ? text.length() : 3; // the second mention lies outside its quote: null offsets
            out.add(new Claim(id + "-" + i, id, a.source(), published, (LocalDate) claims[i][4], DatePrecision.DAY,
                    (ClaimType) claims[i][1], (String) claims[i][2], "a teller", (String) claims[i][3], i == 1, m,
                    0, quoteEnd, text.substring(0, quoteEnd), List.of()));
        }
        return new ProcessedArticle(a, mentions, out);
    }
}
