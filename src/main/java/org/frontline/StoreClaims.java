package org.frontline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.frontline.claims.Claim;
import org.frontline.frontline.ClaimFeed;
import org.frontline.frontline.ClaimSink;
import org.frontline.store.ClaimQuery;
import org.frontline.store.FrontlineStore;
import org.frontline.store.StoredClaim;

/**
 * The control model's view of the store: every stored claim in, imported control claims out (stored under one
 * pseudo-article per import source, so they keep the same provenance as claims from articles).
 */
class StoreClaims implements ClaimFeed, ClaimSink {
    private final FrontlineStore store;

    StoreClaims(FrontlineStore store) {
        this.store = store;
    }

    @Override
    public List<Claim> controlClaims() {
        return store.claims(ClaimQuery.all()).stream().map(StoredClaim::claim).toList();
    }

    @Override
    public long version() {
        return store.version();
    }

    @Override
    public void store(List<Claim> claims) {
        Map<String, List<Claim>> bySource = new LinkedHashMap<>();
        for (Claim c : claims) bySource.computeIfAbsent(c.articleId(), k -> new ArrayList<>()).add(c);
        bySource.forEach((articleId, group) -> {
            LocalDate first = group.stream().map(Claim::date).min(LocalDate::compareTo).orElse(LocalDate.now());
            String title = group.get(0).claimant() == null ? articleId : group.get(0).claimant();
            store.saveImportedClaims(articleId.toLowerCase(Locale.ROOT), title, first, group);
        });
    }
}
