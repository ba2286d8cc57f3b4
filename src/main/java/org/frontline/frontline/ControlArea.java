package org.frontline.frontline;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * One connected area held by one side on a date (lon/lat Polygon or MultiPolygon, split only by the border).
 *
 * @param settlements          settlements whose cells make up the area
 * @param settlementsByClaims  of those, how many are decided by claims (their own or a neighbour's)
 * @param claimCount           distinct claims that decided it
 * @param claimIds             those claim ids (at most {@link #MAX_IDS}, latest decisions first)
 */
public record ControlArea(Side side, Geometry geometry, double areaKm2, int settlements, int settlementsByClaims,
                          int claimCount, List<String> claimIds) {
    public static final int MAX_IDS = 200;
}
