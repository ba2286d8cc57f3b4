package org.frontline.claims;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.frontline.resolve.Mention;

/**
 * Decides whether a resolved mention can be the scene of an event, before any event word is looked at.
 *
 * <p>Not a scene: places outside Ukraine (the map is of the front; "Gomel airfield in Belarus" is a staging area,
 * not a claim about territory), the whole country ("strikes across Ukraine" locates nothing), a capital used for
 * its government ("Kyiv proposed talks", "Kyiv's European allies"), a reporter's dateline ("reporting from
 * Kyiv"), and locators: the reference point of a relative phrase ("Hostomel airfield, seven kilometres northwest
 * of Kyiv"; "Balakliia, close to Kharkiv") - the event is at the first place, not at the reference.
 */
final class MentionFilter {
    private static final Pattern DIRECTION_OF = Pattern.compile(
            "(?i)\\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern|erly)?\\s+(?:of|from)\\s+"
                    + "(?:the\\s+)?(?:(?:port\\s+|regional\\s+|eastern\\s+|southern\\s+|northern\\s+|western\\s+)?(?:city|town|village|region)\\s+of\\s+)?$");
    /** "Bucha, 15 km from Kyiv", "70 miles (112 kilometers) east of Kharkiv". */
    private static final Pattern DISTANCE_FROM = Pattern.compile(
            "(?i)\\b\\d+(?:[.,]\\d+)?\\s*(?:km|kilomet(?:er|re)s?|miles?)\\b(?:\\s*\\([^)]{0,30}\\))?\\s+(?:away\\s+)?(?:from|of)\\s+(?:the\\s+)?$");
    /** "north of occupied Donetsk": one adjective may sit between the direction and the reference. */
    private static final Pattern DIRECTION_OF_ADJ = Pattern.compile(
            "(?i)\\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\\s+of\\s+(?:the\\s+)?"
                    + "(?:occupied|besieged|embattled|russian-held|ukrainian-held|russian-occupied|liberated|frontline|regional)\\s+$");
    /** "Vorzel (Kyiv reg.)", "Balaklia in the Kharkiv region", "Vilniansk, Zaporizhia region": the oblast locates. */
    private static final Pattern REGION_AFTER = Pattern.compile("(?i)^\\s+(?:reg\\.|region|oblast|province)\\b");
    private static final Pattern REGION_LEAD = Pattern.compile("(?i)(?:\\(|,\\s*|\\bin\\s+(?:the\\s+)?)$");
    private static final Pattern NEAR = Pattern.compile(
            "(?i)\\b(?:near|close to|outside|not far from|on the outskirts of|just outside|in the direction of)\\s+"
                    + "(?:the\\s+capital,\\s+)?(?:the\\s+)?(?:(?:\\w+\\s+)?(?:city|town|village)\\s+of\\s+)?$");
    private static final Pattern DATELINE = Pattern.compile(
            "(?i)\\b(?:reporting|speaking|writing|reports?|report)\\s+(?:from|in)\\s+$|\\breporting by [^.,]{0,40}\\bin\\s+$");
    private static final Pattern GOVERNMENT_AFTER = Pattern.compile(
            "(?i)^(?:[’']s\\s+(?:allies|government|partners|request|position|leaders|leadership|officials|proposal|"
                    + "response|ambassador|envoy|ranks|authorities|mayor|residents?)|\\s+(?:has\\s+|had\\s+|is\\s+|was\\s+)?"
                    + "(?:said|says|say|proposed|declared|refused|appealed|accused|wants|warned|asked|announced|called|"
                    + "rejected|insisted|claimed|claims|denied|agreed|an ally|ready|willing|stops|halts|accepts|rejects|must|should|"
                    + "will|would|authorities|officials|government|"
                    + "residents?|mayor|city council|administration)\\b)");
    private static final Pattern GOVERNMENT_BEFORE = Pattern.compile(
            "(?i)\\b(?:providing|provide|supplied|supply|supplying|accepting|accept|urged|between\\s+\\w+\\s+and|"
                    + "talks with|negotiate with|ties with|called for|appealed to|a)\\s+$");
    private static final Pattern RIVER_BEFORE = Pattern.compile("(?i)\\b(?:river|river of)\\s+(?:the\\s+)?$");
    private static final Pattern MODIFIER_AFTER = Pattern.compile("(?i)^\\s+(?:(?:city|region|oblast|province)\\s+of\\b|river\\b|reservoir\\b)");

    private MentionFilter() {
    }

    /** True when the mention may be where something happened; {@code others} are the sentence's other mentions. */
    static boolean canBeScene(Mention m, String sentence, int at, int end, List<Integer> otherStartsInClause) {
        if (m.place() == null || !m.place().inUkraine()) return false;
        String code = m.place().featureCode() == null ? "" : m.place().featureCode();
        if (code.startsWith("PCL")) return false;
        String before = sentence.substring(Math.max(0, at - 60), at);
        String after = sentence.substring(end, Math.min(sentence.length(), end + 40));
        // the patterns run only where their words are: most places follow a plain "in"
        String lower = before.toLowerCase(Locale.ROOT);
        boolean direction = lower.contains("north") || lower.contains("south") || lower.contains("east") || lower.contains("west");
        if (direction && (DIRECTION_OF.matcher(before).find() || DIRECTION_OF_ADJ.matcher(before).find())) return false;
        // a distance or "near" locates only when it follows another place ("Bucha, 15 km from Kyiv"); alone it is
        // where the event is ("Ukrainian forces 50 km from Kupiansk")
        boolean earlier = otherStartsInClause.stream().anyMatch(o -> o < at);
        if (earlier && DISTANCE_FROM.matcher(before).find()) return false;
        if (earlier && REGION_AFTER.matcher(after).find() && REGION_LEAD.matcher(before).find()) return false;
        boolean dateline = lower.contains("report") || lower.contains("speaking") || lower.contains("writing");
        if (dateline && DATELINE.matcher(before).find()) return false;
        if (lower.contains("river") && RIVER_BEFORE.matcher(before).find()) return false; // "the river of Dnipro" is the river, not the city
        if (MODIFIER_AFTER.matcher(after).find()) return false;
        if (earlier && NEAR.matcher(before).find()) return false;
        boolean capital = code.equals("PPLC") || code.equals("PPLA");
        if (capital && (GOVERNMENT_AFTER.matcher(after).find() || GOVERNMENT_BEFORE.matcher(before).find())) return false;
        return true;
    }
}
