package org.frontline.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the lines of a raw web capture that are page chrome rather than article: subscription banners, app
 * promotions, "related stories" lists, sidebar links. Chrome is only marked, never removed, so offsets into the
 * original text stay valid.
 *
 * <p>Why these rules: captures put chrome at the top and bottom of the page and in sidebars. Four signals catch it
 * without a site-specific template: (1) wording that only navigation and marketing use; (2) short lines that occur
 * twice (a sidebar teaser and its link); (3) short, unpunctuated lines that carry a date more than a year away from
 * the publication date (a link to another article - seed 001's "Assessment, July 19, 2024"); (4) short lines at
 * the very top before the first line of prose, and the short lines after the last line of prose. A short line
 * wedged between two chrome lines is chrome too. Headings inside the article (live-blog entry titles) are short and
 * unpunctuated as well, so rule 4 deliberately applies only at the edges.
 */
final class ChromeDetector {
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)\\b(sign (up|in)|subscri(be|ption)|already a member|download the app|start reading|"
                    + "related stories|top stories|our picks|other topics of interest|latest from the|"
                    + "days? free|newsletter|suggest a correction|ctrl \\+ enter|highlight the text|"
                    + "all your news in one place|premium titles|one app|trusted global sources|"
                    + "cookie|advertisement|share this article|follow us on)\\b");
    /**
     * A word of each {@link #BOILERPLATE} phrase, lower case: a line without any cannot match, and most lines have
     * none, so the pattern's two dozen alternatives are not tried at every word of them.
     */
    private static final List<String> BOILERPLATE_WORDS = List.of("sign ", "subscri", "member", "download", "reading",
            "stories", "picks", "topics", "latest", "free", "newsletter", "correction", "ctrl", "highlight", "your news",
            "premium", "one app", "trusted", "cookie", "advertisement", "share this", "follow us");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final Pattern MONTH_NAME = Pattern.compile(
            "(?i)\\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(tember)?|oct(ober)?|nov(ember)?|dec(ember)?)\\b");
    private static final int SHORT = 12;

    List<TextRange> detect(List<Line> lines, LocalDate published) {
        boolean[] chrome = new boolean[lines.size()];
        Map<String, Integer> seen = new HashMap<>();
        // each short line stripped and lower-cased once, for the count of repeats and for the rules below
        String[] lowerShort = new String[lines.size()];
        for (Line l : lines) {
            if (!l.blank() && l.words() <= SHORT) {
                lowerShort[l.index()] = l.text().strip().toLowerCase(Locale.ROOT);
                seen.merge(lowerShort[l.index()], 1, Integer::sum);
            }
        }
        for (Line l : lines) {
            // long lines are prose: none of the rules below can mark them
            if (l.blank() || l.words() > 20) continue;
            String t = l.text().strip();
            String lower = lowerShort[l.index()] != null ? lowerShort[l.index()] : t.toLowerCase(Locale.ROOT);
            boolean shortLine = l.words() <= SHORT;
            boolean boilerplate = mayBeBoilerplate(lower) && BOILERPLATE.matcher(t).find();
            if (shortLine && boilerplate) chrome[l.index()] = true;
            if (shortLine && !l.endsLikeProse() && seen.getOrDefault(lower, 0) > 1) chrome[l.index()] = true;
            if (shortLine && !l.endsLikeProse() && datedElsewhere(t, published)) chrome[l.index()] = true;
            if (boilerplate && lower.contains("write to us")) chrome[l.index()] = true;
        }
        markEdges(lines, chrome);
        markWedged(lines, chrome);
        List<TextRange> ranges = new ArrayList<>();
        for (Line l : lines) {
            if (chrome[l.index()] && !l.blank()) ranges.add(new TextRange(l.start(), l.end()));
        }
        return ranges;
    }

    private static boolean mayBeBoilerplate(String lower) {
        for (String w : BOILERPLATE_WORDS) if (lower.contains(w)) return true;
        return false;
    }

    private static boolean datedElsewhere(String line, LocalDate published) {
        if (!MONTH_NAME.matcher(line).find()) return false;
        Matcher y = YEAR.matcher(line);
        while (y.find()) {
            int year = Integer.parseInt(y.group());
            if (Math.abs(year - published.getYear()) >= 1) return true;
        }
        return false;
    }

    private static boolean isProse(Line l) {
        return l.words() > SHORT && l.endsLikeProse();
    }

    private static void markEdges(List<Line> lines, boolean[] chrome) {
        int firstProse = -1;
        int lastProse = -1;
        for (Line l : lines) {
            if (!chrome[l.index()] && isProse(l)) {
                if (firstProse < 0) firstProse = l.index();
                lastProse = l.index();
            }
        }
        if (firstProse < 0) return;
        // The top: a run of short lines that ends in a line with sentence punctuation is a standfirst, not chrome;
        // the banner lines above the title are what we are after, so stop at the first line that reads as a title.
        for (int i = 0; i < firstProse; i++) {
            Line l = lines.get(i);
            if (!l.blank() && l.words() <= 4 && !looksLikeTitle(l)) chrome[i] = true;
        }
        for (int i = lastProse + 1; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (!l.blank() && l.words() <= SHORT) chrome[i] = true;
        }
    }

    private static boolean looksLikeTitle(Line l) {
        return l.text().contains(":") && l.words() >= 3;
    }

    private static void markWedged(List<Line> lines, boolean[] chrome) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (chrome[i] || l.blank() || l.words() > SHORT) continue;
            int before = neighbour(lines, i, -1);
            int after = neighbour(lines, i, +1);
            if (before >= 0 && after >= 0 && chrome[before] && chrome[after]) chrome[i] = true;
        }
    }

    private static int neighbour(List<Line> lines, int i, int step) {
        for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
            if (!lines.get(j).blank()) return j;
        }
        return -1;
    }
}
