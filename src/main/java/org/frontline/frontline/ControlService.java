package org.frontline.frontline;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.frontline.claims.Claim;
import org.frontline.frontline.SettlementControl.Basis;
import org.frontline.gazetteer.GazetteerService;
import org.locationtech.jts.geom.Geometry;

/**
 * The frontline stage's entry point: control areas, front lines and changes for any date, the reasons behind a
 * settlement's side, and imports of control tables.
 *
 * <p>The settlement cells are built once per gazetteer (seconds for ~32k settlements) and rebuilt when the
 * gazetteer reloads. Per date only the side assignment and the dissolve run; results are cached per date and
 * dropped whenever {@link ClaimFeed#version()} changes. Dissolved areas are also cached per set of cells, so dates
 * whose areas did not change reuse their polygons.
 */
public class ControlService {

    private static final int DATE_CACHE = 400;
    private static final int AREA_CACHE = 4000;

    private final Supplier<ControlInputs> inputsSource;
    private final ClaimFeed feed;
    private final ClaimSink sink;
    private final ControlSettings settings;

    private volatile Engine engine;
    private long seenVersion = Long.MIN_VALUE;
    private ControlModel.Evidence evidence;
    private final Map<LocalDate, Day> days = lru(DATE_CACHE);
    private final Map<GroupKey, Geometry> dissolved = lru(AREA_CACHE);

    /** Wired by the application: the gazetteer in force, the store's claims and where imports go. */
    public ControlService(GazetteerService gazetteers, ClaimFeed feed, ClaimSink sink, ControlSettings settings) {
        this(() -> GazetteerControlInputs.from(gazetteers.current()), feed, sink, settings);
        gazetteers.onReload(g -> reset());
    }

    /** For tests, tools and other gazetteers: settlements and border given directly. */
    public ControlService(Supplier<ControlInputs> inputs, ClaimFeed feed, ClaimSink sink, ControlSettings settings) {
        this.inputsSource = inputs;
        this.feed = feed;
        this.sink = sink;
        this.settings = settings;
    }

    private record Engine(ControlInputs inputs, Baseline baseline, ControlModel model, ControlGeometry geometry,
                          ControlCsvImport importer) {
    }

    private record GroupKey(int side, int[] cells, int hash) {
        GroupKey(int side, int[] cells) {
            this(side, cells, 31 * Arrays.hashCode(cells) + side);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof GroupKey k && k.side == side && k.hash == hash && Arrays.equals(k.cells, cells);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Forgets the cells (after a gazetteer reload) and every cached map. */
    public synchronized void reset() {
        engine = null;
        days.clear();
        dissolved.clear();
        seenVersion = Long.MIN_VALUE;
        evidence = null;
    }

    /** Drops the per-date maps and dissolved areas but keeps the cells (benchmarks, memory pressure). */
    public synchronized void clearMapCaches() {
        days.clear();
        dissolved.clear();
    }

    private Engine engine() {
        Engine e = engine;
        if (e == null) {
            synchronized (this) {
                e = engine;
                if (e == null) {
                    ControlInputs in = inputsSource.get();
                    Baseline baseline = settings.baselineFile() == null ? Baseline.none()
                            : Baseline.read(settings.baselineFile());
                    ControlModel model = new ControlModel(in.settlements(), baseline, settings);
                    SettlementCells cells = SettlementCells.build(in.settlements(), in.border(),
                            EqualAreaProjection.UKRAINE);
                    e = new Engine(in, baseline, model, new ControlGeometry(cells),
                            new ControlCsvImport(model, in, settings));
                    engine = e;
                }
            }
        }
        return e;
    }

    /** Builds the cells now rather than on the first request. */
    public void warmUp() {
        engine();
    }

    // -------------------------------------------------------------------------------------------------- per date

    /** One date's sides per settlement and per cell, with lazily dissolved areas and front lines. */
    private final class Day {
        final ControlModel.State state;
        final Side[] cellSide;
        final int[] cellDecider;
        List<ControlArea> areas;
        List<FrontLine> lines;

        Day(ControlModel.State state, Side[] cellSide, int[] cellDecider) {
            this.state = state;
            this.cellSide = cellSide;
            this.cellDecider = cellDecider;
        }
    }

    private synchronized Day day(LocalDate date) {
        Engine e = engine();
        long v = feed.version();
        if (evidence == null || v != seenVersion) {
            evidence = e.model().evidence(feed.controlClaims());
            seenVersion = v;
            days.clear();
        }
        Day d = days.get(date);
        if (d == null) {
            ControlModel.State state = e.model().state(date, evidence);
            SettlementCells cells = e.geometry().cells();
            Side[] cellSide = new Side[cells.cellCount()];
            int[] decider = new int[cells.cellCount()];
            for (int c = 0; c < cellSide.length; c++) {
                int best = -1;
                for (int s : cells.settlementsOf(c)) {
                    if (best < 0 || state.basis[s].ordinal() < state.basis[best].ordinal()) {
                        best = s;
                    }
                }
                cellSide[c] = state.side[best];
                decider[c] = best;
            }
            d = new Day(state, cellSide, decider);
            days.put(date, d);
        }
        return d;
    }

    /** The areas each side holds on the date, largest first within a side (UA, RU, contested). */
    public synchronized List<ControlArea> areas(LocalDate date) {
        Day d = day(date);
        if (d.areas == null) {
            d.areas = computeAreas(d);
        }
        return d.areas;
    }

    private List<ControlArea> computeAreas(Day d) {
        ControlGeometry g = engine().geometry();
        int[] key = new int[d.cellSide.length];
        for (int c = 0; c < key.length; c++) {
            key[c] = d.cellSide[c].ordinal();
        }
        List<ControlArea> out = new ArrayList<>();
        for (int[] group : g.components(key)) {
            Side side = d.cellSide[group[0]];
            Geometry geom = dissolved.computeIfAbsent(new GroupKey(side.ordinal(), group), k -> g.dissolve(group));
            if (geom.isEmpty()) {
                continue;
            }
            int settlements = 0;
            int byClaims = 0;
            for (int c : group) {
                for (int s : g.cells().settlementsOf(c)) {
                    settlements++;
                    if (d.state.basis[s] != Basis.BASELINE) {
                        byClaims++;
                    }
                }
            }
            List<String> ids = ControlGeometry.claimIds(group, c -> d.state.claimIds(d.cellDecider[c]));
            out.add(new ControlArea(side, geom, g.areaKm2(group), settlements, byClaims, ids.size(),
                    ids.size() > ControlArea.MAX_IDS ? List.copyOf(ids.subList(0, ControlArea.MAX_IDS)) : ids));
        }
        out.sort((a, b) -> a.side() != b.side() ? a.side().compareTo(b.side())
                : Double.compare(b.areaKm2(), a.areaKm2()));
        return List.copyOf(out);
    }

    /** Where the sides meet on the date: RU|UA first, then the edges of contested areas; empty pairs left out. */
    public synchronized List<FrontLine> frontLines(LocalDate date) {
        Day d = day(date);
        if (d.lines == null) {
            ControlGeometry g = engine().geometry();
            List<FrontLine> out = new ArrayList<>();
            Side[][] pairs = {{Side.RU, Side.UA}, {Side.RU, Side.CONTESTED}, {Side.UA, Side.CONTESTED}};
            for (Side[] p : pairs) {
                Geometry line = g.boundary(d.cellSide, p[0], p[1]);
                if (!line.isEmpty()) {
                    out.add(new FrontLine(p[0].wire() + "|" + p[1].wire(), p[0], p[1], line, Geodesy.lengthKm(line)));
                }
            }
            d.lines = List.copyOf(out);
        }
        return d.lines;
    }

    /** Areas whose side on {@code to} differs from {@code from}, grouped by (from, to) and connectedness. */
    public synchronized List<ControlChange> changes(LocalDate from, LocalDate to) {
        Day a = day(from);
        Day b = day(to);
        ControlGeometry g = engine().geometry();
        int[] key = new int[a.cellSide.length];
        for (int c = 0; c < key.length; c++) {
            key[c] = a.cellSide[c] == b.cellSide[c] ? -1 : a.cellSide[c].ordinal() * 3 + b.cellSide[c].ordinal();
        }
        List<ControlChange> out = new ArrayList<>();
        for (int[] group : g.components(key)) {
            Side sa = a.cellSide[group[0]];
            Side sb = b.cellSide[group[0]];
            Geometry geom = dissolved.computeIfAbsent(new GroupKey(100 + key[group[0]], group), k -> g.dissolve(group));
            if (geom.isEmpty()) {
                continue;
            }
            int settlements = 0;
            for (int c : group) {
                settlements += g.cells().settlementsOf(c).length;
            }
            List<String> ids = ControlGeometry.claimIds(group, c -> b.state.claimIds(b.cellDecider[c]));
            out.add(new ControlChange(sa, sb, geom, g.areaKm2(group), settlements, ids.size(),
                    ids.size() > ControlArea.MAX_IDS ? List.copyOf(ids.subList(0, ControlArea.MAX_IDS)) : ids));
        }
        out.sort((x, y) -> Double.compare(y.areaKm2(), x.areaKm2()));
        return List.copyOf(out);
    }

    /** Total km² per side on the date (cheap: no dissolve). */
    public synchronized Map<Side, Double> areaTotals(LocalDate date) {
        Day d = day(date);
        SettlementCells cells = engine().geometry().cells();
        Map<Side, Double> out = new LinkedHashMap<>();
        for (Side s : Side.values()) {
            out.put(s, 0.0);
        }
        for (int c = 0; c < d.cellSide.length; c++) {
            out.merge(d.cellSide[c], cells.areaKm2(c), Double::sum);
        }
        return out;
    }

    /** Why the settlement with this gazetteer id has its side on the date; empty if it is no settlement. */
    public synchronized Optional<SettlementControl> settlement(long placeId, LocalDate date) {
        Engine e = engine();
        int i = e.model().indexOf(placeId);
        if (i < 0) {
            return Optional.empty();
        }
        return Optional.of(e.model().explain(day(date).state, i));
    }

    /** The side of each settlement on the date (gazetteer id to side), for exports and checks. */
    public synchronized Map<Long, Side> sides(LocalDate date) {
        Day d = day(date);
        List<Settlement> all = engine().model().settlements();
        Map<Long, Side> out = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            out.putIfAbsent(all.get(i).id(), d.state.side[i]);
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------------ import

    /** Reads a control table without storing anything. */
    public ControlCsvImport.Result parseCsv(Reader csv, String source, LocalDate defaultAsOf) {
        return engine().importer().read(csv, source, defaultAsOf);
    }

    /** Reads a control table and stores its good rows as claims through the sink. */
    public ImportReport importCsv(Reader csv, String source) {
        return importCsv(csv, source, null);
    }

    /**
     * Reads a control table and stores its good rows as claims through the sink; rows without as_of take
     * {@code defaultAsOf} (null: such rows are rejected).
     */
    public ImportReport importCsv(Reader csv, String source, LocalDate defaultAsOf) {
        ControlCsvImport.Result r = parseCsv(csv, source, defaultAsOf);
        if (!r.claims().isEmpty()) {
            sink.store(r.claims());
        }
        return r.report();
    }

    public ControlSettings settings() {
        return settings;
    }

    /** The baseline in force (lon/lat), for display. */
    public Baseline baseline() {
        return engine().baseline();
    }

    private static <K, V> Map<K, V> lru(int max) {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > max;
            }
        };
    }

    /** Claims in memory: a ClaimFeed and ClaimSink for tools, tests and the command line. */
    public static final class InMemoryClaims implements ClaimFeed, ClaimSink {
        private final List<Claim> claims = new ArrayList<>();
        private long version;

        @Override
        public synchronized List<Claim> controlClaims() {
            return List.copyOf(claims);
        }

        @Override
        public synchronized long version() {
            return version;
        }

        @Override
        public synchronized void store(List<Claim> more) {
            claims.addAll(more);
            version++;
        }
    }
}
