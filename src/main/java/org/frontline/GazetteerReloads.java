package org.frontline;

import org.frontline.gazetteer.GazetteerService;
import org.frontline.ingest.Article;
import org.frontline.store.FrontlineStore;
import org.frontline.store.ProcessedArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the gazetteer changes (the user saved the additions file), every stored article is resolved again with the
 * new gazetteer and its mentions and claims replaced, article by article, so the map follows the user's fix.
 * Articles themselves are never touched: nothing a user added is lost by a reload.
 */
public class GazetteerReloads {
    private static final Logger log = LoggerFactory.getLogger(GazetteerReloads.class);
    private final ArticlePipeline pipeline;
    private final FrontlineStore store;

    public GazetteerReloads(GazetteerService gazetteer, ArticlePipeline pipeline, FrontlineStore store) {
        this.pipeline = pipeline;
        this.store = store;
        gazetteer.onReload(g -> reprocessAll());
    }

    public synchronized int reprocessAll() {
        int n = 0;
        for (Article a : store.fullArticles()) {
            try {
                ProcessedArticle p = pipeline.process(a);
                store.replaceDerived(a.id(), p.mentions(), p.claims());
                n++;
            } catch (RuntimeException e) {
                log.error("could not re-resolve article {} after a gazetteer reload; it keeps its previous places", a.id(), e);
            }
        }
        log.info("gazetteer reloaded: re-resolved {} stored articles", n);
        return n;
    }
}
