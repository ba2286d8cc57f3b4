package org.frontline.resolve;

import java.util.List;
import java.util.Set;
import org.frontline.gazetteer.Candidate;
import org.frontline.gazetteer.MatchKind;

/**
 * Which gazetteer candidates a written name may be read as, before any scoring.
 *
 * <p>Two policies. First, a bare "Kharkiv" is the city; the oblast is meant when the text says "Kharkiv region"
 * (a REGION match), so a region that matched only by its bare name competes only when no settlement of that name
 * exists. Second, the gazetteer's spelling-variant and one-letter-off matches exist for the many ways news
 * romanises Ukrainian and Russian names (Kharkov, Gostomel, Kremenchuck). Applied to the rest of the world they
 * invent places: "Belarus" one letter from an Indian town, "Stinger" a variant of a South African one. So variant
 * and fuzzy readings are kept only for places whose names come from Cyrillic, and fuzzy ones only in Ukraine.
 */
final class Readings {
    private static final Set<String> CYRILLIC_NAMED = Set.of("UA", "RU", "BY", "MD", "KZ");

    private Readings() {
    }

    static List<Candidate> of(List<Candidate> candidates) {
        List<Candidate> plausible = candidates.stream().filter(Readings::plausibleSpelling).toList();
        boolean settlement = plausible.stream().anyMatch(c -> !c.place().isRegion());
        if (!settlement) return plausible;
        return plausible.stream().filter(c -> !c.place().isRegion() || c.match() == MatchKind.REGION).toList();
    }

    private static boolean plausibleSpelling(Candidate c) {
        return switch (c.match()) {
            case EXACT, REGION -> true;
            case VARIANT -> CYRILLIC_NAMED.contains(c.place().countryCode());
            case FUZZY -> c.place().inUkraine();
        };
    }
}
