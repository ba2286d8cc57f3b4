package org.frontline.resolve;

/**
 * Where a relative phrase puts something: "seven kilometres northwest of Kyiv", "70 miles east of Kharkiv",
 * "36 miles (50km) away from Kupiansk", "near Konotop", "on the outskirts of Kherson". The mention it belongs to
 * names the anchor (Kyiv); this record says where the phrase points and how precisely.
 *
 * <p>With a distance and a bearing the point is the direct geodesic from the anchor (WGS84, GeographicLib), and
 * the uncertainty grows with the distance (writers round "about 30 km" and give eight compass points, 45° apart:
 * a quarter of the distance plus 2 km). With a distance but no bearing ("50km away from Kupiansk") the point stays
 * on the anchor and the uncertainty is the distance: somewhere on or inside that circle. "Near", "outside", "on
 * the outskirts of" keep the anchor with a few km ({@link #NEAR_KM}, {@link #OUTSKIRTS_KM}).
 *
 * @param anchorPlaceId the gazetteer id of the place the phrase is relative to
 * @param distanceKm    the distance written, in km (NaN when none was written)
 * @param bearingDeg    the compass bearing written, degrees clockwise from north (NaN when none)
 * @param lon           longitude of the point meant (WGS84)
 * @param lat           latitude of the point meant
 * @param uncertaintyKm radius around the point within which the place meant most likely is
 * @param phrase        the phrase as written, up to and including the anchor's name
 * @param start         offset of the phrase in the article text
 * @param end           end offset (exclusive) of the phrase
 */
public record RelativeLocation(long anchorPlaceId, double distanceKm, double bearingDeg, double lon, double lat,
                               double uncertaintyKm, String phrase, int start, int end) {
    static final double NEAR_KM = 15;
    static final double OUTSKIRTS_KM = 8;

    public boolean hasBearing() {
        return !Double.isNaN(bearingDeg);
    }
}
