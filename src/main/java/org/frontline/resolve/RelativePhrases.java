package org.frontline.resolve;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.frontline.gazetteer.Place;

/**
 * Reads the relative phrase that may lead up to a toponym: "seven kilometres northwest of", "70 miles east of",
 * "36 miles (50km) away from", "near", "on the outskirts of", "southwest of", and turns it into a
 * {@link RelativeLocation} anchored on the place the toponym resolved to.
 *
 * <p>The patterns are anchored at the end of the text before the toponym (at most {@link #WINDOW} characters,
 * never reaching into the previous sentence), so they only run where a toponym was resolved: a few times per
 * article, never in the scanning loop. A parenthesised metric figure beats the imperial one before it ("36 miles
 * (50km)": the writer's own conversion, 50 km, is the figure to use). A bearing without a distance ("a village
 * southwest of Kharkiv") is placed {@link #UNSTATED_KM} km out on that bearing with an uncertainty as large,
 * which says "that side of the anchor, not far" and no more.
 */
final class RelativePhrases {
    static final int WINDOW = 120;
    static final double UNSTATED_KM = 20;
    private static final double MILE_KM = 1.609344;

    private static final String NUMBER = "(\\d+(?:[.,]\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty-five|thirty|forty|fifty|sixty|"
            + "seventy|eighty|ninety|a hundred|one hundred|a few|several|a couple of)";
    private static final String UNIT = "(km|kms|kilometres?|kilometers?|miles?|mi)";
    private static final String ABOUT = "(?:(?:about|around|roughly|some|nearly|almost|just|approximately|less than|more than|over|under|only)\\s+)?";
    private static final String METRIC_ASIDE = "(?:\\s*\\(\\s*" + ABOUT + "(\\d+(?:[.,]\\d+)?)\\s*-?\\s*(km|kms|kilometres?|kilometers?)\\s*\\))?";
    private static final String DIRECTION = "(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern|erly|ward|wards)?";
    private static final String LEAD_IN = "(?:the\\s+(?:\\w+\\s+)?(?:city|town|village|capital|port|settlement)\\s+of\\s+|the\\s+)?";

    private static final Pattern DISTANCE_BEARING = Pattern.compile("(?i)\\b" + ABOUT + NUMBER + "[\\s-]*" + UNIT + METRIC_ASIDE
            + "\\s+(?:to\\s+the\\s+)?" + DIRECTION + "\\s+(?:of|from)\\s+" + LEAD_IN + "$");
    private static final Pattern DISTANCE_ONLY = Pattern.compile("(?i)\\b" + ABOUT + NUMBER + "[\\s-]*" + UNIT + METRIC_ASIDE
            + "\\s+(?:away\\s+)?(?:from|outside(?:\\s+of)?|of)\\s+" + LEAD_IN + "$");
    private static final Pattern BEARING_ONLY = Pattern.compile("(?i)\\b" + DIRECTION + "\\s+of\\s+" + LEAD_IN + "$");
    private static final Pattern NEAR = Pattern.compile(
            "(?i)\\b(near|close to|not far from|in the vicinity of|just outside(?: of)?|outside(?: of)?|on the outskirts of|"
                    + "the outskirts of|outskirts of|on the edge of|the suburbs of|suburbs of)\\s+" + LEAD_IN + "$");

    private RelativePhrases() {
    }

    /**
     * The relative location the text before {@code at} sets up for {@code anchor} (or the word after it: "the
     * Kherson direction"), or null when none.
     */
    static RelativeLocation read(String text, int sentenceStart, int at, int anchorEnd, Place anchor) {
        RelativeLocation axis = axis(text, at, anchorEnd, anchor);
        if (axis != null) return axis;
        int from = Math.max(sentenceStart, at - WINDOW);
        if (from >= at) return null;
        String before = text.substring(from, at);
        if (!mayHold(before)) return null;
        String phraseEnd = text.substring(at, anchorEnd);
        String lower = before.toLowerCase(Locale.ROOT);
        boolean unit = hasUnit(lower);
        boolean direction = anyOf(lower, DIRECTION_WORDS);
        Matcher m = DISTANCE_BEARING.matcher(before);
        if (unit && direction && m.find()) {
            double km = distanceKm(m.group(1), m.group(2), m.group(3));
            double bearing = bearing(m.group(5));
            return located(anchor, km, bearing, Math.max(2, km / 4), before.substring(m.start()) + phraseEnd, from + m.start(), anchorEnd);
        }
        m = DISTANCE_ONLY.matcher(before);
        if (unit && m.find()) {
            double km = distanceKm(m.group(1), m.group(2), m.group(3));
            return new RelativeLocation(anchor.id(), km, Double.NaN, anchor.lon(), anchor.lat(), Math.max(2, km),
                    before.substring(m.start()) + phraseEnd, from + m.start(), anchorEnd);
        }
        m = BEARING_ONLY.matcher(before);
        if (direction && m.find()) {
            return located(anchor, Double.NaN, bearing(m.group(1)), UNSTATED_KM, before.substring(m.start()) + phraseEnd,
                    from + m.start(), anchorEnd);
        }
        m = NEAR.matcher(before);
        if (anyOf(lower, NEAR_WORDS) && m.find()) {
            String how = m.group(1).toLowerCase(Locale.ROOT);
            double km = how.contains("outskirts") || how.contains("edge") || how.contains("suburbs")
                    ? RelativeLocation.OUTSKIRTS_KM : RelativeLocation.NEAR_KM;
            return new RelativeLocation(anchor.id(), Double.NaN, Double.NaN, anchor.lon(), anchor.lat(), km,
                    before.substring(m.start()) + phraseEnd, from + m.start(), anchorEnd);
        }
        return null;
    }

    /**
     * "advanced in the Kherson direction", "on the Bakhmut axis": military usage for the line of operations towards
     * a place, which may lie tens of kilometres short of it. Kherson was not entered when Ukraine "advanced in the
     * Kherson direction, liberating 41 settlements"; the claim is about the ground on the way, so the place is the
     * anchor of an area {@link #AXIS_KM} km across, not the place itself.
     */
    private static RelativeLocation axis(String text, int at, int anchorEnd, Place anchor) {
        int i = anchorEnd;
        if (i >= text.length() || text.charAt(i) != ' ') return null;
        for (Map.Entry<String, Double> e : AXIS_WORDS.entrySet()) {
            String w = e.getKey();
            int end = i + 1 + w.length();
            if (text.regionMatches(true, i + 1, w, 0, w.length()) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return new RelativeLocation(anchor.id(), Double.NaN, Double.NaN, anchor.lon(), anchor.lat(), e.getValue(),
                        text.substring(at, end), at, end);
            }
        }
        return null;
    }

    static final double AXIS_KM = 40;
    /** The words after a toponym that make it the anchor of an area, and the area's size in km. */
    private static final Map<String, Double> AXIS_WORDS = Map.of("direction", AXIS_KM, "axis", AXIS_KM,
            "suburbs", RelativeLocation.OUTSKIRTS_KM, "suburb", RelativeLocation.OUTSKIRTS_KM, "outskirts", RelativeLocation.OUTSKIRTS_KM);

    /** A cheap guard before the regular expressions: every pattern ends in one of these words. */
    private static boolean mayHold(String before) {
        if (!endsInLinkWord(before)) return false;
        String tail = before.length() > 60 ? before.substring(before.length() - 60) : before;
        tail = tail.toLowerCase(Locale.ROOT);
        return tail.contains("of ") || tail.contains("from ") || tail.contains("near ") || tail.contains("to ")
                || tail.contains("outside ");
    }

    /**
     * Every pattern ends in "of", "from", "to", "near" or "outside", then at most a lead-in ("the", "the city of"):
     * so the last word before the toponym is one of those, or "the" after one. Scanning $-anchored patterns from
     * every position of the window cost more than the rest of the annotation, and most toponyms follow "in".
     */
    private static boolean endsInLinkWord(String before) {
        int end = before.length();
        while (end > 0 && Character.isWhitespace(before.charAt(end - 1))) end--;
        int start = asciiWordStart(before, end);
        if (before.regionMatches(true, start, "the", 0, 3) && end - start == 3) {
            end = start;
            while (end > 0 && Character.isWhitespace(before.charAt(end - 1))) end--;
            start = asciiWordStart(before, end);
        }
        String word = before.substring(start, end).toLowerCase(Locale.ROOT);
        return word.equals("of") || word.equals("from") || word.equals("to") || word.equals("near") || word.equals("outside");
    }

    /** Words without which the patterns that use them cannot match (lower case). */
    private static final String[] DIRECTION_WORDS = {"north", "south", "east", "west"};
    private static final String[] NEAR_WORDS = {"near", "close to", "far from", "vicinity", "outside", "outskirts", "edge of",
            "suburbs"};
    private static final String[] UNITS = {"km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mi", "mile",
            "miles"};

    private static boolean anyOf(String lower, String[] words) {
        for (String w : words) if (lower.contains(w)) return true;
        return false;
    }

    /** A unit of {@link #UNIT} as the distance patterns need it: followed by a space or a parenthesised aside. */
    private static boolean hasUnit(String lower) {
        for (String u : UNITS) {
            for (int i = lower.indexOf(u); i >= 0; i = lower.indexOf(u, i + 1)) {
                int after = i + u.length();
                if (after < lower.length() && (lower.charAt(after) == '(' || Character.isWhitespace(lower.charAt(after)))) return true;
            }
        }
        return false;
    }

    private static int asciiWordStart(String s, int end) {
        int start = end;
        while (start > 0 && (s.charAt(start - 1) | 0x20) >= 'a' && (s.charAt(start - 1) | 0x20) <= 'z') start--;
        return start;
    }

    private static RelativeLocation located(Place anchor, double km, double bearing, double uncertainty, String phrase,
                                            int start, int end) {
        double reach = Double.isNaN(km) ? UNSTATED_KM : km;
        GeodesicData g = Geodesic.WGS84.Direct(anchor.lat(), anchor.lon(), bearing, reach * 1000);
        return new RelativeLocation(anchor.id(), km, bearing, g.lon2, g.lat2, uncertainty, phrase, start, end);
    }

    /** The metric aside wins ("36 miles (50km)"); else the number in its unit. */
    static double distanceKm(String number, String unit, String metricAside) {
        if (metricAside != null) return parse(metricAside);
        double n = parse(number);
        String u = unit.toLowerCase(Locale.ROOT);
        return u.startsWith("mi") ? n * MILE_KM : n;
    }

    private static double parse(String number) {
        String n = number.toLowerCase(Locale.ROOT).strip();
        if (!n.isEmpty() && Character.isDigit(n.charAt(0))) {
            // "1,200" is twelve hundred, "2,5" (rare in English news) two and a half
            if (n.matches("\\d{1,3}(,\\d{3})+")) return Double.parseDouble(n.replace(",", ""));
            return Double.parseDouble(n.replace(',', '.'));
        }
        return switch (n) {
            case "a", "an", "one" -> 1;
            case "two", "a couple of" -> 2;
            case "three", "a few" -> 3;
            case "four" -> 4;
            case "five", "several" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            case "eleven" -> 11;
            case "twelve" -> 12;
            case "thirteen" -> 13;
            case "fourteen" -> 14;
            case "fifteen" -> 15;
            case "sixteen" -> 16;
            case "seventeen" -> 17;
            case "eighteen" -> 18;
            case "nineteen" -> 19;
            case "twenty" -> 20;
            case "twenty-five" -> 25;
            case "thirty" -> 30;
            case "forty" -> 40;
            case "fifty" -> 50;
            case "sixty" -> 60;
            case "seventy" -> 70;
            case "eighty" -> 80;
            case "ninety" -> 90;
            case "a hundred", "one hundred" -> 100;
            default -> Double.NaN;
        };
    }

    static double bearing(String direction) {
        String d = direction.toLowerCase(Locale.ROOT).replace("-", "");
        for (String suffix : new String[] {"wards", "ward", "erly", "ern"}) {
            if (d.endsWith(suffix)) {
                d = d.substring(0, d.length() - suffix.length());
                break;
            }
        }
        return switch (d) {
            case "north" -> 0;
            case "northeast" -> 45;
            case "east" -> 90;
            case "southeast" -> 135;
            case "south" -> 180;
            case "southwest" -> 225;
            case "west" -> 270;
            case "northwest" -> 315;
            default -> Double.NaN;
        };
    }
}
