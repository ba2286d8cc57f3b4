package org.frontline;

import org.frontline.gazetteer.GazetteerService;
import org.frontline.store.FrontlineStore;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Up when the store answers and a gazetteer is loaded; details carry any file:line problems found on the way. */
public class PipelineHealth implements HealthIndicator {
    private final GazetteerService gazetteer;
    private final FrontlineStore store;
    private final SeedIngestion seeds;

    public PipelineHealth(GazetteerService gazetteer, FrontlineStore store, SeedIngestion seeds) {
        this.gazetteer = gazetteer;
        this.store = store;
        this.seeds = seeds;
    }

    @Override
    public Health health() {
        int places = gazetteer.current().size();
        Health.Builder h = places > 0 ? Health.up() : Health.down();
        try {
            h.withDetail("articles", store.count("article")).withDetail("claims", store.count("claim"));
        } catch (RuntimeException e) {
            return Health.down(e).withDetail("store", "not answering").build();
        }
        return h.withDetail("gazetteerPlaces", places)
                .withDetail("gazetteerProblems", gazetteer.problems())
                .withDetail("seedProblems", seeds.problems())
                .build();
    }
}
