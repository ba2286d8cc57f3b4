package org.frontline.frontline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontline.claims.Claim;
import org.frontline.frontline.SettlementControl.Basis;
import org.frontline.gazetteer.Place;

/**
 * The side of every settlement on a date, from control claims, neighbours and the baseline. Plain arithmetic
 * over arrays; no geometry. The rules are in docs/control-method.md:
 * <ol>
 * <li>a settlement's latest unhedged capture/withdrawal up to the date decides it (withdrawal by one side leaves
 * it to the other); two sides claiming it on the same day make it contested instead;</li>
 * <li>fighting, advance or repelled reports, hedged captures and such contradictions make it contested for
 * {@code contestedDays} days unless a later control claim decides;</li>
 * <li>a settlement without claims takes the side of the nearest settlement held on the strength of its own claims
 * within {@code neighbourKm}; a claim that merely confirms the baseline where it was made only speaks for places
 * on the same side of the baseline line; a claim that changes places from their baseline side speaks only within
 * its reach (the distance to the next place its side holds, {@value #MIN_REACH_KM} km at least); a Russian capture
 * with no Russian-held neighbour speaks for no other place ({@link IsolatedCaptures});</li>
 * <li>a settlement not decided by its own claims nor held by Russia yet that lies inside a Delaunay triangle of
 * Russian-held places (held by claims, the pre-war Russian-held territory, the border with Russia and Belarus) with
 * sides no longer than {@code betweenKm}, at least one corner a fresh Russian capture (or next to such a triangle),
 * is Russian-held ({@link BetweenRule});</li>
 * <li>otherwise the baseline decides: RU inside the pre-war Russian-held area, UA outside.</li>
 * </ol>
 */
public final class ControlModel {

    private static final double SNAP_UNKNOWN_PLACE_KM = 1.0;
    /** The least reach of a report that changes villages from their baseline side (see {@link #reach}). */
    static final double MIN_REACH_KM = 10;

    private final List<Settlement> settlements;
    private final Map<Long, Integer> byId = new HashMap<>();
    private final double[] x;
    private final double[] y;
    private final Side[] baseline;
    private final ControlSettings settings;
    private final Grid all;
    private final BetweenRule between;

    public ControlModel(List<Settlement> settlements, Baseline baseline, ControlSettings settings) {
        this.settlements = List.copyOf(settlements);
        this.settings = settings;
        int n = settlements.size();
        this.x = new double[n];
        this.y = new double[n];
        this.baseline = new Side[n];
        for (int i = 0; i < n; i++) {
            Settlement s = settlements.get(i);
            byId.putIfAbsent(s.id(), i);
            double[] xy = EqualAreaProjection.UKRAINE.forward(s.lon(), s.lat());
            x[i] = xy[0];
            y[i] = xy[1];
            this.baseline[i] = baseline.sideAt(s.lon(), s.lat());
        }
        int[] everyone = new int[n];
        Arrays.setAll(everyone, i -> i);
        this.all = new Grid(x, y, everyone, 10_000);
        this.between = new BetweenRule(x, y, this.baseline, all,
                EqualAreaProjection.UKRAINE.project(baseline.rear()));
    }

    public List<Settlement> settlements() {
        return settlements;
    }

    /** Index of the settlement with this gazetteer id, or -1. */
    public int indexOf(long id) {
        Integer i = byId.get(id);
        return i == null ? -1 : i;
    }

    /** Index of the nearest settlement within {@code km} of the point, or -1. */
    public int nearest(double lon, double lat, double km) {
        double[] xy = EqualAreaProjection.UKRAINE.forward(lon, lat);
        return all.nearest(xy[0], xy[1], km * 1000);
    }

    /** Distance in km between two settlements (equal-area plane; under 1.5 % off within Ukraine). */
    public double distanceKm(int a, int b) {
        return Math.hypot(x[a] - x[b], y[a] - y[b]) / 1000;
    }

    // ---------------------------------------------------------------------------------------------------- evidence

    enum Kind { HOLD, ACTIVITY }

    record Event(LocalDate date, Kind kind, Side side, String claimId) {
    }

    /** The claims, sorted into per-settlement evidence once per claim-feed version. */
    public static final class Evidence {
        final Map<Integer, List<Event>> bySettlement;
        final int usedClaims;
        final int ignoredClaims;

        Evidence(Map<Integer, List<Event>> bySettlement, int usedClaims, int ignoredClaims) {
            this.bySettlement = bySettlement;
            this.usedClaims = usedClaims;
            this.ignoredClaims = ignoredClaims;
        }

        public int usedClaims() {
            return usedClaims;
        }

        public int ignoredClaims() {
            return ignoredClaims;
        }

        public int settlementsWithClaims() {
            return bySettlement.size();
        }
    }

    public Evidence evidence(List<Claim> claims) {
        Map<Integer, List<Event>> raw = new HashMap<>();
        int used = 0;
        int ignored = 0;
        for (Claim c : claims) {
            Event e = event(c);
            int s = e == null ? -1 : settlementOf(c);
            if (s < 0) {
                ignored++;
                continue;
            }
            used++;
            raw.computeIfAbsent(s, k -> new ArrayList<>()).add(e);
        }
        Map<Integer, List<Event>> out = new HashMap<>();
        raw.forEach((s, events) -> out.put(s, resolveSameDayConflicts(events)));
        return new Evidence(out, used, ignored);
    }

    private int settlementOf(Claim c) {
        if (c.place() == null || c.place().place() == null) {
            return -1;
        }
        Place p = c.place().place();
        int i = indexOf(p.id());
        if (i >= 0) {
            return i;
        }
        // A claim about a region ("Balakliia in the Kharkiv region has been liberated", "Lyman in Donetsk Oblast")
        // says nothing about one settlement, and a region's point is not a place: snapped, the oblast's centre would
        // hand the whole region's claim to whichever village happens to lie within a kilometre of it.
        return p.isRegion() ? -1 : nearest(p.lon(), p.lat(), SNAP_UNKNOWN_PLACE_KM);
    }

    private static Event event(Claim c) {
        LocalDate date = c.date() != null ? c.date() : c.published();
        if (date == null || c.type() == null) {
            return null;
        }
        Side actor = Side.fromWire(c.actor());
        if (actor == Side.CONTESTED) {
            actor = null;
        }
        // "captured positions near Konotop", "took a village 7 km north of Kyiv": the claim is about ground around
        // the named place, not the place, so it makes the place contested instead of handing it over
        boolean around = c.place() != null && c.place().relative() != null;
        return switch (c.type()) {
            case CAPTURED, WITHDRAWN -> {
                if (actor == null || c.hedged() || around) {
                    yield new Event(date, Kind.ACTIVITY, Side.CONTESTED, c.id());
                }
                yield new Event(date, Kind.HOLD, c.type() == org.frontline.claims.ClaimType.CAPTURED
                        ? actor : actor.opponent(), c.id());
            }
            case FIGHTING, ADVANCE, REPELLED -> new Event(date, Kind.ACTIVITY, Side.CONTESTED, c.id());
            default -> null;
        };
    }

    /** Holds of both sides on one day become activity: the place is contested, not flipped. Sorted by date. */
    private static List<Event> resolveSameDayConflicts(List<Event> events) {
        events.sort(Comparator.comparing(Event::date).thenComparing(Event::claimId,
                Comparator.nullsFirst(Comparator.naturalOrder())));
        List<Event> out = new ArrayList<>(events.size());
        int i = 0;
        while (i < events.size()) {
            int j = i;
            Set<Side> held = new LinkedHashSet<>();
            while (j < events.size() && events.get(j).date().equals(events.get(i).date())) {
                if (events.get(j).kind() == Kind.HOLD) {
                    held.add(events.get(j).side());
                }
                j++;
            }
            for (int k = i; k < j; k++) {
                Event e = events.get(k);
                out.add(held.size() > 1 && e.kind() == Kind.HOLD
                        ? new Event(e.date(), Kind.ACTIVITY, Side.CONTESTED, e.claimId()) : e);
            }
            i = j;
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------------ states

    /** Sides on one date; {@code source[i]} is the settlement whose claims decided i, or -1 for the baseline. */
    public static final class State {
        public final LocalDate date;
        public final Side[] side;
        public final Basis[] basis;
        public final int[] source;
        final Map<Integer, List<String>> claimIds;

        State(LocalDate date, Side[] side, Basis[] basis, int[] source, Map<Integer, List<String>> claimIds) {
            this.date = date;
            this.side = side;
            this.basis = basis;
            this.source = source;
            this.claimIds = claimIds;
        }

        /** Claim ids that decided settlement i (its own or its deciding neighbour's), latest first. */
        public List<String> claimIds(int i) {
            return source[i] < 0 ? List.of() : claimIds.getOrDefault(source[i], List.of());
        }
    }

    public State state(LocalDate date, Evidence evidence) {
        int n = settlements.size();
        Side[] side = new Side[n];
        Basis[] basis = new Basis[n];
        int[] source = new int[n];
        Arrays.fill(source, -1);
        Map<Integer, List<String>> ids = new HashMap<>();
        List<Integer> held = new ArrayList<>();
        for (Map.Entry<Integer, List<Event>> e : evidence.bySettlement.entrySet()) {
            int s = e.getKey();
            List<Event> events = e.getValue();
            int hold = -1;
            for (int k = events.size() - 1; k >= 0; k--) {
                Event ev = events.get(k);
                if (ev.kind() == Kind.HOLD && !ev.date().isAfter(date)) {
                    hold = k;
                    break;
                }
            }
            LocalDate holdDate = hold < 0 ? null : events.get(hold).date();
            LocalDate windowStart = date.minusDays(Math.max(0, settings.contestedDays() - 1));
            List<String> activity = new ArrayList<>();
            for (int k = events.size() - 1; k >= 0; k--) {
                Event ev = events.get(k);
                if (ev.kind() == Kind.ACTIVITY && !ev.date().isAfter(date) && !ev.date().isBefore(windowStart)
                        && settings.contestedDays() > 0 && (holdDate == null || ev.date().isAfter(holdDate))) {
                    activity.add(ev.claimId());
                }
            }
            if (!activity.isEmpty()) {
                side[s] = Side.CONTESTED;
                basis[s] = Basis.ACTIVITY;
                source[s] = s;
                ids.put(s, activity);
            } else if (hold >= 0) {
                List<String> holdIds = new ArrayList<>();
                for (int k = hold; k >= 0 && events.get(k).date().equals(holdDate); k--) {
                    if (events.get(k).kind() == Kind.HOLD) {
                        holdIds.add(events.get(k).claimId());
                    }
                }
                side[s] = events.get(hold).side();
                basis[s] = Basis.CLAIM;
                source[s] = s;
                ids.put(s, holdIds);
                held.add(s);
            }
        }
        BetweenRule.Mesh mesh = between.mesh(side, basis);
        if (mesh != null) {
            // a capture behind the other side's lines (a raid, a misplaced row) keeps its cell but lends its side to
            // no village around it
            boolean[] isolated = IsolatedCaptures.find(mesh, side, basis, baseline);
            held.removeIf(s -> isolated[s]);
        }
        if (settings.neighbourKm() > 0 && !held.isEmpty()) {
            Grid grid = new Grid(x, y, held.stream().mapToInt(Integer::intValue).toArray(),
                    Math.max(5_000, settings.neighbourKm() * 1000));
            double max = settings.neighbourKm() * 1000;
            double[] reach = reach(held, grid, side, max);
            for (int i = 0; i < n; i++) {
                if (side[i] == null) {
                    // a claim that only confirms the baseline where it was made says nothing about places across
                    // the baseline line (Alchevsk held since 2014 must not paint villages Ukraine held in 2021);
                    // a claim that changes a place from its baseline side speaks only within its reach
                    Side home = baseline[i];
                    int fi = i;
                    int j = grid.nearest(x[i], y[i], max, k -> side[k] == home
                            || side[k] != baseline[k] && distanceKm(fi, k) * 1000 <= reach[k]);
                    if (j >= 0) {
                        side[i] = side[j];
                        basis[i] = Basis.NEIGHBOUR;
                        source[i] = j;
                    }
                }
            }
        }
        if (mesh != null && settings.betweenKm() > 0) {
            between.apply(mesh, side, basis, source, settings.betweenKm() * 1000);
        }
        for (int i = 0; i < n; i++) {
            if (side[i] == null) {
                side[i] = baseline[i];
                basis[i] = Basis.BASELINE;
            }
        }
        return new State(date, side, basis, source, ids);
    }

    /**
     * How far each held place speaks for unreported villages when it changes their side from the baseline: the
     * distance to the nearest other place its side holds by claims, at least {@value #MIN_REACH_KM} km and at most
     * the neighbour radius. Where reports are dense (a front listed village by village) each covers little; where
     * they are sparse (the first days of an advance) each covers more. Indexed by settlement; metres.
     */
    private double[] reach(List<Integer> held, Grid grid, Side[] side, double max) {
        double[] reach = new double[x.length];
        double min = Math.min(max, MIN_REACH_KM * 1000);
        for (int k : held) {
            int next = grid.nearest(x[k], y[k], max, q -> q != k && side[q] == side[k]);
            reach[k] = next < 0 ? max : Math.max(min, Math.hypot(x[k] - x[next], y[k] - y[next]));
        }
        return reach;
    }

    public SettlementControl explain(State state, int i) {
        int src = state.source[i];
        return new SettlementControl(settlements.get(i), state.date, state.side[i], state.basis[i],
                src < 0 ? null : settlements.get(src), src < 0 ? 0 : distanceKm(i, src), state.claimIds(i));
    }

    /** A uniform grid over projected points for nearest-within-radius queries. */
    static final class Grid {
        private final double[] x;
        private final double[] y;
        private final double cell;
        private final Map<Long, int[]> buckets = new HashMap<>();

        Grid(double[] x, double[] y, int[] members, double cell) {
            this.x = x;
            this.y = y;
            this.cell = cell;
            Map<Long, List<Integer>> tmp = new HashMap<>();
            for (int m : members) {
                tmp.computeIfAbsent(key(cx(x[m]), cy(y[m])), k -> new ArrayList<>()).add(m);
            }
            tmp.forEach((k, v) -> buckets.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        }

        private long cx(double v) {
            return (long) Math.floor(v / cell);
        }

        private long cy(double v) {
            return (long) Math.floor(v / cell);
        }

        private static long key(long i, long j) {
            return (i << 32) ^ (j & 0xffffffffL);
        }

        /** Calls {@code each} for every member in the buckets overlapping the box (a superset of the box). */
        void forEachNear(double minX, double minY, double maxX, double maxY, java.util.function.IntConsumer each) {
            for (long i = cx(minX); i <= cx(maxX); i++) {
                for (long j = cy(minY); j <= cy(maxY); j++) {
                    int[] b = buckets.get(key(i, j));
                    if (b != null) {
                        for (int m : b) {
                            each.accept(m);
                        }
                    }
                }
            }
        }

        int nearest(double px, double py, double max) {
            return nearest(px, py, max, k -> true);
        }

        /** Nearest accepted member within max metres of (px, py), ties to the lower index; -1 if none. */
        int nearest(double px, double py, double max, java.util.function.IntPredicate accept) {
            long ci = cx(px);
            long cj = cy(py);
            int reach = (int) Math.ceil(max / cell);
            int best = -1;
            double bestD = max * max;
            for (long i = ci - reach; i <= ci + reach; i++) {
                for (long j = cj - reach; j <= cj + reach; j++) {
                    int[] b = buckets.get(key(i, j));
                    if (b == null) {
                        continue;
                    }
                    for (int m : b) {
                        if (!accept.test(m)) {
                            continue;
                        }
                        double dx = x[m] - px;
                        double dy = y[m] - py;
                        double d = dx * dx + dy * dy;
                        if (d < bestD || (d == bestD && best >= 0 && m < best) || (d == bestD && best < 0)) {
                            bestD = d;
                            best = m;
                        }
                    }
                }
            }
            return best;
        }
    }
}
