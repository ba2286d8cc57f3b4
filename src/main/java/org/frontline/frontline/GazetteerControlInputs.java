package org.frontline.frontline;

import java.util.ArrayList;
import java.util.List;
import org.frontline.gazetteer.Candidate;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.Place;
import org.locationtech.jts.geom.Geometry;

/**
 * The one adapter from the gazetteer to the control model: every populated place (class P) in Ukraine, plus
 * islands (Zmiinyi), becomes a settlement; the border and name lookup come from the gazetteer.
 */
public final class GazetteerControlInputs {

    private GazetteerControlInputs() {
    }

    public static ControlInputs from(Gazetteer gazetteer) {
        List<Settlement> settlements = new ArrayList<>();
        for (Place p : gazetteer.places()) {
            if (isSettlement(p)) {
                settlements.add(new Settlement(p.id(), p.name(), p.lat(), p.lon()));
            }
        }
        if (settlements.isEmpty()) {
            throw new IllegalStateException("the gazetteer has no Ukrainian settlements to map control with");
        }
        Geometry border = gazetteer.border().orElseThrow(
                () -> new IllegalStateException("the gazetteer has no Ukraine border (boundaries/ukraine-border.geojson)"));
        SettlementNames names = name -> gazetteer.lookup(name).stream()
                .map(Candidate::place).filter(GazetteerControlInputs::isSettlement).map(Place::id).toList();
        return new ControlInputs(settlements, border, names,
                s -> gazetteer.byId(s.id()).orElseGet(() -> ControlInputs.syntheticPlace(s)));
    }

    /** Populated places and islands of Ukraine. */
    public static boolean isSettlement(Place p) {
        return p.inUkraine() && ("P".equals(p.featureClass()) || "ISL".equals(p.featureCode()));
    }
}
