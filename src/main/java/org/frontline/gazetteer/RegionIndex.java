package org.frontline.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Region phrases ("Kharkiv region", "Kherson province", "Kyiv oblast", "Kharkovskaya oblast") → the admin-1 unit.
 * A region is found by the stems of its own names (Chernihiv Oblast → chernihiv, Natural Earth's Kiev/Odessa) and
 * by the names of its capital city, so every spelling the capital answers to (Kharkov, Харків, Nikolaev) also
 * names its oblast; skeletons catch the rest. When a phrase fits both a city unit and an oblast (Kyiv City and
 * Kyiv Oblast), "Kyiv region" means the oblast.
 */
final class RegionIndex {
    private final Place[] places;
    private final Map<String, Set<Integer>> byStem;

    private RegionIndex(Place[] places, Map<String, Set<Integer>> byStem) {
        this.places = places;
        this.byStem = byStem;
    }

    static RegionIndex build(Place[] places) {
        Map<String, Set<Integer>> byStem = new HashMap<>();
        Map<String, Integer> byAdmin1 = new HashMap<>();
        for (int i = 0; i < places.length; i++) {
            Place p = places[i];
            if (!p.isRegion()) {
                continue;
            }
            if ("ADM1".equals(p.featureCode())) {
                byAdmin1.putIfAbsent(p.countryCode() + "." + p.admin1(), i);
            }
            addNames(byStem, p, i);
        }
        for (Place p : places) {
            if (("PPLA".equals(p.featureCode()) || "PPLC".equals(p.featureCode())) && p.inUkraine()) {
                Integer region = byAdmin1.get(p.countryCode() + "." + p.admin1());
                if (region != null) {
                    addNames(byStem, p, region);
                }
            }
        }
        return new RegionIndex(places, byStem);
    }

    private static void addNames(Map<String, Set<Integer>> byStem, Place p, int regionIdx) {
        int n = 2 + p.alternateNames().size();
        for (int j = 0; j < n; j++) {
            String name = NameIndex.nameAt(p, j);
            if (j >= 2 && !NameIndex.worthIndexing(name)) {
                continue;
            }
            String key = NameFolder.fold(name);
            // the fast table, not ICU, at build time: creating ICU's transliterators costs a cold start ~0.5 s
            List<String> forms = NameFolder.isLatinKey(key) ? List.of(key)
                    : NameFolder.hasCyrillic(key) ? List.of(NameFolder.fold(Cyrillic.romanise(key))) : List.of();
            for (String latin : forms) {
                for (String stem : NamePhrase.regionStems(latin)) {
                    put(byStem, stem, regionIdx);
                    String sk = Skeleton.of(stem);
                    if (sk != null) {
                        put(byStem, "#" + sk, regionIdx);
                    }
                }
            }
            if (!NameFolder.isLatinKey(key) && !key.isEmpty()) {
                put(byStem, key, regionIdx);
            }
        }
    }

    private static void put(Map<String, Set<Integer>> byStem, String key, int idx) {
        if (!key.isEmpty()) {
            byStem.computeIfAbsent(key, k -> new LinkedHashSet<>(2)).add(idx);
        }
    }

    private static List<String> latinForms(String key) {
        if (NameFolder.isLatinKey(key)) {
            return List.of(key);
        }
        return NameFolder.hasCyrillic(key) ? Cyrillic.readings(key) : List.of();
    }

    /** Whether a region phrase may begin with this folded word (its stem names a region). */
    boolean startsWith(String key) {
        if (byStem.containsKey(key)) {
            return true;
        }
        for (String stem : NamePhrase.regionStems(key)) {
            if (byStem.containsKey(stem)) {
                return true;
            }
        }
        return false;
    }

    /** The regions a region phrase's core (folded) names, as REGION candidates; empty when none. */
    List<Candidate> lookup(String key) {
        Set<Integer> found = new LinkedHashSet<>();
        List<String> forms = latinForms(key);
        for (String latin : forms) {
            for (String stem : NamePhrase.regionStems(latin)) {
                found.addAll(byStem.getOrDefault(stem, Set.of()));
            }
        }
        found.addAll(byStem.getOrDefault(key, Set.of()));
        if (found.isEmpty()) {
            for (String latin : forms) {
                for (String stem : NamePhrase.regionStems(latin)) {
                    String sk = Skeleton.of(stem);
                    if (sk != null) {
                        found.addAll(byStem.getOrDefault("#" + sk, Set.of()));
                    }
                }
            }
        }
        boolean anyOblast = found.stream().anyMatch(i -> !isCityUnit(places[i]));
        List<Candidate> out = new ArrayList<>();
        for (int i : found) {
            if (!anyOblast || !isCityUnit(places[i])) {
                out.add(new Candidate(places[i], places[i].name(), MatchKind.REGION));
            }
        }
        out.sort(Ranking.LOOKUP);
        return out;
    }

    private static boolean isCityUnit(Place p) {
        return p.name().endsWith(" City");
    }
}
