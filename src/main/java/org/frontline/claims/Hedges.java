package org.frontline.claims;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words by which the text itself doubts or merely relays a claim. "Russia claims", "reportedly", "Al Jazeera was
 * unable to verify", "appeared to". An attribution with "according to" to one belligerent is hedged as well: the
 * outlet reports, it does not assert. A plain "X said" is not hedged: that is how every report is worded, and
 * hedging everything would make the flag useless on the map.
 */
final class Hedges {
    private static final Pattern SENTENCE = Pattern.compile(
            "(?i)\\b(?:claim(?:s|ed|ing)?|reportedly|allegedly|purportedly|apparently|unconfirmed|unverified|"
                    + "appear(?:s|ed)? to|seem(?:s|ed)? to|said to have|is believed to|are believed to|"
                    + "(?:unable|not able|has not been able|have not been able) to (?:independently )?(?:verify|confirm)|"
                    + "(?:could not|cannot|can ?not|could ?n[’']t|can[’']t) (?:independently )?(?:verify|confirm)|"
                    + "(?:not|n[’']t) (?:been )?(?:independently )?(?:verified|confirmed))\\b");
    /** Doubt voiced once for a whole live-blog entry ("Al Jazeera was unable to verify either side's claims"). */
    private static final Pattern ENTRY = Pattern.compile(
            "(?i)\\b(?:(?:unable|not able|has not been able|have not been able) to (?:independently )?(?:verify|confirm)|"
                    + "(?:could not|cannot|can ?not|could ?n[’']t|can[’']t) (?:independently )?(?:verify|confirm)|"
                    + "(?:not|n[’']t) (?:been )?(?:independently )?(?:verified|confirmed)|"
                    + "did not provide evidence|without providing evidence)\\b");

    /**
     * Words without which the patterns cannot match, lower case: most sentences hold none, and a substring test is
     * far cheaper than trying the patterns' alternatives at every word.
     */
    private static final List<String> SENTENCE_STEMS = List.of("claim", "reportedly", "allegedly", "purportedly",
            "apparently", "appear", "seem", "said to have", "believed to", "verif", "confirm");
    private static final List<String> ENTRY_STEMS = List.of("verif", "confirm", "evidence");

    private Hedges() {
    }

    static boolean inSentence(String text) {
        return anyOf(text, SENTENCE_STEMS) && SENTENCE.matcher(text).find();
    }

    static boolean forEntry(String text) {
        return anyOf(text, ENTRY_STEMS) && ENTRY.matcher(text).find();
    }

    private static boolean anyOf(String text, List<String> stems) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String stem : stems) if (lower.contains(stem)) return true;
        return false;
    }
}
