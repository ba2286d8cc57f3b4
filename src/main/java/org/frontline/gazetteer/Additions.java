package org.frontline.gazetteer;

import java.util.List;

/**
 * The parsed, validated additions file. Every entry keeps its line so that a place built from it can say where it
 * came from and problems found later (an alias for an unknown id) still point at the line.
 */
record Additions(String file, List<Add> adds, List<Alias> aliases, List<Move> moves, List<Suppress> suppressions) {

    static Additions none() {
        return new Additions("(none)", List.of(), List.of(), List.of(), List.of());
    }

    Additions {
        adds = List.copyOf(adds);
        aliases = List.copyOf(aliases);
        moves = List.copyOf(moves);
        suppressions = List.copyOf(suppressions);
    }

    /** A new place, or (when the id exists) an override of the fields given; null means "not given". */
    record Add(int line, long id, String name, double lat, double lon, String featureClass, String featureCode,
               String country, String admin1, Long population, List<String> alternates, String source) {
    }

    record Alias(int line, long id, List<String> names) {
    }

    record Move(int line, long id, double lat, double lon, String source) {
    }

    record Suppress(int line, long id, String reason) {
    }
}
