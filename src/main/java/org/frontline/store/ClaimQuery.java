package org.frontline.store;

import java.time.LocalDate;
import org.frontline.claims.ClaimType;

/**
 * Filters for claims; every field may be null (no filter). {@code bbox} is minLon, minLat, maxLon, maxLat.
 */
public record ClaimQuery(LocalDate from, LocalDate to, double[] bbox, ClaimType type, String actor, String articleId) {
    public static ClaimQuery all() {
        return new ClaimQuery(null, null, null, null, null, null);
    }
}
