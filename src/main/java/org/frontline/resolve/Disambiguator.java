package org.frontline.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.frontline.gazetteer.Candidate;
import org.frontline.gazetteer.Place;

/**
 * Picks one place for each span of an article.
 *
 * <p>Each candidate gets a prior and a context score. The prior says how likely a bare mention of the name is to
 * mean this place in war news: how the name matched (exact beats transliterated beats one-letter-off), the
 * country (Ukraine first, its neighbours next: the corpus is about this war), and importance (capital, oblast
 * centre, population). The context score is coherence with the places the article is already sure about: a
 * village two kilometres from another village named in the same sentence is almost certainly the right one, the
 * same oblast helps, the same article helps a little. That is how "Vilkhuvatka" next to "Borodoyarske" and
 * "Balakliia" becomes the Vilkhuvatka of Balakliia raion and not one of its three namesakes - population cannot
 * tell them apart (all are small villages), the neighbours can.
 *
 * <p>It runs twice: the first pass resolves with priors alone and keeps the confident choices as anchors; the
 * second re-scores every span against the anchors of the other spans.
 */
final class Disambiguator {
    private static final Set<String> NEIGHBOURS = Set.of("RU", "BY", "PL", "MD", "RO", "HU", "SK");
    private static final double ANCHOR_CONFIDENCE = 0.6;
    /** Below this confidence the resolver abstains rather than put a dot in a likely wrong place. */
    static final double ABSTAIN_BELOW = 0.12;

    record Choice(Place place, Candidate candidate, double confidence, String reason) {
    }

    List<Choice> choose(List<Span> spans) {
        List<Choice> first = new ArrayList<>();
        for (Span s : spans) first.add(best(s, List.of(), List.of()));
        List<Choice> second = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            List<Span> otherSpans = new ArrayList<>();
            List<Choice> anchors = new ArrayList<>();
            for (int j = 0; j < spans.size(); j++) {
                Choice c = first.get(j);
                if (j == i || c.place() == null || c.confidence() < ANCHOR_CONFIDENCE) continue;
                if (sameName(spans.get(i), spans.get(j))) continue;
                otherSpans.add(spans.get(j));
                anchors.add(c);
            }
            second.add(best(spans.get(i), otherSpans, anchors));
        }
        return second;
    }

    private static boolean sameName(Span a, Span b) {
        return a.text().equalsIgnoreCase(b.text());
    }

    private Choice best(Span span, List<Span> anchorSpans, List<Choice> anchors) {
        double total = 0;
        double bestScore = -1;
        Candidate best = null;
        String bestWhy = "";
        for (Candidate c : Readings.of(span.candidates())) {
            double prior = prior(c);
            double context = 0;
            String why = "";
            for (int k = 0; k < anchors.size(); k++) {
                Span as = anchorSpans.get(k);
                Place a = anchors.get(k).place();
                double weight = as.sentenceIndex() == span.sentenceIndex() ? 1.0 : as.paragraph() == span.paragraph() ? 0.6 : 0.25;
                double km = Geo.km(c.place().lat(), c.place().lon(), a.lat(), a.lon());
                // A sharp kernel: neighbours a few km apart are near-certain evidence; 40 km (Warsaw and
                // Mińsk Mazowiecki) must not outweigh a capital city's prior.
                double near = Math.exp(-km / 10.0);
                if (a.isRegion() && sameAdmin1(c.place(), a)) near = Math.max(near, 0.5);
                else if (sameAdmin1(c.place(), a) && c.place().inUkraine() && weight >= 0.6) near = Math.max(near, 0.15);
                double contribution = weight * near;
                if (contribution > context && contribution > 0.05) {
                    context = contribution;
                    why = Math.round(km) + " km from " + a.name();
                }
            }
            double score = prior * (1 + 6 * context);
            total += score;
            if (score > bestScore) {
                bestScore = score;
                best = c;
                bestWhy = why;
            }
        }
        if (best == null || total <= 0) return new Choice(null, null, 0, "no candidate");
        double confidence = bestScore / total * kindWeight(best);
        String reason = describe(best, span.candidates().size(), bestWhy);
        if (confidence < ABSTAIN_BELOW) return new Choice(null, best, confidence, "abstained: " + reason);
        return new Choice(best.place(), best, confidence, reason);
    }

    private static boolean sameAdmin1(Place p, Place q) {
        return p.countryCode() != null && p.countryCode().equals(q.countryCode()) && p.admin1() != null
                && !p.admin1().isEmpty() && p.admin1().equals(q.admin1());
    }

    private static String describe(Candidate c, int homonyms, String context) {
        StringBuilder sb = new StringBuilder(c.match().name().toLowerCase(java.util.Locale.ROOT)).append(" match");
        if (homonyms > 1) sb.append(", 1 of ").append(homonyms).append(" candidates");
        if (!context.isEmpty()) sb.append(", ").append(context);
        else if (c.place().population() > 0) sb.append(", population ").append(c.place().population());
        return sb.toString();
    }

    static double prior(Candidate c) {
        Place p = c.place();
        // Additive, not multiplicative: Ukraine first, but a capital of the world (Paris) still outweighs a
        // Ukrainian hamlet that once had the same name.
        double country = p.inUkraine() ? 1.0 : NEIGHBOURS.contains(p.countryCode()) ? 0.5 : 0.2;
        return kindWeight(c) * (0.5 * country + importance(p));
    }

    private static double kindWeight(Candidate c) {
        return switch (c.match()) {
            case EXACT, REGION -> 1.0;
            case VARIANT -> 0.85;
            case FUZZY -> 0.4;
        };
    }

    /** 0..1: the capital and oblast centres first, then by population on a log scale. */
    private static double importance(Place p) {
        String code = p.featureCode() == null ? "" : p.featureCode();
        double byCode = switch (code) {
            case "PPLC" -> 1.0;
            case "PPLA" -> 0.85;
            case "ADM1" -> 0.6;
            case "PPLA2" -> 0.6;
            case "ISL" -> 0.4;
            default -> 0.0;
        };
        double byPopulation = p.population() <= 0 ? 0.05 : Math.min(1.0, Math.log10(p.population()) / 7.0);
        return Math.max(byCode, byPopulation);
    }
}
