package org.frontline.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies validated additions to a copy of the base places, in the order add, alias, move, suppress. An alias,
 * move or suppress for an id that exists nowhere is an error on its line (the whole file is rejected), because it
 * is almost always a typo that would otherwise silently do nothing.
 */
final class AdditionsApplier {
    private AdditionsApplier() {
    }

    static Map<Long, Place> apply(Map<Long, Place> base, Additions additions) {
        Map<Long, Place> places = new LinkedHashMap<>(base);
        String file = additions.file();
        List<String> problems = new ArrayList<>();
        int firstLine = 0;

        for (Additions.Add a : additions.adds()) {
            String source = file + ":" + a.line() + (a.source() == null ? "" : " " + a.source());
            Place old = places.get(a.id());
            if (old == null) {
                places.put(a.id(), new Place(a.id(), a.name(), a.name(), a.lat(), a.lon(),
                        PlaceMerge.pick(a.featureClass(), "P"), PlaceMerge.pick(a.featureCode(), "PPL"),
                        PlaceMerge.pick(a.country(), "UA"), PlaceMerge.pick(a.admin1(), ""),
                        a.population() == null ? 0 : a.population(), a.alternates(), source));
            } else {
                // the user wins on the fields they gave; the GeoNames names stay findable
                Set<String> names = new LinkedHashSet<>(a.alternates());
                if (!old.name().equals(a.name())) {
                    names.add(old.name());
                }
                if (!old.asciiName().equals(a.name())) {
                    names.add(old.asciiName());
                }
                names.addAll(old.alternateNames());
                names.remove(a.name());
                places.put(a.id(), new Place(a.id(), a.name(), a.name(), a.lat(), a.lon(),
                        PlaceMerge.pick(a.featureClass(), old.featureClass()),
                        PlaceMerge.pick(a.featureCode(), old.featureCode()),
                        PlaceMerge.pick(a.country(), old.countryCode()), PlaceMerge.pick(a.admin1(), old.admin1()),
                        a.population() == null ? old.population() : a.population(), new ArrayList<>(names),
                        source + " (over " + old.source() + ")"));
            }
        }
        for (Additions.Alias a : additions.aliases()) {
            Place old = places.get(a.id());
            if (old == null) {
                problems.add(file + ":" + a.line() + ": alias for unknown id " + a.id());
                firstLine = firstLine == 0 ? a.line() : firstLine;
                continue;
            }
            Set<String> names = new LinkedHashSet<>(old.alternateNames());
            names.addAll(a.names());
            places.put(a.id(), with(old, old.lat(), old.lon(), new ArrayList<>(names),
                    old.source() + "; aliases " + file + ":" + a.line()));
        }
        for (Additions.Move m : additions.moves()) {
            Place old = places.get(m.id());
            if (old == null) {
                problems.add(file + ":" + m.line() + ": move for unknown id " + m.id());
                firstLine = firstLine == 0 ? m.line() : firstLine;
                continue;
            }
            places.put(m.id(), with(old, m.lat(), m.lon(), old.alternateNames(),
                    old.source() + "; moved " + file + ":" + m.line() + (m.source() == null ? "" : " " + m.source())));
        }
        for (Additions.Suppress s : additions.suppressions()) {
            if (places.remove(s.id()) == null && !base.containsKey(s.id())) {
                problems.add(file + ":" + s.line() + ": suppress for unknown id " + s.id());
                firstLine = firstLine == 0 ? s.line() : firstLine;
            }
        }
        if (!problems.isEmpty()) {
            throw new AdditionsException(file, firstLine, problems);
        }
        return places;
    }

    private static Place with(Place p, double lat, double lon, List<String> alternates, String source) {
        return new Place(p.id(), p.name(), p.asciiName(), lat, lon, p.featureClass(), p.featureCode(),
                p.countryCode(), p.admin1(), p.population(), alternates, source);
    }
}
