package org.frontline.resolve;

import java.util.Map;

/**
 * Country abbreviations world news writes as toponyms: "the U.S.", "US troops", "the UK", "UAE". Gazetteers do
 * not index them (GeoNames leaves two-letter codes out of its names, and an all-capital two-letter word is far
 * more often an organisation), so the {@link ResolverProfile#WORLD} profile reads this short list and looks up the
 * full name. War news from Ukraine uses "US" and "UK" for governments, never for a place on the map: the
 * {@link ResolverProfile#UKRAINE} profile ignores the list.
 */
final class Abbreviations {
    private static final Map<String, String> COUNTRIES = Map.ofEntries(
            Map.entry("U.S.", "United States"), Map.entry("U.S.A.", "United States"), Map.entry("US", "United States"),
            Map.entry("USA", "United States"), Map.entry("U.K.", "United Kingdom"), Map.entry("UK", "United Kingdom"),
            Map.entry("UAE", "United Arab Emirates"), Map.entry("U.A.E.", "United Arab Emirates"),
            Map.entry("DRC", "DR Congo"), Map.entry("PRC", "China"), Map.entry("ROK", "South Korea"),
            Map.entry("DPRK", "North Korea"));
    /** The longest abbreviation, in characters. */
    static final int MAX_LENGTH = 6;

    private Abbreviations() {
    }

    /** The full name for an abbreviation exactly as written, or null. */
    static String expand(String written) {
        return COUNTRIES.get(written);
    }

    /** The abbreviation written at {@code at} (dotted forms included, longest first), or null. */
    static String at(String text, int at, int limit) {
        for (int len = Math.min(MAX_LENGTH, limit - at); len >= 2; len--) {
            String s = text.substring(at, at + len);
            if (COUNTRIES.containsKey(s)) {
                int after = at + len;
                // a whole word: "USA" but not "USAID", "US" but not "USSR"
                if (after < limit && Character.isLetterOrDigit(text.charAt(after))) continue;
                return s;
            }
        }
        return null;
    }
}
