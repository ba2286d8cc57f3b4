package org.frontline.frontline;

import java.util.List;
import org.frontline.claims.Claim;

/** Where imported control claims go (the store implements it); storing must bump {@link ClaimFeed#version()}. */
public interface ClaimSink {
    void store(List<Claim> claims);
}
