package org.frontline.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontline.gazetteer.Candidate;
import org.frontline.gazetteer.MatchKind;
import org.frontline.gazetteer.Place;

/**
 * Picks one place for each span of an article.
 *
 * <p>Each candidate gets a prior and a context score. The prior says how likely a bare mention of the name is to
 * mean this place: how the name matched (exact beats transliterated beats one-letter-off), the country (the
 * {@link ResolverProfile}: in war news Ukraine first, its neighbours next; in world news no country is favoured),
 * and importance (capital, oblast centre, country, population). The context score is coherence with the places
 * the article is already sure about: a village two kilometres from another village named in the same sentence is
 * almost certainly the right one, the same oblast helps, the same article helps a little. That is how
 * "Vilkhuvatka" next to "Borodoyarske" and "Balakliia" becomes the Vilkhuvatka of Balakliia raion and not one of
 * its three namesakes - population cannot tell them apart (all are small villages), the neighbours can.
 *
 * <p>Before scoring, a name qualified by a region or country right after it ("Paris, Texas", "Jackson,
 * Mississippi", "Vilkhuvatka, Kharkiv oblast") keeps only the readings that lie inside one of the qualifier's
 * readings, and the qualifier only the readings that contain one of the name's: the writer has disambiguated for
 * us, and no prior should overrule that.
 *
 * <p>It runs twice: the first pass resolves with priors alone and keeps the confident choices as anchors; the
 * second re-scores every span against the anchors of the other spans.
 */
final class Disambiguator {
    private static final double ANCHOR_CONFIDENCE = 0.6;

    private final ResolverProfile profile;

    Disambiguator(ResolverProfile profile) {
        this.profile = profile;
    }

    record Choice(Place place, Candidate candidate, double confidence, String reason) {
    }

    List<Choice> choose(String text, List<Span> spans) {
        List<List<Candidate>> readings = new ArrayList<>(spans.size());
        for (Span s : spans) readings.add(readings(s.candidates()));
        qualify(text, spans, readings);
        // each reading's prior, computed once: both passes and the soft anchors ask for it
        double[][] priors = new double[spans.size()][];
        for (int i = 0; i < spans.size(); i++) {
            List<Candidate> r = readings.get(i);
            priors[i] = new double[r.size()];
            for (int k = 0; k < r.size(); k++) priors[i][k] = prior(r.get(k));
        }
        int[] names = nameClasses(spans);
        List<List<Anchor>> soft = softAnchors(spans, readings, priors);
        List<Choice> first = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) first.add(best(spans.get(i), readings.get(i), priors[i], soft.get(i), Map.of()));
        // The anchors, one per distinct place: a place named twenty times is one piece of evidence, at the
        // distance of its nearest mention (same sentence, paragraph, article). Long live blogs name hundreds of
        // spans; scoring each against every mention of every anchor was quadratic and the hottest loop.
        Map<Long, List<Integer>> anchorMentions = new LinkedHashMap<>();
        for (int j = 0; j < spans.size(); j++) {
            Choice c = first.get(j);
            if (c.place() == null || c.confidence() < ANCHOR_CONFIDENCE) continue;
            anchorMentions.computeIfAbsent(c.place().id(), k -> new ArrayList<>()).add(j);
        }
        List<Choice> second = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            Map<String, Double> countries = profile.worldNames() ? countryShares(spans, first, anchorMentions, span) : Map.of();
            List<Anchor> anchors = new ArrayList<>(anchorMentions.size());
            for (List<Integer> mentions : anchorMentions.values()) {
                double weight = 0;
                for (int j : mentions) {
                    Span other = spans.get(j);
                    if (j == i || names[j] == names[i]) continue;
                    double w = other.sentenceIndex() == span.sentenceIndex() ? 1.0 : other.paragraph() == span.paragraph() ? 0.6 : 0.25;
                    if (w > weight) weight = w;
                }
                if (weight > 0) anchors.add(new Anchor(first.get(mentions.get(0)).place(), weight));
            }
            // the soft support stays: two names that vouch for each other may both still be short of sure
            anchors.addAll(soft.get(i));
            second.add(best(span, readings.get(i), priors[i], anchors, countries));
        }
        return second;
    }

    /**
     * Soft coherence for names with several readings, used in both passes. Two ambiguous names can vouch
     * for each other before either is sure: "Alexandria" (22 readings, Egypt's the biggest) and "Pineville" (7)
     * in one local story are the Louisiana pair five km apart, and no single reading of either would be confident
     * enough to anchor the other. So each reading of another name counts as an anchor weighted by its share of
     * that name's prior mass; the strongest such support counts, as for sure anchors. Names are grouped (a name
     * said ten times is one witness) and only the {@link #SOFT_READINGS} likeliest readings of each take part.
     */
    private List<List<Anchor>> softAnchors(List<Span> spans, List<List<Candidate>> readings, double[][] priors) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        String[] keys = new String[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            keys[i] = spans.get(i).text().toLowerCase(java.util.Locale.ROOT);
            groups.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(i);
        }
        Map<String, List<Anchor>> shares = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            int first = g.getValue().get(0);
            List<Candidate> r = readings.get(first);
            double total = 0;
            for (double p : priors[first]) total += p;
            List<Anchor> top = new ArrayList<>();
            for (int k = 0; k < r.size(); k++) if (total > 0) top.add(new Anchor(r.get(k).place(), priors[first][k] / total));
            top.sort((a, b) -> Double.compare(b.weight(), a.weight()));
            shares.put(g.getKey(), top.size() > SOFT_READINGS ? top.subList(0, SOFT_READINGS) : top);
        }
        List<List<Anchor>> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            if (readings.get(i).size() < 2) {
                out.add(List.of());
                continue;
            }
            String own = keys[i];
            List<Anchor> soft = new ArrayList<>();
            for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
                if (g.getKey().equals(own)) continue;
                double proximity = 0;
                for (int j : g.getValue()) proximity = Math.max(proximity, proximity(span, spans.get(j)));
                for (Anchor a : shares.get(g.getKey())) {
                    // an anchor of weight 0.05 or less can never count (see best): most of the 25 readings
                    double weight = proximity * a.weight();
                    if (weight > MIN_CONTRIBUTION) soft.add(new Anchor(a.place(), weight));
                }
            }
            out.add(soft);
        }
        return out;
    }

    private static final int SOFT_READINGS = 25;
    /** A context contribution must exceed this to count; an anchor weighing no more can be left out. */
    private static final double MIN_CONTRIBUTION = 0.05;

    private static double proximity(Span a, Span b) {
        return a.sentenceIndex() == b.sentenceIndex() ? 1.0 : a.paragraph() == b.paragraph() ? 0.6 : 0.25;
    }

    /** A place the article is sure of, and how close its nearest mention is to the span being scored. */
    private record Anchor(Place place, double weight) {
    }

    /** "Name, Qualifier": narrows both reading lists to the pairs where the qualifier contains the name. */
    private static void qualify(String text, List<Span> spans, List<List<Candidate>> readings) {
        for (int i = 0; i + 1 < spans.size(); i++) {
            Span a = spans.get(i);
            Span b = spans.get(i + 1);
            if (!commaBetween(text, a.end(), b.start())) continue;
            List<Candidate> inner = new ArrayList<>();
            List<Candidate> outer = new ArrayList<>();
            for (Candidate ca : readings.get(i)) {
                for (Candidate cb : readings.get(i + 1)) {
                    if (contains(cb.place(), ca.place())) {
                        if (!inner.contains(ca)) inner.add(ca);
                        if (!outer.contains(cb)) outer.add(cb);
                    }
                }
            }
            if (!inner.isEmpty()) {
                readings.set(i, inner);
                readings.set(i + 1, outer);
            }
        }
    }

    private static boolean commaBetween(String text, int from, int to) {
        if (to - from < 1 || to - from > 3) return false;
        boolean comma = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == ',') comma = true;
            else if (c != ' ') return false;
        }
        return comma;
    }

    /** Whether region or country {@code outer} contains place {@code inner} (by codes: no polygons needed). */
    static boolean contains(Place outer, Place inner) {
        if (outer == inner || !outer.isRegion() || outer.countryCode() == null) return false;
        if (!outer.countryCode().equals(inner.countryCode())) return false;
        String code = outer.featureCode() == null ? "" : outer.featureCode();
        if (code.startsWith("PCL")) return true;
        return code.equals("ADM1") && outer.admin1() != null && !outer.admin1().isEmpty()
                && outer.admin1().equals(inner.admin1()) && !"ADM1".equals(inner.featureCode());
    }

    private static boolean sameName(Span a, Span b) {
        return a.text().equalsIgnoreCase(b.text());
    }

    /**
     * One number per name as {@link #sameName} sees it: two spans have the same name exactly when their numbers are
     * equal ({@code equalsIgnoreCase} compares characters by their case-folded form, so it is an equivalence). The
     * second pass asks for every pair of span and anchor mention; a comparison of two ints replaces one of strings.
     */
    private static int[] nameClasses(List<Span> spans) {
        int[] out = new int[spans.size()];
        Map<String, Integer> byText = new java.util.HashMap<>();
        List<String> distinct = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            String t = spans.get(i).text();
            Integer known = byText.get(t);
            if (known == null) {
                known = distinct.size();
                for (int d = 0; d < distinct.size(); d++) {
                    if (distinct.get(d).equalsIgnoreCase(t)) {
                        known = byText.get(distinct.get(d));
                        break;
                    }
                }
                distinct.add(t);
                byText.put(t, known);
            }
            out[i] = known;
        }
        return out;
    }

    /**
     * The article's country, as the share of its sure places (one vote per distinct place, the span's own name
     * left out) that lie in each country; empty unless at least {@link #COUNTRY_VOTES} places vote. Local news
     * rarely names its country: a story that places Phenix City, Columbus and Alabama surely means the state by
     * "Georgia", and one about Chicago, Atlanta and Oregon the Dublin in Ohio or California rather than Ireland's
     * capital - yet none of those places is near enough to the other reading, or contains it, for the distance
     * kernel to say so. The share is a weak context (at most {@link #COUNTRY_CONTEXT}, below a named region's 0.5):
     * a place that the sentence itself ties elsewhere still wins, and a world story naming places in many
     * countries spreads the shares thin.
     */
    private static Map<String, Double> countryShares(List<Span> spans, List<Choice> first,
                                                     Map<Long, List<Integer>> anchorMentions, Span span) {
        Map<String, Double> votes = new java.util.HashMap<>();
        int total = 0;
        for (List<Integer> mentions : anchorMentions.values()) {
            Place p = first.get(mentions.get(0)).place();
            if (p.countryCode() == null || p.countryCode().isEmpty()) continue;
            boolean own = false;
            for (int j : mentions) own |= sameName(spans.get(j), span);
            if (own) continue;
            votes.merge(p.countryCode(), 1.0, Double::sum);
            total++;
        }
        if (total < COUNTRY_VOTES) return Map.of();
        for (Map.Entry<String, Double> e : votes.entrySet()) e.setValue(e.getValue() / total);
        return votes;
    }

    private static final int COUNTRY_VOTES = 2;
    private static final double COUNTRY_CONTEXT = 0.15;

    private Choice best(Span span, List<Candidate> readings, double[] priors, List<Anchor> anchors,
                        Map<String, Double> countries) {
        // contributions under 0.05 are ignored: beyond this many km the kernel cannot reach one
        double reachKm = profile.kernelKm() * Math.log(20);
        double reachLat = reachKm / 111.0;
        double total = 0;
        double bestScore = -1;
        Candidate best = null;
        // how the context of the best reading so far came about; worded once, for the winner
        Place bestAnchor = null;
        boolean bestIn = false;
        boolean bestContains = false;
        double bestKm = 0;
        boolean bestByCountry = false;
        for (int r = 0; r < readings.size(); r++) {
            Candidate c = readings.get(r);
            Place p = c.place();
            double prior = priors[r];
            double context = 0;
            // the anchor that gave the context, and how: the reason is worded only for the winner
            Place whyAnchor = null;
            boolean whyIn = false;
            boolean whyContains = false;
            double whyKm = 0;
            boolean area = isArea(p);
            for (Anchor anchor : anchors) {
                double weight = anchor.weight();
                // near is at most 1, so this anchor cannot raise the context
                if (weight <= context || weight <= MIN_CONTRIBUTION) continue;
                Place a = anchor.place();
                // A sharp kernel: neighbours a few km apart are near-certain evidence; 40 km (Warsaw and
                // Mińsk Mazowiecki) must not outweigh a capital city's prior.
                // A county (ADM2) is small enough for its centre to stand for it: "Henderson County" next to
                // Athens and Brownsboro is the Texas one because they lie inside it, 20 km from its centre, and
                // no other reading of the county is near them. States and countries are too big for a kernel.
                boolean point = !area && !isArea(a);
                double km = point && Math.abs(p.lat() - a.lat()) < reachLat
                        ? Geo.km(p.lat(), p.lon(), a.lat(), a.lon()) : Double.POSITIVE_INFINITY;
                double near = point ? Math.exp(-km / profile.kernelKm()) : 0;
                // Being inside a named country is weak evidence (every US town is in the United States; China,
                // Maine must not beat China); inside a named first-level region is strong (Dublin, Ohio).
                boolean in = contains(a, p);
                boolean containing = !in && contains(p, a);
                if (in || containing) near = Math.max(near, isCountry(a) || isCountry(p) ? 0.1 : 0.5);
                else if (sameAdmin1(p, a) && p.inUkraine()) near = Math.max(near, 0.15);
                else if (profile.worldNames() && sameCountry(p, a)) near = Math.max(near, 0.08);
                double contribution = weight * near;
                if (contribution > context && contribution > MIN_CONTRIBUTION) {
                    context = contribution;
                    whyAnchor = a;
                    whyIn = in;
                    whyContains = containing;
                    whyKm = km;
                }
            }
            boolean byCountry = false;
            double share = countries.getOrDefault(p.countryCode() == null ? "" : p.countryCode(), 0.0);
            if (COUNTRY_CONTEXT * share > context) {
                context = COUNTRY_CONTEXT * share;
                byCountry = true;
            }
            double score = prior * (1 + 6 * context);
            total += score;
            if (score > bestScore) {
                bestScore = score;
                best = c;
                bestAnchor = whyAnchor;
                bestIn = whyIn;
                bestContains = whyContains;
                bestKm = whyKm;
                bestByCountry = byCountry;
            }
        }
        if (best == null || total <= 0) return new Choice(null, null, 0, "no candidate");
        double confidence = bestScore / total * kindWeight(best);
        String bestWhy = bestByCountry ? "article's country " + best.place().countryCode() : bestAnchor == null ? ""
                : bestIn ? "in " + bestAnchor.name() : bestContains ? "contains " + bestAnchor.name()
                : Double.isInfinite(bestKm) ? "same region as " + bestAnchor.name()
                : Math.round(bestKm) + " km from " + bestAnchor.name();
        String reason = describe(best, span.candidates().size(), bestWhy);
        if (confidence < profile.abstainBelow()) return new Choice(null, best, confidence, "abstained: " + reason);
        return new Choice(best.place(), best, confidence, reason);
    }

    /**
     * A bare "Kharkiv" is the city; the oblast is meant when the text says "Kharkiv region" (which the gazetteer
     * answers with a REGION match). So a region that matched only by its bare name competes only when no
     * settlement of that name exists. World news names states and countries bare ("Texas", "Georgia"), and a
     * village called Texas must not take their place: there every country and first-level region competes.
     */
    List<Candidate> readings(List<Candidate> candidates) {
        boolean settlement = false;
        for (int i = 0; i < candidates.size() && !settlement; i++) settlement = !candidates.get(i).place().isRegion();
        if (!settlement) return candidates;
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if (!c.place().isRegion() || c.match() == MatchKind.REGION || profile.worldNames() && isWorldRegion(c.place())) out.add(c);
        }
        return java.util.Collections.unmodifiableList(out);
    }

    private static boolean isWorldRegion(Place p) {
        String code = p.featureCode() == null ? "" : p.featureCode();
        return !p.inUkraine() && (code.startsWith("PCL") || code.equals("ADM1") || code.equals("CONT") || code.equals("RGN"));
    }

    /** A region too big for the distance kernel: a country, a first-level region, a continent. */
    private static boolean isArea(Place p) {
        return p.isRegion() && !"ADM2".equals(p.featureCode()) || "CONT".equals(p.featureCode());
    }

    private static boolean isCountry(Place p) {
        return p.featureCode() != null && p.featureCode().startsWith("PCL");
    }

    private static boolean sameCountry(Place p, Place q) {
        return p.countryCode() != null && p.countryCode().equals(q.countryCode());
    }

    private static boolean sameAdmin1(Place p, Place q) {
        return p.countryCode() != null && p.countryCode().equals(q.countryCode()) && p.admin1() != null
                && !p.admin1().isEmpty() && p.admin1().equals(q.admin1());
    }

    /** "exact match", "fuzzy match": the start of every reason, one string per match kind. */
    private static final String[] MATCH_WORDS = java.util.Arrays.stream(MatchKind.values())
            .map(k -> k.name().toLowerCase(java.util.Locale.ROOT) + " match").toArray(String[]::new);

    private static String describe(Candidate c, int homonyms, String context) {
        StringBuilder sb = new StringBuilder(MATCH_WORDS[c.match().ordinal()]);
        if (homonyms > 1) sb.append(", 1 of ").append(homonyms).append(" candidates");
        if (!context.isEmpty()) sb.append(", ").append(context);
        else if (c.place().population() > 0) sb.append(", population ").append(c.place().population());
        return sb.toString();
    }

    /**
     * Match kind × country × importance. One more discount with a home country: a small place that answers to the
     * name only through an alternate (a village that was once called Paris, or whose Russian-era name is
     * "Moldova") should not take the name from a famous city abroad that bears it as its own name; the country
     * prior alone (0.3 for France) would let it.
     */
    double prior(Candidate c) {
        Place p = c.place();
        double byAlternate = profile.homeCountry() != null && p.population() < SMALL_PLACE && !p.isRegion()
                && !isOwnName(c) ? 0.5 : 1.0;
        if (profile.worldNames() && !p.isRegion() && !isOwnName(c)) byAlternate = WORLD_ALTERNATE;
        return kindWeight(c) * profile.countryWeight(p) * (0.25 + importance(p)) * byAlternate;
    }

    private static final long SMALL_PLACE = 10_000;

    /**
     * In a world gazetteer a settlement that answers to a name only through one of its alternates rarely bears
     * it in the news: GeoNames lists former and unofficial names (Reisterstown was once "Washington", Spencer,
     * West Virginia "California", Dayton "Venice"), and Mexico City answers to "Mexico". Such a reading keeps
     * 0.4 of its prior, so a place or country whose own name it is comes first unless the context says otherwise;
     * where every reading is by an alternate (Kiev, Peking) the discount cancels out. Settlements only: a country
     * answers to its demonyms and short forms (Turkish, Britain) by alternates on purpose.
     */
    private static final double WORLD_ALTERNATE = 0.4;

    private static boolean isOwnName(Candidate c) {
        String m = c.matchedName();
        return m == null || m.equalsIgnoreCase(c.place().name()) || m.equalsIgnoreCase(c.place().asciiName());
    }

    private static double kindWeight(Candidate c) {
        return switch (c.match()) {
            case EXACT, REGION -> 1.0;
            case VARIANT -> 0.85;
            case FUZZY -> 0.4;
        };
    }

    /** 0..1.6: countries, the capital and oblast centres first, then by population on a log scale. */
    private static double importance(Place p) {
        String code = p.featureCode() == null ? "" : p.featureCode();
        double byCode = switch (code) {
            // a country's name almost always means the country (Mexico, not Mexico City; China, not China, Maine)
            case "PCLI", "CONT" -> 1.6;
            case "PPLC" -> 1.0;
            case "PCLD", "PCLS", "PCLF", "PCL", "PCLIX" -> 1.2;
            case "PPLA" -> 0.85;
            case "ADM1" -> p.inUkraine() ? 0.6 : 0.75;
            case "PPLA2", "RGN" -> 0.6;
            case "ISL" -> 0.4;
            default -> 0.0;
        };
        double byPopulation = p.population() <= 0 ? 0.05 : Math.min(1.0, Math.log10(p.population()) / 7.0);
        return Math.max(byCode, byPopulation);
    }
}
