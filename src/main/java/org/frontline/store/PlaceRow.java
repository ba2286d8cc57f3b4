package org.frontline.store;

/** A place that stored articles mention, with how often. */
public record PlaceRow(long placeId, String name, String admin1, String country, String featureCode,
                       double lon, double lat, int mentions) {
}
