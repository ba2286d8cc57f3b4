package org.frontline.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who a sentence attributes its content to, as written: "Russia's defence ministry says ...", "..., Ukraine's
 * land forces have said.", "according to Ukrainian military officials, ...", "Footage geo-located by CNN ...".
 *
 * <p>The noun phrase of a speech verb is read back from the verb to the nearest boundary (sentence start, comma,
 * colon, quotation mark, "that", "which"), so that "Russian troops have stopped near Konotop ..., Ukraine's land
 * forces have said" yields the land forces and not the troops. Pronouns and bare institutions ("he", "the ministry",
 * "the statement") are marked so that the extractor can resolve them to the last full claimant of the entry.
 */
final class Attribution {

    enum Kind { SAYS, ACCORDING_TO, VERIFIED_BY, HEADLINE, PRONOUN }

    record Found(String text, int start, int end, Kind kind, boolean hedgedVerb) {
    }

    /** The lookaheads list how a match begins: most positions fail them without a word-boundary test. */
    private static final Pattern SPEECH = Pattern.compile(
            "(?=[hwsctardqiu])(?=ha|wa|we|sa|cl|t[oew]|ad|an|st|re|co|de|ac|sl|ca|wr|qu|ci|in|al|as|ur)(?:\\b(?:has|have|had|was|were)\\s+)?\\b(says|said|say|claims|claimed|claim|told|tells|tweeted|added|adds|"
                    + "announced|announces|stated|states|reported|reports|warned|warns|warn|confirmed|confirms|declared|"
                    + "declares|accused|accuses|slams|slammed|called for|calls for|wrote|writes|quoted|cited|insists|"
                    + "insisted|alleged|alleges|asserted|asserts|urged|urges)\\b");
    private static final Pattern BOUNDARY = Pattern.compile(
            "[,:;“”\"(\\[]|\\s[–—]\\s|\\b(?:that|which|who|in which|whom|and|as|after|while|when)\\s");
    private static final Pattern PRONOUN = Pattern.compile(
            "(?i)^(?:he|she|it|they|the (?:official|officials|spokesman|spokeswoman|spokesperson|ministry|statement|"
                    + "adviser|advisor|agency|department|military department|sources|regulator|ambassador|president|"
                    + "minister|mayor|council|city council|military))$");
    /** "Ukrainian forces have retaken Irpin, ..., says President Volodymyr Zelenskyy." */
    private static final Pattern INVERTED = Pattern.compile(
            ",\\s+(?:says|said|claims|claimed|reports|reported|added|told \\w+)\\s+((?:the |a |an )?[A-Z][^,.;:“”\"]{1,80}?)[.”\"]?\\s*$");
    private static final Pattern ACCORDING_TO = Pattern.compile(
            "(?i)\\baccording to\\s+((?:a |an |the )?[^,.;:“”\"]{2,90}?)(?=\\s*(?:[,.;:“”\"]|$))(,\\s+(?:the|a|an)\\s+[^,.;:“”\"]{3,120})?");
    private static final Pattern VERIFIED_BY = Pattern.compile(
            "\\b(?i:geo-?located|verified|confirmed|analy[sz]ed|seen)\\s+by\\s+((?:the\\s+)?[A-Z][\\w’'.-]*(?:\\s+[A-Z][\\w’'.-]*){0,3})");
    private static final Pattern CITING = Pattern.compile(
            "(?i)\\bciting\\s+((?:a |an |the )?[^,.;:“”\"]{2,60}?)(?=\\s*(?:[,.;:“”\"]|$))");
    private static final Pattern LEAD_NOISE = Pattern.compile("(?i)^(?:and|but|additionally|meanwhile|also|earlier|later|now)\\b[,]?\\s*");
    private static final Pattern NOT_A_CLAIMANT = Pattern.compile(
            "(?i)^(?:this|that|which|what|there|here|it was|as|who|whom|when|refuting|the text|people|residents|either|both|"
                    + "neither|any|each|reporting|speaking)\\b|"
                    + "\\b(?:is|are|was|were|be|been|being|would|could|will|can|must)\\b");

    /** Stems of the speech verbs: a sentence without any is not run through the speech pattern. */
    private static final List<String> SPEECH_STEMS = List.of("say", "said", "claim", "told", "tell", "tweet", "add", "announc",
            "state", "report", "warn", "confirm", "declar", "accus", "slam", "call", "wrote", "writ", "quot", "cite", "insist",
            "alleg", "assert", "urge");

    private Attribution() {
    }

    /** The attributions of one sentence, in text order. */
    static List<Found> find(String s) {
        List<Found> out = new ArrayList<>();
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        boolean speech = false;
        for (String stem : SPEECH_STEMS) speech |= lower.contains(stem);
        // matchers only for the patterns whose words are present: creating one costs more than most sentences' test
        Matcher m = speech ? SPEECH.matcher(s) : null;
        while (speech && m.find()) {
            String verb = m.group(1).toLowerCase(java.util.Locale.ROOT);
            if ((verb.equals("reported") || verb.equals("reports")) && s.substring(m.end()).startsWith(" by")) continue;
            int npEnd = m.start();
            while (npEnd > 0 && (s.charAt(npEnd - 1) == ',' || Character.isWhitespace(s.charAt(npEnd - 1)))) npEnd--;
            String head = s.substring(0, npEnd);
            int npStart = apposition(s, lastBoundary(head));
            String np = Regex.replaceFirst(s.substring(npStart, npEnd).strip(), ",\\s+(?:reporting|speaking|writing)\\b.*$", "");
            Matcher lead = LEAD_NOISE.matcher(np);
            int trimmed = 0;
            if (lead.find()) {
                trimmed = lead.end();
                np = np.substring(lead.end());
            }
            if (np.isEmpty() || words(np) > 12 || !Regex.matches(np, "(?s).*\\p{L}{2}.*")) continue;
            // "Just with the same words they", "We": a clause fragment or a first person is nobody we can name
            if (words(np) > 1 && Regex.matches(np, "(?is).*\\b(?:they|he|she|it|we|i|you)$") || Regex.matches(np, "(?i)(?:we|i|you)")) continue;
            if (NOT_A_CLAIMANT.matcher(np).find()) continue;
            if (!EventCues.find(np).isEmpty()) continue;
            int start = s.indexOf(np, npStart + trimmed);
            boolean headline = Regex.matches(s.substring(m.end()), "(?s)^\\s*:.*");
            boolean hedged = verb.startsWith("claim") || verb.startsWith("alleg") || verb.startsWith("insist");
            Kind kind = PRONOUN.matcher(np).matches() ? Kind.PRONOUN : headline ? Kind.HEADLINE : Kind.SAYS;
            out.add(new Found(np, start, start + np.length(), kind, hedged));
        }
        Matcher inv = speech ? INVERTED.matcher(s) : null;
        if (speech && inv.find()) {
            String who = inv.group(1).strip();
            out.removeIf(f -> f.end() <= inv.start() + 1 && f.end() >= inv.start() - 30);
            out.add(new Found(who, inv.start(1), inv.start(1) + who.length(), Kind.SAYS, false));
        }
        boolean accordingTo = lower.contains("according to");
        Matcher a = accordingTo ? ACCORDING_TO.matcher(s) : null;
        while (accordingTo && a.find()) {
            String who = a.group(1).strip();
            if (Regex.matches(who, "(?i)(?:a |an |the )?(?:report|reports|statement)\\b.*")) {
                Matcher by = Regex.of("(?i)\\bby\\s+(.+)$").matcher(who);
                if (by.find()) who = by.group(1);
            }
            boolean relay = !who.equals(a.group(1).strip()); // "according to a report by Interfax" relays a speaker
            String full = a.group(2) == null || relay ? who : who + a.group(2);
            int start = s.indexOf(who, a.start());
            out.add(new Found(full, start, start + full.length(), relay ? Kind.SAYS : Kind.ACCORDING_TO, false));
        }
        boolean by = lower.contains(" by ");
        Matcher v = by ? VERIFIED_BY.matcher(s) : null;
        while (by && v.find()) out.add(new Found(v.group(1), v.start(1), v.end(1), Kind.VERIFIED_BY, false));
        boolean citing = lower.contains("citing");
        Matcher c = citing ? CITING.matcher(s) : null;
        while (citing && c.find()) {
            if (out.isEmpty()) out.add(new Found(c.group(1).strip(), c.start(1), c.start(1) + c.group(1).strip().length(), Kind.SAYS, false));
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    /**
     * The attribution that owns the sentence: headline attributions ("Balakliia is taken by Ukraine, president
     * says: ...") give way to one inside the body of the sentence; otherwise the first one in the text.
     */
    static Found primary(List<Found> found) {
        Found firstBody = null;
        for (Found f : found) {
            if (f.kind() != Kind.HEADLINE && f.kind() != Kind.PRONOUN) {
                if (f.kind() == Kind.ACCORDING_TO || f.kind() == Kind.VERIFIED_BY) return f;
                if (firstBody == null) firstBody = f;
            }
        }
        if (firstBody != null) return firstBody;
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * "The mayor of Kyiv, Vitali Klitschko, has said": a name after a comma is the apposition of the short noun
     * phrase that opens the sentence, and the two together are the claimant. "Al Jazeera's Simmons, reporting from
     * Kyiv, says": a participle phrase is dropped, the name before it is the claimant.
     */
    private static int apposition(String s, int npStart) {
        if (npStart < 1 || s.charAt(npStart - 1) != ',') return npStart;
        String np = s.substring(npStart).strip();
        int prevStart = lastBoundary(s.substring(0, npStart - 1));
        String prev = s.substring(prevStart, npStart - 1).strip();
        if (prev.isEmpty() || words(prev) > 6 || !Character.isUpperCase(prev.charAt(0))) return npStart;
        // only a noun phrase takes an apposition: "Balakliia was recaptured by Ukrainian forces, Zelensky said" has a
        // clause before the comma
        if (!EventCues.find(prev).isEmpty() || Regex.matches(prev, "(?s).*\\b(?:is|are|was|were|has|have|had|will|would|\\p{L}+ed)\\b.*")
                && !Regex.matches(prev, "(?s).*\\bUnited\\b.*")) {
            return npStart;
        }
        if (Regex.matches(prev, "(?s)^(?:In|On|At|For|After|Before|Since|During|According|Additionally|Meanwhile|However|Earlier|Later|But|And)\\b.*")) {
            return npStart;
        }
        if (prevStart != 0 && !Regex.matches(s.substring(0, prevStart).strip(), "(?s).*[“\"”:]$")) return npStart;
        String name = Regex.replaceFirst(np, ",.*$", "");
        return Regex.matches(np, "(?s)^(?:reporting|speaking|writing)\\b.*") || (words(name) <= 4 && Character.isUpperCase(name.charAt(0)))
                ? prevStart : npStart;
    }

    private static int lastBoundary(String head) {
        Matcher b = BOUNDARY.matcher(head);
        int last = 0;
        while (b.find()) last = b.end();
        return last;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : Regex.split(s.strip(), "\\s+").length;
    }
}
