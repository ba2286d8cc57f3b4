package org.frontline.claims;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a definite description that points back to a place named earlier in the entry: "Russian troops captured
 * the site during the first day" (the Chernobyl plant of the previous sentence), "armoured columns heading towards
 * the city" (Kyiv of the entry), "all 13 border guards deployed on the island" (Zmiinyi). Pronouns such as "there"
 * are deliberately not followed: they reach too far back and too often into a quoted aside.
 */
final class Anaphora {
    enum Kind { CAPITAL, SETTLEMENT, ISLAND, ANY }

    record Found(Kind kind, int start, int end) {
    }

    private static final Pattern DEFINITE = Pattern.compile(
            "(?i)\\b(?:(?:the|this)\\s+(?:ukrainian\\s+|country[’']s\\s+|nation[’']s\\s+)?(capital|city|town|village|island|site|"
                    + "plant|airfield|airport|air base|base|port)\\b|ukraine[’']s\\s+(capital)\\b|(nearby)(?=\\s*(?:[.,;:!?”\"]|$)))");

    /** The nouns of {@link #DEFINITE}, lower case: a sentence without any of them refers back to no place. */
    private static final List<String> NOUNS = List.of("capital", "city", "town", "village", "island", "site", "plant",
            "airfield", "airport", "base", "port", "nearby");

    private Anaphora() {
    }

    /** False when {@link #find} cannot find anything in any clause of the sentence; a cheap test to run first. */
    static boolean mayFind(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (String noun : NOUNS) if (lower.contains(noun)) return true;
        return false;
    }

    static Found find(String sentence, Span clause) {
        Matcher m = DEFINITE.matcher(sentence);
        m.region(clause.start(), clause.end());
        while (m.find()) {
            String noun = (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(java.util.Locale.ROOT);
            // "the city of Konotop" names the place itself; the mention is already there
            if (Regex.matches(sentence.substring(m.end()), "(?s)^\\s+of\\s+[A-Z].*")) continue;
            Kind kind = switch (noun) {
                case "capital" -> Kind.CAPITAL;
                case "city", "town", "village" -> Kind.SETTLEMENT;
                case "island" -> Kind.ISLAND;
                default -> Kind.ANY;
            };
            return new Found(kind, m.start(), m.end());
        }
        return null;
    }
}
