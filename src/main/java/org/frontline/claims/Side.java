package org.frontline.claims;

/** The two belligerents as the wire knows them ("UA", "RU"); third parties only ever appear as claimant sides. */
final class Side {
    static final String UA = "UA";
    static final String RU = "RU";

    private Side() {
    }

    static String opposite(String side) {
        if (UA.equals(side)) return RU;
        if (RU.equals(side)) return UA;
        return null;
    }

    static boolean belligerent(String side) {
        return UA.equals(side) || RU.equals(side);
    }
}
