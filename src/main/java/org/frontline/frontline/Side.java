package org.frontline.frontline;

import java.util.Locale;

/** Who holds a settlement or an area on a date. Serialised as "UA", "RU" and "contested". */
public enum Side {
    UA, RU, CONTESTED;

    public String wire() {
        return this == CONTESTED ? "contested" : name();
    }

    /** The side opposite to a holder; a withdrawal by one side leaves the place to the other. */
    public Side opponent() {
        return switch (this) {
            case UA -> RU;
            case RU -> UA;
            case CONTESTED -> CONTESTED;
        };
    }

    /** "UA", "RU", "contested" (any case); null for anything else. */
    public static Side fromWire(String s) {
        if (s == null) {
            return null;
        }
        return switch (s.trim().toUpperCase(Locale.ROOT)) {
            case "UA" -> UA;
            case "RU" -> RU;
            case "CONTESTED" -> CONTESTED;
            default -> null;
        };
    }
}
