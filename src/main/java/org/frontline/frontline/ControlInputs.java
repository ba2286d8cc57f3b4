package org.frontline.frontline;

import java.util.List;
import java.util.function.Function;
import org.frontline.gazetteer.Place;
import org.locationtech.jts.geom.Geometry;

/**
 * What the control model needs from a gazetteer: its settlements, Ukraine's border (lon/lat), a name index for
 * imports, and the gazetteer place of a settlement (for the claims an import creates).
 */
public record ControlInputs(List<Settlement> settlements, Geometry border, SettlementNames names,
                            Function<Settlement, Place> places) {

    public ControlInputs {
        settlements = List.copyOf(settlements);
        names = names == null ? SettlementNames.NONE : names;
        places = places == null ? ControlInputs::syntheticPlace : places;
    }

    /** A gazetteer-shaped place for a settlement known only by id, name and position. */
    public static Place syntheticPlace(Settlement s) {
        return new Place(s.id(), s.name(), s.name(), s.lat(), s.lon(), "P", "PPL", "UA", null, 0, List.of(),
                "control settlements");
    }
}
