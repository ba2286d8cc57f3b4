package org.frontline.resolve;

import java.util.List;
import org.frontline.gazetteer.GazetteerService;
import org.frontline.ingest.PreparedArticle;

/** Finds the toponyms of an article and picks a gazetteer place for each. (Contract stub.) */
public final class Resolver {
    private final GazetteerService gazetteer;

    public Resolver(GazetteerService gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Mention> resolve(PreparedArticle article) {
        return List.of();
    }
}
