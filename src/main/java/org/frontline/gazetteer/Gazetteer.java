package org.frontline.gazetteer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/** An immutable, loaded gazetteer: places, their name index and the boundaries. (Contract stub.) */
public final class Gazetteer {

    /** Loads every source or throws a {@link GazetteerException} naming the file and line; never half-loads. */
    public static Gazetteer load(GazetteerSources sources) {
        throw new UnsupportedOperationException("gazetteer loading lands with the gazetteer package");
    }

    public Optional<Place> byId(long id) {
        return Optional.empty();
    }

    /**
     * Every place the written name may denote (all homonyms), strongest match first, then by population. Handles
     * case, diacritics, apostrophes, transliteration, romanisation variants, possessives and region phrases
     * ("Kharkiv region"); fuzzy matches only for longer names. Empty when the name is no place.
     */
    public List<Candidate> lookup(String writtenName) {
        return List.of();
    }

    /** Ranked candidates for a user's search box query, fuzzy matches included. */
    public List<Candidate> search(String query, int limit) {
        return List.of();
    }

    /** The admin-1 unit (oblast) as a place, e.g. ("UA", "07") is Kharkiv oblast. */
    public Optional<Place> admin1(String countryCode, String admin1Code) {
        return Optional.empty();
    }

    /** The polygon of a region place (oblast), when boundaries are loaded. */
    public Optional<Geometry> boundary(long placeId) {
        return Optional.empty();
    }

    /** Ukraine's border, lon/lat, SRID 4326. */
    public Optional<Geometry> border() {
        return Optional.empty();
    }

    public Collection<Place> places() {
        return List.of();
    }

    public int size() {
        return 0;
    }
}
