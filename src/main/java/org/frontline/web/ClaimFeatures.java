package org.frontline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.frontline.claims.Claim;
import org.frontline.claims.ClaimExtractor;
import org.frontline.store.ClaimQuery;
import org.frontline.store.FrontlineStore;
import org.frontline.store.StoredClaim;

/**
 * The claims a query matches as features, in the store's order, read from the store's cursor rather than a list.
 * Conflicts within an article are linked when it is processed; claims about the same place and day from different
 * articles are linked here. Such links only ever join claims of one day, and the store answers in day order, so
 * one day's claims are held at a time (about 3,000 at 1M stored claims), not the whole answer.
 */
final class ClaimFeatures {
    private ClaimFeatures() {
    }

    static void stream(FrontlineStore store, ClaimQuery q, Consumer<PointFeature> out) {
        List<StoredClaim> day = new ArrayList<>();
        store.claims(q, c -> {
            if (!day.isEmpty() && !day.get(0).claim().date().equals(c.claim().date())) flush(day, out);
            day.add(c);
        });
        flush(day, out);
    }

    static List<PointFeature> list(FrontlineStore store, ClaimQuery q) {
        List<PointFeature> features = new ArrayList<>();
        stream(store, q, features::add);
        return features;
    }

    private static void flush(List<StoredClaim> day, Consumer<PointFeature> out) {
        if (day.isEmpty()) return;
        List<Claim> linked = ClaimExtractor.linkConflicts(day.stream().map(StoredClaim::claim).toList());
        for (int i = 0; i < day.size(); i++) {
            StoredClaim s = day.get(i);
            out.accept(Features.claim(new StoredClaim(linked.get(i), s.articleTitle(), s.articleUrl())));
        }
        day.clear();
    }
}
