package org.frontline.claims;

import java.time.LocalDate;
import java.util.List;
import org.frontline.ingest.Article;
import org.frontline.ingest.Ingest;
import org.frontline.ingest.PreparedArticle;

/** Runs the extractor over a short made-up text, with the test dictionary standing in for the resolver. */
final class Texts {
    static final LocalDate THURSDAY_8_SEPT = LocalDate.of(2022, 9, 8);
    static final LocalDate FRIDAY_25_FEB = LocalDate.of(2022, 2, 25);

    private Texts() {
    }

    static PreparedArticle prepare(String text, LocalDate published) {
        return new Ingest().prepare(new Article("t", "test", "Test Wire", "", published, text));
    }

    static List<Claim> claims(String text, LocalDate published) {
        PreparedArticle p = prepare(text, published);
        return new ClaimExtractor().extract(p, TestMentions.find(p));
    }

    static Claim only(String text, LocalDate published) {
        List<Claim> claims = claims(text, published);
        org.assertj.core.api.Assertions.assertThat(claims).as("claims of: %s", text).hasSize(1);
        return claims.get(0);
    }
}
