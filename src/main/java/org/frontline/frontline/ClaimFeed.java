package org.frontline.frontline;

import java.util.List;
import org.frontline.claims.Claim;

/**
 * Where the control model reads claims from (the store implements it). {@link #version()} must change whenever
 * the claims change: the per-date maps are cached and thrown away when it does.
 */
public interface ClaimFeed {

    /** Every claim that may bear on control (all types; the model picks what it uses). */
    List<Claim> controlClaims();

    long version();
}
