package org.frontline.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.ingest.PreparedArticle;
import org.frontline.ingest.Sentence;
import org.frontline.resolve.Mention;

/**
 * One pass over one article: sentence by sentence, clause by clause, an event word and a place in the same clause
 * make a draft claim; then the live-blog entry is read as a whole (headings merged into their body, doubt voiced
 * once for the entry spread to its claims, repeats dropped) and the drafts become {@link Claim}s.
 */
final class ArticleReading {
    private static final Pattern PERSON_FOR_TITLE = Pattern.compile("\\b(Zelensk(?:y|iy|yy)|Putin|Biden|Klitschko)\\b");
    /** "...: US to impose sanctions on Putin" and "...: Report" are no source names. */
    private static final Pattern NOT_A_SOURCE = Pattern.compile(
            "(?i)\\b(?:to|is|are|was|were|will|has|have|had|on|over|says?|said)\\b|^(?:report|reports|live|update|updates|analysis|explainer|video|opinion)$");
    private static final Pattern NOMINAL_CUE = Pattern.compile(
            "(?i)evacuations?|counteroffensives?|counter-offensives?|offensives?|advances?|withdrawal");
    private static final Pattern DEFINITE_BEFORE = Pattern.compile("(?i)\\b(?:the|this|that)\\s+(?:[\\w’'-]+\\s+){0,2}$");
    private static final Pattern ATTRIBUTIVE_BEFORE = Pattern.compile("(?i)\\b(?:the|a|an|in|of|newly|recently)\\s+$");
    private static final Pattern BARE_TITLE = Pattern.compile("(?i)^(?:the\\s+)?(?:president|ukraine[’']s president|the ukrainian president|ukrainian president)$");

    /** A claim in the making; mutable because the entry pass refines actor, claimant and hedging. */
    private static final class Draft {
        Structure.Unit unit;
        Mention mention;
        Cue cue;
        String actor;
        Speaker speaker;
        boolean hedged;
        EventDate date;
        boolean dropped;
    }

    private final PreparedArticle article;
    private final EventDates dates;
    private final Structure structure;
    private final Map<Integer, List<Mention>> bySentence = new HashMap<>();
    private final Map<Integer, Speaker> speakers = new HashMap<>();
    /**
     * Sentences that hold, or follow in their entry, a place that can be a scene. Only those can yield a claim, and
     * most sentences of a news text name no such place, so the reading rules never run on the others.
     */
    private final Set<Integer> mayClaim = new HashSet<>();
    /** Off only in the test that skipping sentences which cannot locate a claim changes no claim. */
    private boolean skipsSentences = true;
    private final Map<Integer, List<Attribution.Found>> attributions = new HashMap<>();
    private final Map<Integer, List<SidePhrase>> agents = new HashMap<>();

    ArticleReading(PreparedArticle article, List<Mention> mentions, EventDates dates) {
        this.article = article;
        this.dates = dates;
        this.structure = new Structure(article);
        List<Mention> placed = new ArrayList<>(mentions.size());
        for (Mention m : mentions) if (m != null && m.place() != null) placed.add(m);
        placed.sort(Comparator.comparingInt(Mention::start));
        int entry = -1;
        boolean sceneSoFar = false;
        int first = 0; // sentences come in text order, so the mentions before this one's start are done with
        for (Structure.Unit u : structure.units()) {
            Sentence s = u.sentence();
            while (first < placed.size() && placed.get(first).start() < s.start()) first++;
            List<Mention> in = new ArrayList<>();
            for (int i = first; i < placed.size() && placed.get(i).start() <= s.end(); i++) {
                if (placed.get(i).end() <= s.end()) in.add(placed.get(i));
            }
            bySentence.put(s.index(), in);
            if (u.entry() != entry) {
                entry = u.entry();
                sceneSoFar = false;
            }
            for (Mention m : in) sceneSoFar |= mayBeScene(m.place());
            if (sceneSoFar) mayClaim.add(s.index());
        }
    }

    /**
     * Whether a place can locate a claim at all: every scene passes {@link MentionFilter#canBeScene}, and "the
     * site" or a paragraph's place only ever refer back to one that did.
     */
    private static boolean mayBeScene(org.frontline.gazetteer.Place p) {
        return p.inUkraine() && !code(p).startsWith("PCL");
    }

    /** A reading that runs the rules on every sentence, for comparison with the one that skips. */
    static ArticleReading everySentence(PreparedArticle article, List<Mention> mentions, EventDates dates) {
        ArticleReading r = new ArticleReading(article, mentions, dates);
        r.skipsSentences = false;
        return r;
    }

    List<Claim> claims() {
        List<Draft> drafts = new ArrayList<>();
        for (Structure.Unit u : structure.units()) {
            if (!u.caption() && (!skipsSentences || mayClaim.contains(u.sentence().index()))) read(u, drafts);
        }
        readEntries(drafts);
        inheritActorsAcrossArticle(drafts);
        List<Claim> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Draft d : drafts) {
            if (d.dropped) continue;
            Claim c = toClaim(d);
            if (ids.add(c.id())) out.add(c);
        }
        return out;
    }

    // ---- sentence pass

    private void read(Structure.Unit unit, List<Draft> drafts) {
        Sentence s = unit.sentence();
        String st = s.text();
        // a question asks, it does not claim ("how can we convince Putin to withdraw from Ukraine?")
        if (isQuestion(st)) return;
        List<Mention> mentions = bySentence.getOrDefault(s.index(), List.of());
        if (skipsSentences && !canLocate(unit, mentions, drafts)) return;
        List<Cue> cues = EventCues.find(st);
        if (cues.isEmpty()) return;
        List<Span> clauses = Clauses.split(st);
        List<Attribution.Found> found = attributions(s);
        List<Span> claimantSpans = found.stream().map(f -> new Span(f.start(), f.end())).toList();
        Set<Long> placesDone = new HashSet<>();
        boolean doubted = Hedges.inSentence(st);
        for (Span clause : clauses) {
            List<Cue> clauseCues = cues.stream().filter(c -> clause.contains(c.start())).toList();
            if (clauseCues.isEmpty()) continue;
            List<Mention> inClause = mentions.stream().filter(m -> clause.contains(m.start() - s.start())).toList();
            List<Integer> starts = inClause.stream().filter(m -> !code(m.place()).startsWith("PCL"))
                    .map(m -> m.start() - s.start()).toList();
            List<int[]> anchors = new ArrayList<>();
            List<Mention> targets = new ArrayList<>();
            for (Mention m : inClause) {
                int at = m.start() - s.start();
                int end = m.end() - s.start();
                if (claimantSpans.stream().anyMatch(c -> c.overlaps(at, end))) continue;
                if (!MentionFilter.canBeScene(m, st, at, end, starts)) continue;
                targets.add(m);
                anchors.add(new int[] {at, end});
            }
            if (targets.isEmpty()) {
                Anaphora.Found ana = Anaphora.find(st, clause);
                Mention antecedent = ana == null ? null : antecedent(unit, ana, mentions);
                if (antecedent != null) {
                    targets.add(referringMention(s, ana.start(), ana.end(), antecedent));
                    anchors.add(new int[] {ana.start(), ana.end()});
                } else if (ana == null && mentions.isEmpty()) {
                    Draft focus = paragraphFocus(unit, drafts);
                    // only a verb with a named side ("Russian occupational troops have withdrawn") reports an event
                    // without naming the place; "the abandoned plant" describes one
                    Cue control = clauseCues.stream().filter(c -> c.type() == ClaimType.WITHDRAWN || c.type() == ClaimType.CAPTURED)
                            .filter(c -> !ATTRIBUTIVE_BEFORE.matcher(st.substring(0, c.start())).find())
                            .filter(c -> ActorReader.read(st, clause, c, agents(s), claimantSpans, null) != null)
                            .findFirst().orElse(null);
                    if (focus != null && control != null) {
                        // an empty span where the verb stands: the place is named in an earlier sentence, and no
                        // word of this one should be highlighted as if it were the place
                        targets.add(referringMention(s, control.start(), control.start(), focus.mention));
                        anchors.add(new int[] {control.start(), control.end()});
                    }
                }
            }
            for (int i = 0; i < targets.size(); i++) {
                Mention m = targets.get(i);
                if (!placesDone.add(m.place().id())) continue;
                int[] a = anchors.get(i);
                Cue cue = nearestCue(clauseCues, a[0], a[1]);
                Speaker speaker = speakerFor(unit);
                Draft d = new Draft();
                d.unit = unit;
                d.mention = m;
                d.cue = cue;
                d.speaker = speaker;
                String speakerSide = speaker == null ? null : speaker.side();
                d.actor = ActorReader.read(st, clause, cue, agents(s), claimantSpans, speakerSide);
                if (d.actor == null && NOMINAL_CUE.matcher(cue.word()).matches() && Side.belligerent(speakerSide)
                        && claimantSpans.stream().anyMatch(c -> clause.contains(c.start()) && c.end() <= cue.start())) {
                    // "a pro-Kremlin official called for evacuations", "Kyiv declared a counteroffensive": whoever
                    // announces such an operation is the side that runs it
                    d.actor = speakerSide;
                }
                if (d.actor == null) d.actor = previousActorInParagraph(unit, cue.type(), drafts);
                d.hedged = doubted || (speaker != null && sameSentence(speaker, found) && speaker.hedgedVerb())
                        || (speaker != null && speaker.kind() == Attribution.Kind.ACCORDING_TO && Side.belligerent(speaker.side()));
                d.date = dateOf(st, clause, cue);
                drafts.add(d);
            }
        }
    }

    /** Ends in a question mark, perhaps inside a closing quote (as the pattern {@code .*\?[”"’']?} would say). */
    private static boolean isQuestion(String sentence) {
        String t = sentence.strip();
        int n = t.length();
        if (n > 0 && t.charAt(n - 1) == '?') return true;
        return n > 1 && "”\"’'".indexOf(t.charAt(n - 1)) >= 0 && t.charAt(n - 2) == '?';
    }

    /**
     * Whether a sentence can locate a claim: by a place of its own that can be a scene, else only by words that
     * refer back ("the site", see {@link Anaphora#mayFind}) or, when it names no place at all, by the place of a
     * claim just before it in the paragraph ({@link #paragraphFocus}).
     */
    private boolean canLocate(Structure.Unit unit, List<Mention> mentions, List<Draft> drafts) {
        for (Mention m : mentions) if (mayBeScene(m.place())) return true;
        return Anaphora.mayFind(unit.sentence().text()) || mentions.isEmpty() && paragraphFocus(unit, drafts) != null;
    }

    /**
     * The cue that governs a place: the nearest one, where a cue before the place counts closer than one after it
     * - English puts the verb before its locative ("advance 50 kilometers in the Kharkiv region, with settlements
     * liberated").
     */
    private static Cue nearestCue(List<Cue> cues, int start, int end) {
        return cues.stream().min(Comparator.comparingInt((Cue c) -> c.distanceTo(start, end) + (c.start() >= end ? 20 : 0))
                .thenComparingInt(Cue::start)).orElseThrow();
    }

    private static boolean sameSentence(Speaker speaker, List<Attribution.Found> found) {
        return found.stream().anyMatch(f -> speaker.text().contains(f.text()) || f.text().contains(speaker.text()));
    }

    private EventDate dateOf(String st, Span clause, Cue cue) {
        LocalDate pub = article.article().published();
        EventDate d = dates.resolve(st.substring(clause.start(), clause.end()), cue.start() - clause.start(), pub);
        boolean wholeSentence = clause.start() == 0 && clause.end() == st.length();
        if (d == null && !wholeSentence) d = dates.resolve(st, cue.start(), pub);
        return d == null ? EventDates.publication(pub) : d;
    }

    /**
     * A claim located through "the site" or through the paragraph's place carries its own mention: the words
     * that refer (offsets in this sentence, so the quote highlights them and the claim id stays unique and
     * stable) with the place and confidence of the mention they refer back to, and a reason naming it.
     */
    private Mention referringMention(Sentence s, int start, int end, Mention antecedent) {
        return new Mention(antecedent.articleId(), s.index(), s.start() + start, s.start() + end,
                s.text().substring(start, end), antecedent.matchedName(), antecedent.place(), antecedent.confidence(),
                "refers back to '" + antecedent.text() + "' at " + antecedent.start());
    }

    /** The place a definite description ("the site", "the capital") points back to, within the entry. */
    private Mention antecedent(Structure.Unit unit, Anaphora.Found ana, List<Mention> sameSentence) {
        List<Mention> candidates = new ArrayList<>();
        for (Structure.Unit u : structure.entry(unit.entry())) {
            if (u.sentence().index() > unit.sentence().index()) break;
            for (Mention m : bySentence.getOrDefault(u.sentence().index(), List.of())) {
                boolean before = u != unit || m.start() - unit.sentence().start() < ana.start();
                if (before && m.place().inUkraine() && !code(m.place()).startsWith("PCL")) candidates.add(m);
            }
        }
        if (ana.kind() == Anaphora.Kind.CAPITAL) {
            for (int i = candidates.size() - 1; i >= 0; i--) if ("PPLC".equals(code(candidates.get(i).place()))) return candidates.get(i);
            return null;
        }
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Mention m = candidates.get(i);
            boolean fits = switch (ana.kind()) {
                case ISLAND -> "ISL".equals(code(m.place())) || String.valueOf(m.matchedName()).toLowerCase(java.util.Locale.ROOT).contains("island");
                case SETTLEMENT -> "P".equals(m.place().featureClass());
                default -> !m.place().isRegion();
            };
            if (fits) return m;
        }
        return null;
    }

    /** The place of the last claim in this paragraph, for "Russian occupational troops have withdrawn" with no place. */
    private Draft paragraphFocus(Structure.Unit unit, List<Draft> drafts) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft d = drafts.get(i);
            if (d.unit.sentence().paragraph() != unit.sentence().paragraph()) return null;
            if (unit.sentence().index() - d.unit.sentence().index() <= 2) return d;
        }
        return null;
    }

    private static String previousActorInParagraph(Structure.Unit unit, ClaimType type, List<Draft> drafts) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft d = drafts.get(i);
            if (d.unit.sentence().paragraph() != unit.sentence().paragraph()) return null;
            if (d.unit != unit && d.cue.type() == type && d.actor != null) return d.actor;
        }
        return null;
    }

    /**
     * The attributions and agent phrases of a sentence, found once: the sentence pass, the speaker of its
     * neighbours, the entry title and the entry pass all ask for them.
     */
    private List<Attribution.Found> attributions(Sentence s) {
        return attributions.computeIfAbsent(s.index(), k -> Attribution.find(s.text()));
    }

    private List<SidePhrase> agents(Sentence s) {
        return agents.computeIfAbsent(s.index(), k -> Sides.agents(s.text()));
    }

    // ---- who says so

    /** The attribution of a sentence: its own, else its paragraph's, else its entry title's. */
    private Speaker speakerFor(Structure.Unit unit) {
        return speakers.computeIfAbsent(unit.sentence().index(), k -> findSpeaker(unit));
    }

    private Speaker findSpeaker(Structure.Unit unit) {
        Speaker own = ownSpeaker(unit);
        if (own != null) return own;
        List<Structure.Unit> entry = structure.entry(unit.entry());
        Structure.Unit best = null;
        for (Structure.Unit u : entry) {
            if (u == unit || u.heading() || u.caption() || u.sentence().paragraph() != unit.sentence().paragraph()) continue;
            if (ownSpeaker(u) == null) continue;
            if (best == null || Math.abs(u.sentence().index() - unit.sentence().index()) < Math.abs(best.sentence().index() - unit.sentence().index())) {
                best = u;
            }
        }
        if (best != null) return ownSpeaker(best);
        Structure.Unit heading = structure.heading(unit.entry());
        if (heading != null && heading != unit && titleNamesSource(heading)) return ownSpeaker(heading);
        return null;
    }

    /**
     * A title that ends in its source ("...: Ukraine's land forces", "..., senior official says") vouches for the
     * whole entry; a title that opens with one ("Russia claims capture of airfield") only for its own claim, so
     * the entry's background sentences stay unattributed.
     */
    private boolean titleNamesSource(Structure.Unit heading) {
        String t = heading.sentence().text();
        if (headingSuffix(t) != null) return true;
        for (Attribution.Found f : attributions(heading.sentence())) {
            if (Regex.matches(t.substring(f.end()), "(?s)\\s*(?:has |have )?(?:says|said|claims|claimed)\\s*$")) return true;
        }
        return false;
    }

    private final Map<Integer, Speaker> own = new HashMap<>();

    private Speaker ownSpeaker(Structure.Unit unit) {
        Integer key = unit.sentence().index();
        if (own.containsKey(key)) return own.get(key);
        own.put(key, null); // guards the recursion of pronoun resolution
        String st = unit.sentence().text();
        List<Attribution.Found> found = attributions(unit.sentence());
        Attribution.Found f = Attribution.primary(found);
        Speaker sp = null;
        if (f == null && unit.heading()) f = headingSuffix(st);
        if (f != null) {
            String text = f.text();
            Attribution.Kind kind = f.kind();
            if (kind == Attribution.Kind.PRONOUN) {
                Speaker antecedent = previousFullSpeaker(unit);
                if (antecedent != null) {
                    sp = new Speaker(antecedent.text(), antecedent.side(), f.hedgedVerb() || antecedent.hedgedVerb(), antecedent.kind());
                }
            }
            if (sp == null) {
                if (BARE_TITLE.matcher(text).matches()) {
                    Matcher p = PERSON_FOR_TITLE.matcher(paragraphText(unit));
                    if (p.find()) text = p.group(1);
                }
                if (Regex.matches(text, "[A-Z][\\p{L}’'-]+")) text = fullerName(unit, text);
                String side = Sides.ofClaimant(text);
                if (Sides.mentionsCountryOf(text)) side = countrySide(unit);
                sp = new Speaker(text, side, f.hedgedVerb(), kind);
            }
        }
        own.put(key, sp);
        return sp;
    }

    /** "Russian troops stop near Konotop: Ukraine's land forces" - the title names its source after the colon. */
    private static Attribution.Found headingSuffix(String heading) {
        int colon = heading.lastIndexOf(':');
        if (colon > 0) {
            String after = heading.substring(colon + 1).strip();
            String before = heading.substring(0, colon).strip();
            if (!after.isEmpty() && Regex.split(after, "\\s+").length <= 6 && EventCues.find(after).isEmpty() && !NOT_A_SOURCE.matcher(after).find()) {
                int start = heading.indexOf(after, colon);
                return new Attribution.Found(after, start, start + after.length(), Attribution.Kind.SAYS, false);
            }
            if (!before.isEmpty() && Regex.split(before, "\\s+").length <= 3 && !NOT_A_SOURCE.matcher(before).find()
                    && !Regex.matches(before, "(?i).*\\b(?:latest|updates?|live)\\b.*")) {
                return new Attribution.Found(before, 0, before.length(), Attribution.Kind.SAYS, false);
            }
        }
        return null;
    }

    private Speaker previousFullSpeaker(Structure.Unit unit) {
        List<Structure.Unit> entry = structure.entry(unit.entry());
        for (int i = entry.size() - 1; i >= 0; i--) {
            Structure.Unit u = entry.get(i);
            if (u.sentence().index() >= unit.sentence().index()) continue;
            Speaker s = ownSpeaker(u);
            if (s != null && s.kind() != Attribution.Kind.PRONOUN) return s;
        }
        return null;
    }

    /** "Simmons said" after "Al Jazeera's Simmons, reporting from Kyiv, says": the entry named him in full. */
    private String fullerName(Structure.Unit unit, String surname) {
        for (Structure.Unit u : structure.entry(unit.entry())) {
            if (u.sentence().index() >= unit.sentence().index()) break;
            for (Attribution.Found f : attributions(u.sentence())) {
                if (f.text().endsWith(" " + surname) || f.text().endsWith("’s " + surname)) return f.text();
            }
        }
        return surname;
    }

    /** "the country's defence ministry": the country the entry is about - its title's speaker or first side. */
    private String countrySide(Structure.Unit unit) {
        Structure.Unit heading = structure.heading(unit.entry());
        for (Structure.Unit u : heading == null ? List.of(unit) : List.of(heading, unit)) {
            for (SidePhrase a : agents(u.sentence())) {
                if (Side.belligerent(a.side())) return a.side();
            }
        }
        return null;
    }

    private String paragraphText(Structure.Unit unit) {
        StringBuilder b = new StringBuilder();
        for (Structure.Unit u : structure.entry(unit.entry())) {
            if (u.sentence().paragraph() == unit.sentence().paragraph()) b.append(u.sentence().text()).append(' ');
        }
        return b.toString();
    }

    // ---- entry pass

    private void readEntries(List<Draft> drafts) {
        Map<Integer, List<Draft>> byEntry = new HashMap<>();
        for (Draft d : drafts) byEntry.computeIfAbsent(d.unit.entry(), k -> new ArrayList<>()).add(d);
        for (Map.Entry<Integer, List<Draft>> e : byEntry.entrySet()) {
            List<Draft> entry = e.getValue();
            List<Draft> body = entry.stream().filter(d -> !d.unit.heading()).toList();
            for (Draft h : entry) {
                if (!h.unit.heading()) continue;
                List<Draft> same = body.stream().filter(b -> samePlace(b, h) && b.cue.type() == h.cue.type()).toList();
                if (!same.isEmpty()) {
                    // the body says it again, with its attribution: keep the body, let the title fill gaps
                    for (Draft b : same) if (b.actor == null) b.actor = h.actor;
                    h.dropped = true;
                } else {
                    // a title is a summary; whoever the body quotes first is the source of what it summarises
                    Speaker first = firstBodySpeaker(e.getKey());
                    if (first != null) h.speaker = first;
                }
            }
            boolean entryDoubt = structure.entry(e.getKey()).stream().anyMatch(u -> Hedges.forEntry(u.sentence().text()));
            Structure.Unit heading = structure.heading(e.getKey());
            String doubtedSide = null;
            boolean titleDoubts = false;
            if (heading != null) {
                for (Attribution.Found f : attributions(heading.sentence())) {
                    if (f.hedgedVerb()) {
                        titleDoubts = true;
                        doubtedSide = Sides.ofClaimant(f.text());
                    }
                }
            }
            for (Draft d : entry) {
                if (entryDoubt) d.hedged = true;
                String side = d.speaker == null ? null : d.speaker.side();
                if (titleDoubts && (doubtedSide == null || doubtedSide.equals(side))) d.hedged = true;
            }
            // one claim per place, type, actor and day in an entry: repeats add nothing to the map
            Set<String> seen = new HashSet<>();
            for (Draft d : entry) {
                if (d.dropped) continue;
                String key = d.mention.place().id() + "|" + d.cue.type() + "|" + d.actor + "|" + d.date.date();
                if (!seen.add(key)) d.dropped = true;
            }
        }
    }

    private Speaker firstBodySpeaker(int entry) {
        for (Structure.Unit u : structure.entry(entry)) {
            if (u.heading() || u.caption()) continue;
            Speaker s = ownSpeaker(u);
            if (s != null) return s;
        }
        return null;
    }

    private static boolean samePlace(Draft a, Draft b) {
        return a.mention.place().id() == b.mention.place().id();
    }

    /**
     * "the Kherson advance" two paragraphs after "Kyiv declared a counteroffensive in Kherson province" is the same
     * advance: a definite event noun refers back to an event already told, at the same place or in its region.
     */
    private static void inheritActorsAcrossArticle(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.dropped || d.actor != null || !NOMINAL_CUE.matcher(d.cue.word()).matches()) continue;
            String before = d.unit.sentence().text().substring(0, d.cue.start());
            if (!DEFINITE_BEFORE.matcher(before).find()) continue;
            for (int j = i - 1; j >= 0; j--) {
                Draft e = drafts.get(j);
                if (!e.dropped && e.actor != null && e.cue.type() == d.cue.type() && sameOrWithin(e.mention.place(), d.mention.place())) {
                    d.actor = e.actor;
                    break;
                }
            }
        }
    }

    private static boolean sameOrWithin(org.frontline.gazetteer.Place a, org.frontline.gazetteer.Place b) {
        if (a.id() == b.id()) return true;
        boolean sameRegion = Objects.equals(a.countryCode(), b.countryCode()) && Objects.equals(a.admin1(), b.admin1());
        return sameRegion && ("ADM1".equals(a.featureCode()) || "ADM1".equals(b.featureCode()));
    }

    private Claim toClaim(Draft d) {
        Sentence s = d.unit.sentence();
        var a = article.article();
        String id = a.id() + "-" + s.index() + "-" + d.mention.start();
        return new Claim(id, a.id(), a.source(), a.published(), d.date.date(), d.date.precision(), d.cue.type(),
                d.actor, d.speaker == null ? null : d.speaker.text(), d.speaker == null ? null : d.speaker.side(),
                d.hedged, d.mention, s.start(), s.end(), a.text().substring(s.start(), s.end()), List.of());
    }

    /** Feature code or "" - additions and imports may come without one. */
    private static String code(org.frontline.gazetteer.Place p) {
        return p.featureCode() == null ? "" : p.featureCode();
    }
}
