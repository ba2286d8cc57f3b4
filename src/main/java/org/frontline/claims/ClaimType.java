package org.frontline.claims;

import java.util.Locale;

/** The claim vocabulary of DESIGN.md; serialised in lower case. */
public enum ClaimType {
    CAPTURED, WITHDRAWN, ADVANCE, REPELLED, FIGHTING, STRIKE, EVACUATION, OTHER;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ClaimType fromWire(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
