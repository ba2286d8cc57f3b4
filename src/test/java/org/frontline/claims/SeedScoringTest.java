package org.frontline.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the extractor against the hand annotation of the seeds (src/test/resources/claims/seed-claims.json) on
 * the tuple (place, type, actor, date) and prints precision and recall per article. The seeds were also the texts
 * the rules were written from, so these numbers are a regression floor, not an estimate of accuracy on new text.
 */
class SeedScoringTest {
    record Tuple(long placeId, String type, String actor, String date) {
    }

    @Test
    void scoresAtLeastNinetyPercentPrecisionAndRecallOnTheAnnotatedSeeds() throws Exception {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream("/claims/seed-claims.json")) {
            root = JsonMapper.builder().build().readTree(in);
        }
        int tp = 0;
        int predicted = 0;
        int gold = 0;
        for (JsonNode article : root.get("articles")) {
            String id = article.get("id").asString();
            Set<Tuple> expected = new HashSet<>();
            for (JsonNode c : article.get("claims")) {
                expected.add(new Tuple(c.get("placeId").asLong(), c.get("type").asString(),
                        c.get("actor").isNull() ? null : c.get("actor").asString(), c.get("date").asString()));
            }
            Set<Tuple> got = new HashSet<>();
            List<Claim> claims = Seeds.claims(id);
            for (Claim c : claims) {
                got.add(new Tuple(c.place().place().id(), c.type().wire(), c.actor(), c.date().toString()));
            }
            Set<Tuple> hit = new HashSet<>(got);
            hit.retainAll(expected);
            Set<Tuple> missed = new HashSet<>(expected);
            missed.removeAll(got);
            Set<Tuple> extra = new HashSet<>(got);
            extra.removeAll(expected);
            System.out.printf("seed %s: %d claims, %d distinct tuples, P=%.2f R=%.2f%n  missed %s%n  extra  %s%n", id,
                    claims.size(), got.size(), ratio(hit.size(), got.size()), ratio(hit.size(), expected.size()), missed, extra);
            tp += hit.size();
            predicted += got.size();
            gold += expected.size();
        }
        double p = ratio(tp, predicted);
        double r = ratio(tp, gold);
        System.out.printf("seeds overall: P=%.3f R=%.3f F1=%.3f (%d/%d predicted, %d/%d annotated)%n", p, r,
                2 * p * r / (p + r), tp, predicted, tp, gold);
        assertThat(p).as("precision").isGreaterThanOrEqualTo(0.9);
        assertThat(r).as("recall").isGreaterThanOrEqualTo(0.9);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
