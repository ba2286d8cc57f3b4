package org.frontline.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.locationtech.jts.geom.Geometry;

/**
 * An immutable, loaded gazetteer: places, their name index and the boundaries. Built whole or not at all; the
 * service swaps in a new one when the additions file changes. Thread-safe: nothing changes after construction.
 */
public final class Gazetteer {
    /** The synthetic id of the Donbas area (Donetsk and Luhansk oblasts together), with a polygon. */
    public static final long DONBAS_ID = GazetteerLoader.DONBAS_ID;

    private final Place[] places;
    private final Map<Long, Place> byId;
    private final NameIndex names;
    private final RegionIndex regions;
    private final Map<String, Admin1Codes.Entry> admin1Codes;
    private final Map<String, Place> admin1Places;
    private final Map<Long, Geometry> boundaries;
    private final Geometry border;
    private final Collection<Place> placesView;

    /** {@code merged} is the applier's own fresh map, used as the id index as it is (never handed out). */
    private Gazetteer(BaseData base, Map<Long, Place> merged) {
        this.places = merged.values().toArray(new Place[0]);
        this.byId = merged;
        Map<String, Place> adm = new HashMap<>();
        for (Place p : places) {
            if ("ADM1".equals(p.featureCode())) {
                adm.putIfAbsent(p.countryCode() + "." + p.admin1(), p);
            }
        }
        for (Admin1Codes.Entry e : base.admin1().values()) {
            Place p = byId.get(e.geonameId());
            if (p != null) {
                adm.putIfAbsent(e.key(), p);
            }
        }
        this.admin1Places = adm;
        this.admin1Codes = base.admin1();
        this.boundaries = base.boundaries();
        this.border = base.border();
        // the region index is small and needs nothing from the name index: build it alongside, on another core
        Place[] all = places;
        CompletableFuture<RegionIndex> regionIndex = CompletableFuture.supplyAsync(() -> RegionIndex.build(all));
        this.names = NameIndex.build(places);
        this.regions = regionIndex.join();
        this.placesView = Collections.unmodifiableList(Arrays.asList(places));
    }

    /** Loads every source or throws a {@link GazetteerException} naming the file and line; never half-loads. */
    public static Gazetteer load(GazetteerSources sources) {
        CompletableFuture<Additions> additions = GazetteerLoader.parseAdditionsAside(sources);
        BaseData base = GazetteerLoader.loadBase(sources);
        return assemble(base, GazetteerLoader.additions(additions));
    }

    /** The base data with validated additions applied; throws {@link AdditionsException} for unknown ids. */
    static Gazetteer assemble(BaseData base, Additions additions) {
        return new Gazetteer(base, AdditionsApplier.apply(base.places(), additions));
    }

    public Optional<Place> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Every place the written name may denote (all homonyms), strongest match first, then by population. Handles
     * case, diacritics, apostrophes, transliteration, romanisation variants, possessives and region phrases
     * ("Kharkiv region"); fuzzy matches only for names of 7 letters or more, and only when nothing else matched.
     * Common English words, countries and people's names (see {@link #isCommonWord}, {@link #isPersonName}) never
     * match when written in lower case and, capitalised, match only Ukrainian places whose own main name they are
     * (the town of Bar); all-capital words of two or three letters (UN, UK) match nothing. Empty when the name is
     * no place.
     */
    public List<Candidate> lookup(String writtenName) {
        if (writtenName == null) {
            return List.of();
        }
        NamePhrase phrase = NamePhrase.parse(writtenName);
        String key = phrase.key();
        if (key.isEmpty()) {
            return List.of();
        }
        if (phrase.region()) {
            List<Candidate> r = regions.lookup(key);
            return r.isEmpty() ? lookup(key) : r; // "the Bakhmut region": the area around Bakhmut
        }
        if (isShortAcronym(writtenName)) {
            return List.of(); // UN, UK, EU, US: organisations and countries, never the villages GeoNames has
        }
        boolean flagged = CommonWords.ENGLISH.contains(key) || CommonWords.PEOPLE.contains(key);
        if (flagged) {
            // a common word or a person's name: never in lower case; capitalised, only a Ukrainian place or a
            // region (a country, a US state: "Georgia") that bears it as its own main name (Bar), never through
            // alternates, variants or fuzz (He, Oleg, Putin)
            return isLowerCase(writtenName) ? List.of() : byName(key).stream()
                    .filter(c -> c.match() == MatchKind.EXACT && (c.place().inUkraine() || c.place().isRegion())
                            && NameIndex.isMainName(c))
                    .toList();
        }
        List<Candidate> found = byName(key);
        return found.isEmpty() ? fuzzy(key, NameIndex.FUZZY_MIN_LETTERS, NameIndex.Reach.STRICT) : found;
    }

    /**
     * A fast test for text scanners, to call before {@link #lookup}: 0 when no exact, variant or region-phrase
     * lookup can succeed for a name that begins with these words (a word or a run of words as written,
     * possessive and diacritics allowed), else the most words such a name has (folded words: a hyphen separates
     * words). Not 0 does not promise a match: "Ivano" begins a name without being one. Fuzzy matches
     * (one edit away, {@link MatchKind#FUZZY}) are not covered: a scanner that wants them calls {@link #lookup}
     * on the words this test rejects. Costs one fold and two or three hash probes, no allocation of candidates.
     */
    public int nameWords(String word) {
        if (word == null) {
            return 0;
        }
        NamePhrase phrase = NamePhrase.parse(word);
        if (phrase.region()) {
            return Integer.MAX_VALUE;
        }
        String key = phrase.key();
        int n = names.nameWords(key);
        return n > 0 ? n : regions.startsWith(key) ? 1 : 0;
    }

    /** Ranked candidates for a user's search box query: fuzzy matches included, no common-word filtering. */
    public List<Candidate> search(String query, int limit) {
        return search(query, GazetteerFilter.NONE, limit);
    }

    /** As {@link #search(String, int)}, keeping only places the filter accepts. */
    public List<Candidate> search(String query, GazetteerFilter filter, int limit) {
        if (query == null || limit <= 0) {
            return List.of();
        }
        NamePhrase phrase = NamePhrase.parse(query);
        String key = phrase.key();
        if (key.isEmpty()) {
            return List.of();
        }
        List<Candidate> all = new ArrayList<>();
        if (phrase.region()) {
            all.addAll(regions.lookup(key)); // "Kharkiv oblast": the oblast first, then places named Kharkiv
        }
        List<Candidate> named = Ranking.merge(List.of(byName(key), fuzzy(key, 5, NameIndex.Reach.WIDE)), Ranking.SEARCH);
        named.stream().filter(c -> all.stream().noneMatch(r -> r.place().id() == c.place().id())).forEach(all::add);
        GazetteerFilter f = filter == null ? GazetteerFilter.NONE : filter;
        return all.stream().filter(c -> f.accepts(c.place())).limit(limit).toList();
    }

    /** True for common English words that are also place names somewhere (of, deal, mobile, bar, price). */
    public boolean isCommonWord(String word) {
        return word != null && CommonWords.ENGLISH.contains(NameFolder.fold(word));
    }

    /** True for given names and surnames that are also place names (Austin, Price, Wallace, Johnson, Vladimir). */
    public boolean isPersonName(String word) {
        return word != null && CommonWords.PEOPLE.contains(NameFolder.fold(word));
    }

    /** The admin-1 unit (oblast) as a place, e.g. ("UA", "07") is Kharkiv oblast. */
    public Optional<Place> admin1(String countryCode, String admin1Code) {
        return Optional.ofNullable(admin1Places.get(countryCode + "." + admin1Code));
    }

    /** The GeoNames name of an admin-1 unit for display, e.g. ("UA", "07") → "Kharkiv", ("UA", "13") → "Kyiv Oblast". */
    public Optional<String> admin1Name(String countryCode, String admin1Code) {
        Admin1Codes.Entry e = admin1Codes.get(countryCode + "." + admin1Code);
        if (e != null) {
            return Optional.of(e.asciiName());
        }
        return admin1(countryCode, admin1Code).map(Place::name);
    }

    /** The polygon of a region place (oblast, Donbas), when boundaries are loaded. */
    public Optional<Geometry> boundary(long placeId) {
        return Optional.ofNullable(boundaries.get(placeId));
    }

    /** Ukraine's border, lon/lat, SRID 4326. */
    public Optional<Geometry> border() {
        return Optional.ofNullable(border);
    }

    public Collection<Place> places() {
        return placesView;
    }

    /**
     * Every place in index order (all fields) and then the whole name index ({@link NameIndex#dump}): two dumps
     * compare equal only when a change to loading or to the index build made no difference to either.
     */
    void dump(java.io.PrintWriter out) {
        for (Place p : places) {
            out.append(p.toString()).append('\n');
        }
        names.dump(out);
    }

    public int size() {
        return places.length;
    }

    /** Exact and variant matches of a folded name; Cyrillic names also through their transliterations. */
    private List<Candidate> byName(String key) {
        List<Candidate> hit = names.exact(key);
        if (hit != null) {
            return hit;
        }
        if (NameFolder.isLatinKey(key)) {
            return names.variants(key);
        }
        if (!NameFolder.hasCyrillic(key)) {
            return List.of();
        }
        List<List<Candidate>> parts = new ArrayList<>();
        for (String reading : Cyrillic.readings(key)) {
            List<Candidate> r = names.exact(reading);
            if (r != null) {
                parts.add(r.stream().map(c -> c.match() == MatchKind.EXACT
                        ? new Candidate(c.place(), c.matchedName(), MatchKind.VARIANT) : c).toList());
            }
            parts.add(names.variants(reading));
        }
        return Ranking.merge(parts, Ranking.LOOKUP);
    }

    private List<Candidate> fuzzy(String key, int minLetters, NameIndex.Reach reach) {
        if (NameFolder.isLatinKey(key)) {
            return names.fuzzy(key, minLetters, reach);
        }
        List<List<Candidate>> parts = new ArrayList<>();
        if (NameFolder.hasCyrillic(key)) {
            for (String reading : Cyrillic.readings(key)) {
                parts.add(names.fuzzy(reading, minLetters, reach));
            }
        }
        return Ranking.merge(parts, Ranking.LOOKUP);
    }

    private static boolean isShortAcronym(String written) {
        String s = written.strip();
        if (s.length() < 2 || s.length() > 3) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "Gazetteer[" + places.length + " places, " + names.keyCount() + " name keys]";
    }
}
