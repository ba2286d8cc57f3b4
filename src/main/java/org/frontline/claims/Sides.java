package org.frontline.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Knows which words name which side: as the agent of an event ("Russian troops", "Moscow", "Ukraine") and as a
 * claimant ("Russia's defence ministry" is RU, "a senior US defence official" is US, "CNN" is press).
 *
 * <p>Agents are only phrases that can act: a country or capital used as a government, or a side's adjective
 * followed by a military noun. "A Ukrainian border post" or "82 Ukrainian soldiers stationed there" name a target
 * or a victim, not who acted, so adjectives before other nouns are left to {@link ActorReader}'s target rule.
 */
final class Sides {
    static final String SELF = "SELF";

    private static final String AGENT_NOUNS = "forces|troops|army|military|soldiers|units|paratroopers|columns?|"
            + "tanks?|warships?|ships?|navy|aircraft|jets|bombers|artillery|saboteurs|separatists|defenders|"
            + "occupiers|occupants|invaders|armed forces|servicemen|marines|convoys?|vehicles|advances?|assault|offensives?|"
            + "attacks?|invasion|counteroffensives?|counter-offensives?|strikes|missiles|rockets?|government";
    /*
     * Each pattern opens with a lookahead on the characters a match can begin with: the matcher tries it from every
     * position of the sentence, and without the lookahead every position pays for the word-boundary tests (Unicode
     * table lookups) of each alternative.
     */
    private static final Pattern RU = Pattern.compile(
            "(?i)(?=[\\[rmkp]|th|in|oc|en|ag)(?:(?:\\[?\\b(?:Russian|Russia[’']s|Moscow[’']s|Moscow-backed|Russian-backed|Kremlin-backed|pro-Russian)\\]?"
                    + "(?:\\s+(?!(?:" + AGENT_NOUNS + ")\\b)[\\w\\[\\]-]+){0,2}\\s+(?:" + AGENT_NOUNS + ")\\b)"
                    + "|\\b(?:the\\s+)?Russians\\b|\\bRussia\\b(?![’']s)|\\bMoscow\\b(?![’']s)|\\bthe Kremlin\\b|"
                    + "\\b(?:the\\s+)?(?:invaders|occupiers|occupants|enemy|aggressor|russian army|russian military)\\b)");
    private static final Pattern UA = Pattern.compile(
            "(?i)(?=[\\[ut])(?:(?:\\[?\\b(?:Ukrainian|Ukraine[’']s)\\]?(?:\\s+(?!(?:" + AGENT_NOUNS + ")\\b)[\\w\\[\\]-]+){0,2}\\s+(?:"
                    + AGENT_NOUNS + ")\\b)|\\b(?:the\\s+)?Ukrainians\\b|\\bUkraine\\b(?![’']s))");
    private static final Pattern SELF_PHRASE = Pattern.compile(
            "(?i)\\b(?:its|our|their own)\\s+(?:forces|troops|army|military|soldiers|units|defenders)\\b");
    /** "in Ukraine", "of Russia": a country after a preposition is a location, not an agent. */
    private static final Pattern LOCATIVE_BEFORE = Pattern.compile(
            "(?i)\\b(?:in|of|on|into|across|throughout|to|for|against|from|with|over|at|about|inside|within|towards?|"
                    + "and|near|than|sanctions|invade|invaded|invading)\\s+(?:the\\s+)?$");

    /** Words without which the RU pattern cannot match; checked first because most sentences have none. */
    private static final List<String> RU_STEMS = List.of("russia", "moscow", "kremlin", "invader", "occup", "enemy", "aggressor");

    private Sides() {
    }

    /** Agent phrases of a sentence, in order; country names after a preposition are skipped (except "by"). */
    static List<SidePhrase> agents(String s) {
        List<SidePhrase> out = new ArrayList<>();
        String lower = s.toLowerCase(Locale.ROOT);
        boolean ru = false;
        for (String stem : RU_STEMS) ru |= lower.contains(stem);
        boolean ua = lower.contains("ukrain");
        boolean self = lower.contains("its ") || lower.contains("our ") || lower.contains("their own");
        if (!ru && !ua && !self) return out;
        if (ru) collect(out, s, RU, Side.RU);
        if (ua) collect(out, s, UA, Side.UA);
        Matcher m = SELF_PHRASE.matcher(s);
        while (self && m.find()) out.add(new SidePhrase(SELF, m.start(), m.end(), m.group()));
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void collect(List<SidePhrase> out, String s, Pattern p, String side) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            String t = m.group();
            if (Regex.matches(t, "(?i).*-(?:occupied|held|controlled)\\b.*")) continue;
            boolean bareCountry = Regex.matches(t, "(?i)(?:Russia|Moscow|Ukraine)");
            if (bareCountry && LOCATIVE_BEFORE.matcher(s.substring(Math.max(0, m.start() - 30), m.start())).find()) continue;
            if (bareCountry && s.startsWith("-", m.end())) continue; // "Moscow-backed" handled above, "Russia-Ukraine" is no agent
            out.add(new SidePhrase(side, m.start(), m.end(), t));
        }
    }

    private record Keyword(String side, Pattern pattern) {
    }

    private static Keyword kw(String side, String regex) {
        return new Keyword(side, Pattern.compile(regex));
    }

    // Case matters for "US"/"UK"/"UN"/"EU" (never "us"); names are listed where the seeds and live blogs use them
    // without a title. The earliest keyword in the claimant wins: "The United Kingdom's chief of defence
    // intelligence" is UK although "defence" would also fit anyone.
    private static final List<Keyword> CLAIMANT_KEYWORDS = List.of(
            kw("UA", "(?i)\\b(?:ukrain\\w*|kyiv\\w*|zelensk\\w*|klitschko|kuleba|reznikov|malyar|herashchenko|arestovych|"
                    + "podolyak|hromov|nykyforov|markarova|denysenko|korsunsky|shmyhal|general staff|interfax[- ]ukraine)"),
            kw("RU", "(?i)\\b(?:russia\\w*|kremlin|pro-kremlin|moscow|peskov|lavrov|putin|zakharova|shoigu|konashenkov|"
                    + "naryshkin|tass|ria|roskomnadzor|interfax|separatist\\w*)\\b"),
            kw("US", "(?:\\bUS\\b|\\bU\\.S\\.|(?i:\\bamerican|\\bwashington\\b|\\bpentagon\\b|\\bwhite house\\b|"
                    + "\\bstate department\\b|\\bblinken\\b|\\bbiden\\b|\\bpsaki\\b|\\bned price\\b|\\bpelosi\\b|"
                    + "\\blloyd austin\\b|\\btreasury\\b))"),
            kw("UK", "(?:\\bUK\\b|(?i:\\bunited kingdom\\b|\\bbritain\\b|\\bbritish\\b|\\bhockenhull\\b|\\bben wallace\\b|"
                    + "\\bboris johnson\\b|\\blondon\\b))"),
            kw("NATO", "(?i)\\b(?:nato|stoltenberg)\\b"),
            kw("UN", "(?:\\bUN\\b|(?i:\\bunited nations\\b|\\bunhcr\\b|\\bgrandi\\b))"),
            kw("EU", "(?:\\bEU\\b|(?i:\\beuropean (?:union|commission|council|parliament)\\b|\\bborrell\\b|"
                    + "\\bvon der leyen\\b|\\bmetsola\\b))"),
            kw("press", "(?i)\\b(?:cnn|al jazeera\\w*|reuters|afp|bbc|associated press|axios|foreign policy)\\b"));

    /**
     * Sides of claimants already read: the same few claimants ("Ukraine's General Staff", "the ministry", "he") speak
     * in article after article, and each reading runs eight patterns over the words. Bounded: past
     * {@link #MAX_REMEMBERED} claimants the memory starts afresh.
     */
    private static final Map<String, String> CLAIMANT_SIDES = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 10_000;
    /** Stands for "no side" in {@link #CLAIMANT_SIDES}, which cannot hold null. */
    private static final String NO_SIDE = new String("none");

    /** The side of a claimant as written, or null when the words do not tell (e.g. "the border guard service"). */
    static String ofClaimant(String claimant) {
        if (claimant == null) return null;
        String known = CLAIMANT_SIDES.get(claimant);
        if (known == null) {
            known = Objects.requireNonNullElse(readSide(claimant), NO_SIDE);
            if (CLAIMANT_SIDES.size() >= MAX_REMEMBERED) CLAIMANT_SIDES.clear();
            CLAIMANT_SIDES.put(claimant, known);
        }
        return known == NO_SIDE ? null : known;
    }

    private static String readSide(String claimant) {
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Keyword k : CLAIMANT_KEYWORDS) {
            Matcher m = k.pattern().matcher(claimant);
            if (m.find() && m.start() < bestAt) {
                bestAt = m.start();
                best = k.side();
            }
        }
        return best;
    }

    static boolean mentionsCountryOf(String claimant) {
        return claimant != null && claimant.toLowerCase(Locale.ROOT).contains("the country");
    }
}
