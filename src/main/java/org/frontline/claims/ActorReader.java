package org.frontline.claims;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides which side performs an event verb ("actor"), from the words around one cue.
 *
 * <p>The order of the rules is the order in which English marks the agent, most explicit first:
 * <ol>
 * <li>a side phrase that contains the cue ("Russian advance", "Ukrainian counteroffensive");</li>
 * <li>a passive agent after the cue ("Balakliia is taken by Ukraine", "killed by arms fire from a Russian
 * warship");</li>
 * <li>a participle before its noun ("against approaching Russian troops");</li>
 * <li>the subject: the nearest side phrase before the cue, in its clause, then in the sentence ("its forces" is
 * the claimant's side);</li>
 * <li>for strikes, the attacker named after the cue ("strikes on Kyiv amid Russian advance") and otherwise the
 * side opposite to a named target ("hit a Ukrainian border post" is a Russian strike).</li>
 * </ol>
 * "Stop" reads both ways: "Ukrainian forces stopped the column" has the subject as actor, but "Russian troops have
 * stopped near Konotop" and "offensives are being repelled" have the attacker as subject, so the actor - the side
 * that stops the attack, as DESIGN.md defines "repelled" - is the other side.
 */
final class ActorReader {
    private static final Pattern PASSIVE_LINK = Pattern.compile("(?is)^[^.;:]{0,30}?\\b(?:by|from)\\s+(?:the\\s+|a\\s+|an\\s+)?$");
    /** "the withdrawal of Russian troops": the agent of an event noun follows "of". */
    private static final Pattern NOMINAL_OF = Pattern.compile("(?i)^\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?$");
    private static final Pattern NOMINAL = Pattern.compile("(?i)withdrawal|retreat|advance|offensive|counteroffensive|capture|seizure|liberation|evacuation|shelling|bombing|bombardment|strikes?");
    private static final Pattern INTRANSITIVE_BEFORE = Pattern.compile(
            "(?i)\\b(?:have|has|had|been|were|was|are being|is being|are|is|got|get)\\s+(?:largely\\s+|mostly\\s+|also\\s+)?$");
    private static final Pattern OBJECT_AFTER = Pattern.compile(
            "(?i)^\\s+(?:the|a|an|their|its|his|her|russian|ukrainian|enemy|attacks?|columns?|convoys?|troops|forces|"
                    + "tanks|\\d+)\\b");
    private static final Pattern TARGET_AFTER = Pattern.compile(
            "(?i)^[^.;:]{0,30}?\\b(?:hit|hits|struck|on|at|targeting|against)\\s+(?:a\\s+|an\\s+|the\\s+)?(?:\\w+\\s+){0,2}?(ukrainian|russian)\\b");
    private static final Pattern BARE_MILITARY_SUBJECT = Pattern.compile(
            "(?i)\\b(?:soldiers|troops|forces|military|army|defenders|servicemen)\\b[^,;:]{0,70}$");

    private static final Pattern EVENT_NOUN = Pattern.compile(
            "(?i)\\b(?:invasion|attacks?|assault|offensives?|counteroffensives?|counter-offensives?|advances?|strikes)\\]?$");

    private ActorReader() {
    }

    static String read(String s, Span clause, Cue cue, List<SidePhrase> agents, List<Span> claimantSpans,
                       String claimantSide) {
        List<SidePhrase> usable = agents.stream().filter(a -> claimantSpans.stream().noneMatch(c -> c.overlaps(a.start(), a.end())))
                .toList();
        // 1. a side phrase around the cue itself
        for (SidePhrase a : usable) {
            if (a.start() <= cue.start() && a.end() > cue.start()) return side(a, claimantSide);
        }
        // 2. passive agent
        for (SidePhrase a : usable) {
            if (a.start() >= cue.end() && a.start() - cue.end() <= 45 && clause.contains(a.start())
                    && PASSIVE_LINK.matcher(s.substring(cue.end(), a.start())).find()) {
                // "liberated from the Russian invaders": the side after "from" lost the place
                boolean from = Regex.matches(s.substring(cue.end(), a.start()), "(?is).*\\bfrom\\s+(?:the\\s+|a\\s+|an\\s+)?$");
                if (from && (cue.type() == ClaimType.CAPTURED || cue.type() == ClaimType.REPELLED)) return Side.opposite(side(a, claimantSide));
                return side(a, claimantSide);
            }
        }
        // 2b. an event noun and its "of" agent
        if (NOMINAL.matcher(cue.word()).matches()) {
            for (SidePhrase a : usable) {
                if (a.start() >= cue.end() && a.start() - cue.end() <= 12 && NOMINAL_OF.matcher(s.substring(cue.end(), a.start())).find()) {
                    return side(a, claimantSide);
                }
            }
        }
        // 3. participle before its noun
        if (cue.word().toLowerCase(java.util.Locale.ROOT).endsWith("ing")) {
            for (SidePhrase a : usable) {
                if (a.start() >= cue.end() && a.start() - cue.end() <= 2) return side(a, claimantSide);
            }
        }
        // 4. the subject
        SidePhrase subject = null;
        for (SidePhrase a : usable) {
            // "On the first day of Russia's invasion, ... as fighting raged": an event noun is no subject
            boolean eventNoun = EVENT_NOUN.matcher(a.text()).find() && cue.type() != ClaimType.REPELLED; // "attacks were repelled"
            if (a.end() <= cue.start() && clause.contains(a.start()) && !eventNoun) subject = a;
        }
        if (subject != null) {
            String side = side(subject, claimantSide);
            if (cue.type() == ClaimType.REPELLED && attackerIsSubject(s, cue)) return Side.opposite(side);
            return side;
        }
        // 5. strikes: attacker or target named after the cue
        if (cue.type() == ClaimType.STRIKE) {
            for (SidePhrase a : usable) {
                if (a.start() >= cue.end() && a.start() - cue.end() <= 40 && clause.contains(a.start())
                        && Regex.matches(a.text(), "(?is).*\\b(?:advances?|assault|offensives?|attacks?|invasion|forces|troops|army|"
                        + "aircraft|jets|bombers|warships?|artillery|missiles|rockets?)\\]?$")) {
                    return side(a, claimantSide);
                }
            }
            var t = TARGET_AFTER.matcher(s.substring(cue.end(), Math.min(clause.end(), s.length())));
            if (t.find()) return Side.opposite(t.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("ukr") ? Side.UA : Side.RU);
        }
        // 6. "soldiers had liberated": a side's own claim about unnamed troops speaks of its own troops
        if (Side.belligerent(claimantSide) && (cue.type() == ClaimType.CAPTURED || cue.type() == ClaimType.ADVANCE)
                && BARE_MILITARY_SUBJECT.matcher(s.substring(clause.start(), cue.start())).find()) {
            return claimantSide;
        }
        return null;
    }

    /** "Russian troops have stopped near Konotop", "offensives are being repelled": the subject is the attacker. */
    private static boolean attackerIsSubject(String s, Cue cue) {
        String before = s.substring(Math.max(0, cue.start() - 30), cue.start());
        String after = s.substring(cue.end(), Math.min(s.length(), cue.end() + 30));
        if (INTRANSITIVE_BEFORE.matcher(before).find() && !OBJECT_AFTER.matcher(after).find()) return true;
        return Regex.matches(before, "(?is).*\\b(?:been|being|were|was|are|is)\\s+$");
    }

    private static String side(SidePhrase a, String claimantSide) {
        if (Sides.SELF.equals(a.side())) return Side.belligerent(claimantSide) ? claimantSide : null;
        return a.side();
    }
}
