package org.frontline;

import java.util.List;
import org.frontline.claims.Claim;
import org.frontline.claims.ClaimExtractor;
import org.frontline.ingest.Article;
import org.frontline.ingest.Ingest;
import org.frontline.ingest.PreparedArticle;
import org.frontline.resolve.Mention;
import org.frontline.resolve.Resolver;
import org.frontline.store.ProcessedArticle;

/** The text path in three lines: prepare, resolve, extract. Stores nothing. */
public class ArticlePipeline {
    private final Ingest ingest;
    private final Resolver resolver;
    private final ClaimExtractor extractor;

    public ArticlePipeline(Ingest ingest, Resolver resolver, ClaimExtractor extractor) {
        this.ingest = ingest;
        this.resolver = resolver;
        this.extractor = extractor;
    }

    public ProcessedArticle process(Article article) {
        PreparedArticle prepared = ingest.prepare(article);
        List<Mention> mentions = resolver.resolve(prepared);
        List<Claim> claims = extractor.extract(prepared, mentions);
        return new ProcessedArticle(article, mentions, claims);
    }
}
