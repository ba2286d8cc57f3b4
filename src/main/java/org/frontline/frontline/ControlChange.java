package org.frontline.frontline;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/** A connected area that changed side between two dates (lon/lat), with the claims that decided the new side. */
public record ControlChange(Side from, Side to, Geometry geometry, double areaKm2, int settlements,
                            int claimCount, List<String> claimIds) {
}
