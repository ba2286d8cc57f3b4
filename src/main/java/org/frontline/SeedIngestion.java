package org.frontline;

import java.util.ArrayList;
import java.util.List;
import org.frontline.ingest.Article;
import org.frontline.ingest.Ingest;
import org.frontline.ingest.SeedScan;
import org.frontline.store.FrontlineStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Ingests the seeds folder at start-up. Each article is stored once: re-running finds it by id and content and
 * skips it. A file that is not a readable article is reported (file and reason) and skipped; the rest still load.
 *
 * <p>It runs once every bean exists and before the web server opens its port: as an application runner it ran
 * after, and for a second after the first start the service answered every date with an empty map.
 */
public class SeedIngestion implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(SeedIngestion.class);
    private final FrontlineProperties props;
    private final Ingest ingest;
    private final ArticlePipeline pipeline;
    private final FrontlineStore store;
    private volatile List<String> problems = List.of();
    private volatile int stored;
    private volatile int skipped;

    public SeedIngestion(FrontlineProperties props, Ingest ingest, ArticlePipeline pipeline, FrontlineStore store) {
        this.props = props;
        this.ingest = ingest;
        this.pipeline = pipeline;
        this.store = store;
    }

    @Override
    public void afterSingletonsInstantiated() {
        run();
    }

    /** Reads the seeds folder and stores what is new. */
    public void run() {
        SeedScan scan = ingest.readSeeds(props.seedsPath());
        List<String> found = new ArrayList<>(scan.problems());
        int newOnes = 0;
        int known = 0;
        for (Article article : scan.articles()) {
            if (store.containsSame(article)) {
                known++;
                continue;
            }
            try {
                if (store.save(pipeline.process(article), "seed").created()) newOnes++;
                else known++;
            } catch (RuntimeException e) {
                found.add(props.seedsPath().resolve(article.id() + ".txt") + ": could not be processed: " + e.getMessage());
                log.error("seed {} could not be processed", article.id(), e);
            }
        }
        for (String p : found) log.warn("skipped seed: {}", p);
        log.info("seeds: {} stored, {} already present, {} skipped ({})", newOnes, known, found.size(), props.seedsPath());
        this.problems = List.copyOf(found);
        this.stored = newOnes;
        this.skipped = found.size();
    }

    public List<String> problems() {
        return problems;
    }

    public int stored() {
        return stored;
    }

    public int skipped() {
        return skipped;
    }
}
