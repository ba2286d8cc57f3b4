package org.frontline.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** How two records of one id combine. */
final class PlaceMerge {
    private PlaceMerge() {
    }

    /**
     * A later GeoNames row for an id already loaded: its non-blank fields win, a zero population does not erase a
     * known one, alternate names are united (an extra file must add names, never drop them), and the earlier
     * main name stays findable as an alternate.
     */
    static Place later(Place earlier, Place later) {
        return new Place(later.id(), later.name(), later.asciiName(), later.lat(), later.lon(),
                pick(later.featureClass(), earlier.featureClass()), pick(later.featureCode(), earlier.featureCode()),
                pick(later.countryCode(), earlier.countryCode()), pick(later.admin1(), earlier.admin1()),
                later.population() > 0 ? later.population() : earlier.population(),
                union(later, earlier), later.source());
    }

    static String pick(String preferred, String fallback) {
        return preferred == null || preferred.isBlank() ? fallback : preferred;
    }

    /** Alternates of {@code first} then of {@code second}, plus second's main names if they differ. */
    static List<String> union(Place first, Place second) {
        Set<String> names = new LinkedHashSet<>(first.alternateNames());
        for (String n : List.of(second.name(), second.asciiName())) {
            if (!n.equals(first.name()) && !n.equals(first.asciiName())) {
                names.add(n);
            }
        }
        names.addAll(second.alternateNames());
        return new ArrayList<>(names);
    }
}
