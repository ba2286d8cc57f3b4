package org.frontline.resolve;

import java.util.Map;

/**
 * Country and US state abbreviations world news writes as toponyms: "the U.S.", "US troops", "the UK", "UAE",
 * "Lake Charles, La.", and "EU" for Europe. Gazetteers do
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
            Map.entry("DPRK", "North Korea"), Map.entry("EU", "Europe"));
    /** US states in the Associated Press style. */
    private static final Map<String, String> US_STATES = Map.ofEntries(
            // US states in the Associated Press style that local news uses in datelines ("Lake Charles, La.")
            Map.entry("Ala.", "Alabama"), Map.entry("Ariz.", "Arizona"), Map.entry("Ark.", "Arkansas"),
            Map.entry("Calif.", "California"), Map.entry("Colo.", "Colorado"), Map.entry("Conn.", "Connecticut"),
            Map.entry("Del.", "Delaware"), Map.entry("Fla.", "Florida"), Map.entry("Ga.", "Georgia"),
            Map.entry("Ill.", "Illinois"), Map.entry("Ind.", "Indiana"), Map.entry("Kan.", "Kansas"),
            Map.entry("Kans.", "Kansas"), Map.entry("Ky.", "Kentucky"), Map.entry("La.", "Louisiana"),
            Map.entry("Md.", "Maryland"), Map.entry("Mass.", "Massachusetts"), Map.entry("Mich.", "Michigan"),
            Map.entry("Minn.", "Minnesota"), Map.entry("Miss.", "Mississippi"), Map.entry("Mo.", "Missouri"),
            Map.entry("Mont.", "Montana"), Map.entry("Neb.", "Nebraska"), Map.entry("Nev.", "Nevada"),
            Map.entry("N.H.", "New Hampshire"), Map.entry("N.J.", "New Jersey"), Map.entry("N.M.", "New Mexico"),
            Map.entry("N.Y.", "New York"), Map.entry("N.C.", "North Carolina"), Map.entry("N.D.", "North Dakota"),
            Map.entry("Okla.", "Oklahoma"), Map.entry("Ore.", "Oregon"), Map.entry("Pa.", "Pennsylvania"),
            Map.entry("R.I.", "Rhode Island"), Map.entry("S.C.", "South Carolina"), Map.entry("S.D.", "South Dakota"),
            Map.entry("Tenn.", "Tennessee"), Map.entry("Tex.", "Texas"), Map.entry("Vt.", "Vermont"),
            Map.entry("Va.", "Virginia"), Map.entry("Wash.", "Washington"), Map.entry("W.Va.", "West Virginia"),
            Map.entry("Wis.", "Wisconsin"), Map.entry("Wyo.", "Wyoming"));
    /** The longest abbreviation, in characters. */
    static final int MAX_LENGTH = 6;

    private Abbreviations() {
    }

    /** The full name for an abbreviation exactly as written, or null. */
    static String expand(String written) {
        String country = COUNTRIES.get(written);
        return country != null ? country : US_STATES.get(written);
    }

    /** The country an abbreviation's expansion must lie in ("Ga." is the state of Georgia, not the country). */
    static String within(String written) {
        return US_STATES.containsKey(written) ? "US" : null;
    }

    /** The candidates of an abbreviation's expansion that lie where it says (all, for country abbreviations). */
    static java.util.List<org.frontline.gazetteer.Candidate> filter(String written,
                                                                   java.util.List<org.frontline.gazetteer.Candidate> found) {
        String country = within(written);
        return country == null ? found : found.stream().filter(c -> country.equals(c.place().countryCode())).toList();
    }

    /** The abbreviation written at {@code at} (dotted forms included, longest first), or null. */
    static String at(String text, int at, int limit) {
        for (int len = Math.min(MAX_LENGTH, limit - at); len >= 2; len--) {
            String s = text.substring(at, at + len);
            if (COUNTRIES.containsKey(s) || US_STATES.containsKey(s)) {
                int after = at + len;
                // a whole word: "USA" but not "USAID", "US" but not "USSR"
                if (after < limit && Character.isLetterOrDigit(text.charAt(after))) continue;
                return s;
            }
        }
        return null;
    }
}
