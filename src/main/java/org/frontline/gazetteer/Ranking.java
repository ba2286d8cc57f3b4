package org.frontline.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Orders candidates; merges lists keeping each place once, under its strongest match. */
final class Ranking {
    private Ranking() {
    }

    /** lookup(): strongest match kind, then population, then Ukrainian places, populated places, lower id. */
    static final Comparator<Candidate> LOOKUP = (a, b) -> compare(a, b, false);

    /** search(): as lookup but Ukrainian places before foreign ones of the same match kind (the map is Ukraine). */
    static final Comparator<Candidate> SEARCH = (a, b) -> compare(a, b, true);

    private static int compare(Candidate a, Candidate b, boolean ukraineFirst) {
        int c = Integer.compare(a.match().ordinal(), b.match().ordinal());
        if (c != 0) {
            return c;
        }
        Place p = a.place();
        Place q = b.place();
        if (ukraineFirst && (c = Boolean.compare(!p.inUkraine(), !q.inUkraine())) != 0) {
            return c;
        }
        if ((c = Long.compare(q.population(), p.population())) != 0) {
            return c;
        }
        if ((c = Boolean.compare(!p.inUkraine(), !q.inUkraine())) != 0) {
            return c;
        }
        if ((c = Boolean.compare(!"P".equals(p.featureClass()), !"P".equals(q.featureClass()))) != 0) {
            return c;
        }
        return Long.compare(p.id(), q.id());
    }

    static List<Candidate> merge(Collection<? extends Collection<Candidate>> lists, Comparator<Candidate> order) {
        Map<Long, Candidate> best = new LinkedHashMap<>();
        for (Collection<Candidate> list : lists) {
            for (Candidate c : list) {
                best.merge(c.place().id(), c, (a, b) -> b.match().ordinal() < a.match().ordinal() ? b : a);
            }
        }
        List<Candidate> out = new ArrayList<>(best.values());
        out.sort(order);
        return out;
    }
}
