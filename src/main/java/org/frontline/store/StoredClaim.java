package org.frontline.store;

import org.frontline.claims.Claim;

/** A stored claim with the metadata of its article, for provenance in the API and on the map. */
public record StoredClaim(Claim claim, String articleTitle, String articleUrl) {
}
