package org.frontline.claims;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.frontline.ingest.Article;
import org.frontline.ingest.Ingest;
import org.frontline.ingest.PreparedArticle;

/** The project's three seed articles, read and prepared by the real ingest stage. */
final class Seeds {
    static final String CNN_000 = "000_e52d61d55331b241";
    static final String NEWS_001 = "001_7e2c430e2b7ac0e9";
    static final String BLOG_002 = "002_1477d0d211997333";

    private static final Ingest INGEST = new Ingest();
    private static List<Article> articles;

    private Seeds() {
    }

    static synchronized PreparedArticle prepared(String id) {
        if (articles == null) {
            Path dir = Path.of("seeds");
            if (!Files.isDirectory(dir)) dir = Path.of("../shared/seeds");
            articles = INGEST.readSeeds(dir).articles();
        }
        Article a = articles.stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("seed " + id + " not found"));
        return INGEST.prepare(a);
    }

    static List<Claim> claims(String id) {
        PreparedArticle p = prepared(id);
        return new ClaimExtractor().extract(p, TestMentions.find(p));
    }
}
