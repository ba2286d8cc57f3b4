package org.frontline.resolve;

import java.util.regex.Pattern;
import org.frontline.gazetteer.Place;

/**
 * How likely a toponym stands for a government or a nation rather than a place: "Kyiv said", "Moscow has
 * proposed", "Kyiv's allies", "talks with Moscow". Only capitals, regional centres and countries are used so;
 * a village that "said" something is a typo or a quote. The score is a likelihood for the claim extractor to
 * weigh, not a decision: the mention keeps its place either way ("Kyiv said the Kyiv metro is closed" names the
 * city too).
 */
final class Metonymy {
    private static final Pattern SPEAKS_AFTER = Pattern.compile("(?i)^(?:\\s+(?:has|had|is|was|will|would|could|has\\s+also|also))?"
            + "\\s+(?:said|says|say|proposed|proposes|declared|declares|accused|accuses|announced|announces|rejected|rejects|"
            + "denied|denies|insisted|insists|warned|warns|demanded|demands|agreed|agrees|refused|refuses|claimed|claims|"
            + "responded|signed|called|urged|urges|wants|threatened|threatens|recognised|recognized|condemned|condemns|"
            + "blamed|blames|vowed|vows|hopes|believes|expects|asked|asks|imposed|sanctioned|expelled|summoned)\\b");
    private static final Pattern OWNS_AFTER = Pattern.compile("(?i)^['’]s\\s+(?:government|position|response|allies|partners|"
            + "proposal|officials|leadership|leaders|decision|request|demands|ambassador|envoy|foreign\\s+ministry|"
            + "defen[cs]e\\s+ministry|military|forces|troops|army|war|invasion|aggression|stance|policy)\\b");
    /** Opens with a lookahead on the initials of its words: most positions fail it without a word-boundary test. */
    private static final Pattern RELATION_BEFORE = Pattern.compile("(?i)(?=[trnadcbsp])(?:\\b(?:talks|relations|ties|negotiations|agreement|deal|"
            + "dialogue|contacts?)\\s+(?:with|between)\\s+(?:\\w+\\s+and\\s+)?$|\\bbetween\\s+\\w+\\s+and\\s+$|"
            + "\\b(?:sanctions|pressure)\\s+on\\s+$)");
    private static final int WINDOW = 60;

    private Metonymy() {
    }

    /** 0 for places that are not used so; else a likelihood from the words around the mention. */
    static double likelihood(String text, int start, int end, Place place) {
        if (place == null || !usedForGovernments(place)) return 0;
        String after = text.substring(end, Math.min(text.length(), end + WINDOW));
        if (SPEAKS_AFTER.matcher(after).find()) return 0.85;
        if (OWNS_AFTER.matcher(after).find()) return 0.7;
        String before = text.substring(Math.max(0, start - WINDOW), start);
        if (RELATION_BEFORE.matcher(before).find()) return 0.6;
        return 0;
    }

    private static boolean usedForGovernments(Place p) {
        String code = p.featureCode() == null ? "" : p.featureCode();
        return code.equals("PPLC") || code.equals("PPLA") || code.startsWith("PCL") || code.equals("PPLG");
    }
}
