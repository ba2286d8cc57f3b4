package org.frontline.frontline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Tunables of the control model and the control-table import (see docs/control-method.md).
 *
 * @param contestedDays         how long fighting/advance/repelled reports, hedged captures and same-day
 *                              contradicting captures keep a settlement contested, unless a later control claim
 *                              decides it
 * @param neighbourKm           a settlement without claims takes the side of the nearest settlement decided by
 *                              claims within this distance; beyond it the baseline decides
 * @param betweenKm             beyond {@code neighbourKm}, a settlement inside a triangle of Russian-held places
 *                              (neighbouring ones: a Delaunay triangle, no side longer than this) is Russian-held;
 *                              0 turns the rule off
 * @param importNameKm          an imported row matches a gazetteer settlement of the same name within this distance
 *                              of the row's coordinates
 * @param importPositionKm      failing a name match, the nearest settlement within this distance is taken
 * @param sideAliases           held_by values of imported tables to sides (case-insensitive keys)
 * @param baselineFile          the baseline GeoJSON (null: no baseline, everything starts Ukrainian)
 */
public record ControlSettings(int contestedDays, double neighbourKm, double betweenKm, double importNameKm,
                              double importPositionKm,
                              Map<String, Side> sideAliases, Path baselineFile) {

    public static final int DEFAULT_CONTESTED_DAYS = 14;
    public static final double DEFAULT_NEIGHBOUR_KM = 40;
    public static final double DEFAULT_BETWEEN_KM = 150;
    public static final double DEFAULT_IMPORT_NAME_KM = 25;
    public static final double DEFAULT_IMPORT_POSITION_KM = 3;

    public ControlSettings {
        if (contestedDays < 0 || neighbourKm < 0 || betweenKm < 0 || importNameKm < 0 || importPositionKm < 0) {
            throw new IllegalArgumentException("control settings must not be negative");
        }
        Map<String, Side> folded = new LinkedHashMap<>();
        (sideAliases == null ? defaultSideAliases() : sideAliases)
                .forEach((k, v) -> folded.put(k.trim().toLowerCase(Locale.ROOT), v));
        sideAliases = Map.copyOf(folded);
    }

    /** Defaults, with the baseline from {@code gazetteerDir/baseline/}. */
    public static ControlSettings defaults(Path gazetteerDir) {
        return new ControlSettings(DEFAULT_CONTESTED_DAYS, DEFAULT_NEIGHBOUR_KM, DEFAULT_BETWEEN_KM,
                DEFAULT_IMPORT_NAME_KM, DEFAULT_IMPORT_POSITION_KM, defaultSideAliases(),
                gazetteerDir == null ? null : gazetteerDir.resolve("baseline").resolve(Baseline.FILE));
    }

    public static Map<String, Side> defaultSideAliases() {
        Map<String, Side> m = new LinkedHashMap<>();
        m.put("Ukraine", Side.UA);
        m.put("UA", Side.UA);
        m.put("Russia", Side.RU);
        m.put("RU", Side.RU);
        m.put("Donetsk PR", Side.RU);
        m.put("Luhansk PR", Side.RU);
        m.put("Donetsk People's Republic", Side.RU);
        m.put("Luhansk People's Republic", Side.RU);
        m.put("Contested", Side.CONTESTED);
        return m;
    }

    /** The side for a held_by value, or null when the value is unknown. */
    public Side side(String heldBy) {
        return heldBy == null ? null : sideAliases.get(heldBy.trim().toLowerCase(Locale.ROOT));
    }

    public ControlSettings withNeighbourKm(double km) {
        return new ControlSettings(contestedDays, km, betweenKm, importNameKm, importPositionKm, sideAliases,
                baselineFile);
    }

    public ControlSettings withBetweenKm(double km) {
        return new ControlSettings(contestedDays, neighbourKm, km, importNameKm, importPositionKm, sideAliases,
                baselineFile);
    }

    public ControlSettings withBaselineFile(Path file) {
        return new ControlSettings(contestedDays, neighbourKm, betweenKm, importNameKm, importPositionKm, sideAliases,
                file);
    }
}
