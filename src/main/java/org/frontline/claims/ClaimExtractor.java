package org.frontline.claims;

import java.util.List;
import org.frontline.ingest.PreparedArticle;
import org.frontline.resolve.Mention;

/** Turns the sentences of a resolved article into dated, attributed claims. (Contract stub.) */
public final class ClaimExtractor {

    public List<Claim> extract(PreparedArticle article, List<Mention> mentions) {
        return List.of();
    }
}
