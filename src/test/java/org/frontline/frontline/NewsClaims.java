package org.frontline.frontline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.frontline.ArticlePipeline;
import org.frontline.WarlineArticles;
import org.frontline.claims.Claim;
import org.frontline.claims.ClaimExtractor;
import org.frontline.gazetteer.GazetteerService;
import org.frontline.gazetteer.GazetteerSources;
import org.frontline.ingest.Article;
import org.frontline.ingest.Ingest;
import org.frontline.resolve.Resolver;

/**
 * The claims Frontline's own text path reads from the Warline news items (../shared/data/corpus, 859 dated items of
 * 2022): what the service would add to a control table if it had ingested those articles. For the evaluation's
 * "table + news" rows; the service's gazetteer (bundled files + UA.txt.gz), so place ids match the control model's.
 */
final class NewsClaims {
    private NewsClaims() {
    }

    /** Every claim of every Warline item, in the file's order. */
    static List<Claim> warline() {
        try (GazetteerService gazetteer = new GazetteerService(new GazetteerSources(Path.of("gazetteer"),
                List.of(SharedData.data("gazetteer/UA.txt.gz"))))) {
            ArticlePipeline pipeline = new ArticlePipeline(new Ingest(), new Resolver(gazetteer), new ClaimExtractor());
            List<Claim> out = new ArrayList<>();
            for (Article a : WarlineArticles.load()) out.addAll(pipeline.process(a).claims());
            return out;
        }
    }
}
