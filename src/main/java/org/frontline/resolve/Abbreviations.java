package org.frontline.resolve;

import java.util.Map;

/**
 * Country, US state and Canadian province abbreviations world news writes as toponyms: "the U.S.", "US troops",
 * "the UK", "UAE", "Lake Charles, La.", "Kelowna, B.C.", "Washington, D.C.", and "EU" for Europe. Gazetteers do
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
            Map.entry("W. Va.", "West Virginia"),
            Map.entry("Wis.", "Wisconsin"), Map.entry("Wyo.", "Wyoming"));
    /**
     * Canadian provinces in the Canadian Press style ("Kelowna, B.C.", "Sudbury, Ont.") and Washington's "D.C.";
     * Australia's "NSW". Only dotted forms for the two-letter ones: "BC" and "ON" are other words far more often.
     */
    private static final Map<String, String> PROVINCES = Map.ofEntries(
            Map.entry("B.C.", "British Columbia"), Map.entry("Alta.", "Alberta"), Map.entry("Sask.", "Saskatchewan"),
            Map.entry("Man.", "Manitoba"), Map.entry("Ont.", "Ontario"), Map.entry("Que.", "Quebec"),
            Map.entry("N.B.", "New Brunswick"), Map.entry("N.S.", "Nova Scotia"), Map.entry("P.E.I.", "Prince Edward Island"),
            Map.entry("Nfld.", "Newfoundland and Labrador"), Map.entry("N.L.", "Newfoundland and Labrador"),
            Map.entry("N.W.T.", "Northwest Territories"), Map.entry("D.C.", "District of Columbia"),
            Map.entry("NSW", "New South Wales"));
    /** The country each province abbreviation belongs to. */
    private static final Map<String, String> PROVINCE_COUNTRY = Map.of("D.C.", "US", "NSW", "AU");
    /** The longest abbreviation, in characters. */
    static final int MAX_LENGTH = 6;

    private Abbreviations() {
    }

    /** The full name for an abbreviation exactly as written, or null. */
    static String expand(String written) {
        String country = COUNTRIES.get(written);
        if (country != null) return country;
        String state = US_STATES.get(written);
        return state != null ? state : PROVINCES.get(written);
    }

    /** The country an abbreviation's expansion must lie in ("Ga." is the state of Georgia, not the country). */
    static String within(String written) {
        if (US_STATES.containsKey(written)) return "US";
        return PROVINCES.containsKey(written) ? PROVINCE_COUNTRY.getOrDefault(written, "CA") : null;
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
            if (COUNTRIES.containsKey(s) || US_STATES.containsKey(s) || PROVINCES.containsKey(s)) {
                int after = at + len;
                // a whole word: "USA" but not "USAID", "US" but not "USSR"
                if (after < limit && Character.isLetterOrDigit(text.charAt(after))) continue;
                // "500 B.C." is a date, "Part 1, Man." no province
                if (afterNumber(text, at)) return null;
                // "Man.", "Que.", "Ont." are words too ("Iron Man."): only after a town and a comma ("Brandon, Man.")
                if (PROVINCES.containsKey(s) && Character.isLowerCase(s.charAt(1)) && !afterComma(text, at)) return null;
                return s;
            }
        }
        return null;
    }

    private static boolean afterNumber(String text, int at) {
        int k = at - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == ',')) k--;
        return k >= 0 && Character.isDigit(text.charAt(k));
    }

    private static boolean afterComma(String text, int at) {
        int k = at - 1;
        while (k >= 0 && text.charAt(k) == ' ') k--;
        return k >= 0 && text.charAt(k) == ',';
    }
}
