package org.frontline.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the words that make a sentence a war event, one pattern per claim type of DESIGN.md's vocabulary.
 *
 * <p>Why word lists and not a model: the vocabulary is small and closed, every decision has to be explainable to
 * the journalist checking a dot, and the false friends are few and known ("taken shelter", "footage captured in",
 * "air raid sirens", "anti-tank missiles"), so they are excluded here by name. A cue that is negated ("have yet to
 * seize"), speculative ("expected to try and seize", "could allow"), or national in scope ("battles rage
 * throughout the country") reports no event at a place and is dropped.
 */
final class EventCues {
    /**
     * A cue pattern with the word stems it can match: a sentence without any stem is skipped without running the
     * regex, which keeps the extractor fast on the many sentences that report no event.
     */
    private record Rule(ClaimType type, Pattern pattern, List<String> stems) {
        boolean mayMatch(String lower) {
            for (String s : stems) if (lower.contains(s)) return true;
            return false;
        }
    }

    /**
     * {@code initials}: a lookahead for the characters a match can begin with. A matcher tries the pattern from every
     * position of the sentence, and each of its dozens of alternatives tests a word boundary first (two Unicode
     * table lookups); the lookahead on the initials turns most positions away with one character test.
     */
    private static Rule rule(ClaimType type, String stems, String initials, String regex) {
        return new Rule(type, Pattern.compile("(?=" + initials + ")" + regex, Pattern.CASE_INSENSITIVE),
                List.of(Regex.split(stems, ",")));
    }

    private static final List<Rule> RULES = List.of(
            rule(ClaimType.CAPTURED, "captur,seiz,took,taken,takes,taking,retak,retook,reclaim,liberat,fall of,fell to", "[cstrlf]", "\\b(?:captured?|captures|capturing|seized?|seizes|seizing|seizure|took control|"
                    + "taken control|takes? control|taking control|took|taken|retaken|retook|recaptured?|reclaimed|"
                    + "liberated?|liberating|liberation of|fall of|fell to)\\b"),
            rule(ClaimType.WITHDRAWN, "withdr,retreat,abandon,pull", "[wrap]", "\\b(?:withdr[ae]wn?|withdrawing|withdrawal|retreat(?:s|ed|ing)?|abandon(?:s|ed|ing)?|"
                    + "pulled out|pulling out|pull(?:ed)? back)\\b"),
            rule(ClaimType.ADVANCE, "advanc,press,moving,move,head,approach,nearing,closing,encircl,offensive,away from,within", "[aptmhnceow]", "\\b(?:advanc(?:e|es|ed|ing)|press(?:es|ed|ing)? (?:toward|towards|on|ahead|deep)|"
                    + "to press (?:toward|towards)|moving on|mov(?:e|ed|ing) (?:toward|towards|into)|"
                    + "(?:heading|headed|head) (?:for|toward|towards)|approach(?:ed|ing)|nearing|closing in|"
                    + "encircl(?:e|ed|ing)|counteroffensives?|counter-offensives?|offensives?|"
                    + "away from|within \\d+ ?(?:km|kilomet(?:er|re)s|miles))\\b"),
            rule(ClaimType.REPELLED, "stop,halted,repel,held off,holding off,beat,pushed back,fought off,repulsed", "[shrbpf]", "\\b(?:stop(?:s|ped)?|halted|repel(?:s|led|ling)?|held off|holding off|"
                    + "beat(?:en)? back|pushed back|fought off|repulsed)\\b"),
            rule(ClaimType.FIGHTING, "fight,battl,clash,hostilities,skirmish,firefight", "[fbchs]", "\\b(?:fighting|battles?|battled|battling|clash(?:es|ed)?|hostilities|"
                    + "skirmish(?:es)?|firefights?)\\b"),
            rule(ClaimType.STRIKE, "strike,struck,shell,bomb,explosion,blast,rocket,air raid,missile,fire,hit by", "[amrdsebntfh]| s", "\\b(?:(?:air|missile|rocket|drone|artillery)? ?strikes?|airstrikes?|struck|"
                    + "shelling|shelled|bomb(?:ed|ing|ings|ardment)|explosions?|blasts?|"
                    + "rocket (?:attacks?|fire|launchers)|air raids?|missile attacks?|(?:arms|artillery|naval|tank|"
                    + "mortar|rocket) fire|fired [^.]{0,30}?missiles|hit by)\\b"),
            rule(ClaimType.EVACUATION, "evacuat", "e", "\\b(?:evacuat(?:e|es|ed|ing|ion|ions))\\b"));

    /** Uses of a cue word that are no event: each is tested on the text around the match. */
    private static final Pattern FALSE_FRIEND_AFTER = Pattern.compile(
            "^(?:\\s+(?:place|shelter|part|under|off|into account|steps|measures|the decision|a decision|"
                    + "power|office|hold|note|care|questions|what|responsibility|sirens?|alarms?|alerts?|shelters?|"
                    + "hostage|prisoner|captive|the lives?|the life|lives|the results|the moment|"
                    + "talking|short|in (?:video|footage|a video|photos?))\\b)",
            Pattern.CASE_INSENSITIVE);
    /** "Russian occupiers captured a secretary to the city council": people are taken, not places. */
    private static final Pattern PERSON_OBJECT = Pattern.compile(
            "(?i)^\\s+(?:a|an|the|\\d+|two|three|four|five|several|dozens of|hundreds of)?\\s*(?:[\\w-]+\\s+)?(?:secretary|mayor|head|"
                    + "journalists?|reporters?|soldiers|servicemen|people|civilians|residents|volunteers|officials?|priests?|children|"
                    + "prisoners|hostages|activists?|deputy|chairman|director)\\b");
    private static final Pattern FILMING_BEFORE = Pattern.compile(
            "(?i)\\b(?:footage|video|videos|images?|photos?|pictures?|cameras?|clip)\\b[^.]{0,25}$");
    // The lookaheads below list the letters a match begins with: most positions fail them without the
    // word-boundary tests (Unicode table lookups) of each alternative.
    private static final Pattern NEGATED_BEFORE = Pattern.compile(
            "(?i)(?=[nyfuwpa])(?:\\b(?:not|never|no|none|yet to|failed to|fail to|unable to|without|nor|prevent(?:s|ed|ing)?|"
                    + "avert(?:s|ed|ing)?|foil(?:s|ed|ing)?)\\b|n[’']t\\b)[^.,;]{0,40}$");
    private static final Pattern SPECULATIVE_BEFORE = Pattern.compile(
            "(?i)(?=[cwmseipaogtlruf])\\b(?:could|would|may|might|will|shall|should|must|expect(?:s|ed)? (?:to|a|an|the)|expected|"
                    + "intends?|intention|plans?|planned|planning|aims?|objective|goal|wants?|try|trying|threat(?:en)?s?|"
                    + "possible|possibility|anticipated|looming|imminent|prepar(?:e|es|ed|ing)|ready|if|unless|fear(?:s|ed)?|"
                    + "going to|likely|ordered to|commanded to|told to|orders? to|convince|persuade)\\b[^.;]{0,40}$");
    private static final Pattern SPECULATIVE_AFTER = Pattern.compile(
            "(?i)^\\s*(?:could|would|may|might|will|looms|is looming|is expected|was expected)\\b");
    private static final Pattern NATIONAL_AFTER = Pattern.compile(
            "(?i)^[^.,;]{0,25}\\b(?:throughout|across|all over|nationwide|in most directions|around the country)\\b");

    private EventCues() {
    }

    /** Every event cue of the sentence that reports an actual event. */
    static List<Cue> find(String sentence) {
        List<Cue> out = new ArrayList<>();
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (Rule r : RULES) {
            if (!r.mayMatch(lower)) continue;
            Matcher m = r.pattern().matcher(sentence);
            while (m.find()) {
                String word = m.group().strip();
                int start = m.start() + (m.group().length() - m.group().stripLeading().length());
                if (isEvent(sentence, start, m.end(), word.toLowerCase(Locale.ROOT))) {
                    out.add(new Cue(r.type(), start, m.end(), word));
                }
            }
        }
        return out;
    }

    private static boolean isEvent(String s, int start, int end, String word) {
        String before = s.substring(Math.max(0, start - 60), start);
        String after = s.substring(end, Math.min(s.length(), end + 40));
        if (FALSE_FRIEND_AFTER.matcher(after).find()) return false;
        if ((word.startsWith("captur") || word.startsWith("took") || word.startsWith("taken"))
                && FILMING_BEFORE.matcher(before).find()) return false;
        if (word.equals("took") || word.equals("taken")) {
            // "took"/"taken" alone are only an event with a place-like object nearby; "took a long time-out" is not
            if (!Regex.matches(after, "(?s)^\\s+(?:by|over|back|the|control|[A-Z]).*")) return false;
            if (Regex.matches(after, "(?is)^\\s+(?:to|from|hostage|prisoner|captive|away|into|in)\\b.*")) return false;
        }
        if ((word.startsWith("captur") || word.startsWith("seiz")) && PERSON_OBJECT.matcher(after).find()) return false;
        if (word.startsWith("stop") && Regex.matches(after, "(?is)^\\s+(?:their|his|her|the|a)\\s+(?:car|vehicle|bus|train|work|production|"
                + "operations|services|sales|supplies|exports).*")) return false;
        // "the stop signal", "a bus stop": the noun
        if (word.startsWith("stop") && Regex.matches(before, "(?is).*\\b(?:the|a|bus|full)\\s*$")) return false;
        if (word.startsWith("stop") && Regex.matches(after, "(?is)^\\s+(?:russia|ukraine|the aggress|this aggress|its bombing|"
                + "tanks|other vehicles|the people|the war).*")) return false;
        if (word.equals("offensive") && Regex.matches(before, "(?is).*\\b(?:an?|the)\\s*$") && Regex.matches(after, "(?is)^\\s+(?:in|on|against).*") ) {
            return !speculative(before, after);
        }
        if (NATIONAL_AFTER.matcher(after).find()) return false;
        if (NEGATED_BEFORE.matcher(clauseTail(before)).find()) return false;
        return !speculative(before, after);
    }

    private static boolean speculative(String before, String after) {
        return SPECULATIVE_BEFORE.matcher(clauseTail(before)).find() || SPECULATIVE_AFTER.matcher(after).find();
    }

    /** The part of the preceding text that belongs to the cue's own clause (after the last comma or colon). */
    private static String clauseTail(String before) {
        int cut = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf(':'), before.lastIndexOf(';')));
        return cut < 0 ? before : before.substring(cut + 1);
    }
}
