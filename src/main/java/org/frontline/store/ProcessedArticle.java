package org.frontline.store;

import java.util.List;
import org.frontline.claims.Claim;
import org.frontline.ingest.Article;
import org.frontline.resolve.Mention;

/** An article with everything the pipeline derived from it, ready to be stored in one transaction. */
public record ProcessedArticle(Article article, List<Mention> mentions, List<Claim> claims) {
    public ProcessedArticle {
        mentions = List.copyOf(mentions);
        claims = List.copyOf(claims);
    }
}
