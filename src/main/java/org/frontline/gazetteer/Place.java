package org.frontline.gazetteer;

import java.util.List;

/**
 * One gazetteer entry. {@code id} is the GeoNames id where the place comes from GeoNames; user additions use
 * their own ids. {@code featureClass}/{@code featureCode} follow GeoNames (P/PPL, P/PPLA, A/ADM1, T/ISL, ...).
 * {@code admin1} is the GeoNames admin1 code within the country ("07" = Kharkiv oblast). {@code source} says
 * which file (and line, for additions) the entry came from.
 */
public record Place(long id, String name, String asciiName, double lat, double lon,
                    String featureClass, String featureCode, String countryCode, String admin1,
                    long population, List<String> alternateNames, String source) {
    public Place {
        alternateNames = alternateNames == null ? List.of() : List.copyOf(alternateNames);
    }

    public boolean inUkraine() {
        return "UA".equals(countryCode);
    }

    public boolean isRegion() {
        return "A".equals(featureClass);
    }
}
