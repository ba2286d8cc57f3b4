package org.frontline.resolve;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.gazetteer.Candidate;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.MatchKind;

/**
 * The dateline that opens a news story: the place in capitals, then perhaps its state or country, the agency,
 * and a dash ("LAWRENCEBURG — It's once again…", "HELENA, Mont. (AP) - Montana and…", "CAMP MURRAY, Wash. - Lt.
 * Col.…", "KYIV, Ukraine (AP) —"). Capitals are otherwise a heading or an acronym, so the finder only takes a
 * capitalised run as a name when this shape follows it, and then takes it whatever the place's size: local
 * papers date their stories from towns of 2,000. The state or country written after the name narrows the
 * candidates to those inside it.
 */
final class Datelines {
    /** After the name: ", State" or ", Country" (optional), "(Agency)" (optional), then the dash or "(AP)". */
    private static final Pattern AFTER = Pattern.compile(
            "\\G(?:,\\s*(\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*){0,2}))?\\s*(?:\\([^()\\n]{1,20}\\))?\\s*(?:—|–|--?\\s)");
    /** The capitalised run: words of two or more capitals, "ST." inside, one to five words. */
    private static final Pattern NAME = Pattern.compile("\\G\\p{Lu}[\\p{Lu}'’]+\\.?(?:[ \\-]\\p{Lu}[\\p{Lu}'’]*\\.?){0,4}");

    private Datelines() {
    }

    /** A dateline's place name starting at {@code at}, or null. */
    static Dateline at(String text, int at, int limit) {
        Matcher name = NAME.matcher(text).region(at, limit);
        if (!name.find()) return null;
        // what follows may lie past the sentence's end: ICU ends a sentence at "HELENA, Mont." before "(AP) -"
        Matcher after = AFTER.matcher(text).region(name.end(), Math.min(text.length(), name.end() + 48));
        if (!after.find()) return null;
        return new Dateline(at, name.end(), text.substring(at, name.end()), after.group(1));
    }

    /** The candidates of a dateline, narrowed to the state or country written after it when that is known. */
    static List<Candidate> candidates(Gazetteer g, Lookups lookups, Dateline d) {
        // a common word or person's name in capitals ("MOBILE, Ala. —", "HELENA, Mont. —") is a place here, but
        // only with its state written after it: "BREAKING —" and "UPDATE —" are not datelines
        boolean flagged = g.isCommonWord(d.name()) || g.isPersonName(d.name());
        if (flagged && d.within() == null) return List.of();
        List<Candidate> found = (flagged ? g.search(d.name(), 40) : lookups.lookup(g, d.name())).stream()
                .filter(c -> c.match() == MatchKind.EXACT).toList();
        if (found.isEmpty() || d.within() == null) return found;
        String written = d.within().strip();
        String expanded = Abbreviations.expand(written);
        List<Candidate> areas = lookups.lookup(g, expanded != null ? expanded : written).stream()
                .filter(c -> c.place().isRegion()).toList();
        if (areas.isEmpty()) return found;
        List<Candidate> inside = found.stream()
                .filter(c -> areas.stream().anyMatch(a -> Disambiguator.contains(a.place(), c.place()))).toList();
        return inside.isEmpty() ? found : inside;
    }

    record Dateline(int start, int end, String name, String within) {
    }
}
