package org.frontline.gazetteer;

import org.locationtech.jts.geom.Envelope;

/**
 * Narrows {@link Gazetteer#search(String, GazetteerFilter, int)}: a lon/lat box (x = lon, y = lat), a country
 * (ISO code, e.g. "UA") and an admin1 code within it (e.g. "07", Kharkiv oblast). Null fields do not filter.
 */
public record GazetteerFilter(Envelope bbox, String countryCode, String admin1) {
    public static final GazetteerFilter NONE = new GazetteerFilter(null, null, null);

    public static GazetteerFilter bbox(Envelope bbox) {
        return new GazetteerFilter(bbox, null, null);
    }

    public static GazetteerFilter admin1(String countryCode, String admin1) {
        return new GazetteerFilter(null, countryCode, admin1);
    }

    public boolean accepts(Place p) {
        return (bbox == null || bbox.contains(p.lon(), p.lat()))
                && (countryCode == null || countryCode.equalsIgnoreCase(p.countryCode()))
                && (admin1 == null || admin1.equals(p.admin1()));
    }
}
