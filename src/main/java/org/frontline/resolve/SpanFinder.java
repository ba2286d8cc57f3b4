package org.frontline.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.frontline.gazetteer.Candidate;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.Place;
import org.frontline.ingest.Sentence;

/**
 * Finds toponym candidates: runs of capitalised words (up to four, longest first, optionally followed by
 * "region", "oblast" or "province") that the gazetteer knows, minus the spans that {@link NotPlaces} says are
 * people, organisations or common words.
 *
 * <p>Speed: most capitalised words of running text begin no place name at all, and a full lookup of every
 * capitalised n-gram (fold, variants, then a fuzzy search of hundreds of one-edit probes for long strings) cost
 * about 8 ms per article. So the finder first asks the gazetteer's prefix test ({@link Gazetteer#nameWords}), which
 * says whether any name begins with the word, or with the run of words, and looks up only the runs that pass.
 * Misspellings (Kremenchuck) are found only by a fuzzy lookup, which the prefix test cannot vouch for: single words
 * of seven letters or more that fail it go to {@link Lookups}, which remembers the answer for the gazetteer in
 * force, since the same capitalised words (Ministry, According, Thursday) come back in every article.
 */
final class SpanFinder {
    private static final int MAX_WORDS = 4;
    private static final Set<String> REGION_WORDS = Set.of("region", "oblast", "province", "raion", "district", "area");
    /** Capitalised at the start of a sentence or heading without being part of a name. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "in", "on", "at", "from", "near", "to", "and", "but",
            "of", "as", "for", "with", "by", "after", "before", "since", "while", "when", "where", "outside", "inside",
            "around", "across", "over", "into", "towards", "toward", "a", "an", "if", "so", "then", "also", "both",
            "residents", "people", "troops", "forces", "capital", "city", "town", "village", "north", "south", "east",
            "west", "central", "northern", "southern", "eastern", "western", "northeast", "northwest", "southeast",
            "southwest", "occupied", "liberated", "besieged", "embattled", "russian", "ukrainian", "here", "there");
    /** Capitalised words that continue a place name instead of making it someone's name. */
    private static final Set<String> PLACE_WORDS = Set.of("oblast", "region", "province", "raion", "district", "island",
            "city", "airport", "airfield", "port", "sea", "river", "bay", "peninsula");
    private static final long BIG_CITY = 100_000;
    /** Capitalised words after a town's name that make a longer name which still contains the town. */
    private static final Set<String> CONTINUATIONS = Set.of("road", "rd", "street", "st", "avenue", "ave", "boulevard",
            "blvd", "drive", "lane", "highway", "hwy", "parkway", "school", "schools", "hospital", "church", "university",
            "college", "county", "parish", "township", "high", "middle", "elementary", "club", "center", "centre", "hotel",
            "times", "post", "herald", "tribune", "journal", "news", "daily", "gazette", "police", "fire", "department",
            "council", "company", "bank", "team", "fc", "united", "city", "state", "stadium", "arena", "mall", "library",
            "museum", "memorial", "board", "court", "district", "purchase", "area", "metro", "valley", "bay", "harbor",
            "harbour", "beach", "lake", "river", "mountains", "hills", "falls", "springs", "heights", "square", "park",
            "zoo", "prison", "jail", "sheriff", "mayor", "government", "authorities", "officials", "residents");
    /** The gazetteer's fuzzy matching starts at seven letters. */
    private static final int FUZZY_MIN_CHARS = 7;

    private final Gazetteer gazetteer;
    private final Lookups lookups;
    private final ResolverProfile profile;
    /** Words seen as part of a person's name earlier in the article ("Ned Price" makes a later "Price" a person). */
    private final Set<String> personWords = new HashSet<>();
    /** Per token of the current sentence: a name in a list that a plural region word closes (see below); or null. */
    private boolean[] listedRegions;

    SpanFinder(Gazetteer gazetteer, Lookups lookups, ResolverProfile profile) {
        this.gazetteer = gazetteer;
        this.lookups = lookups;
        this.profile = profile;
    }

    List<Span> find(String text, Sentence s) {
        List<Token> tokens = Tokenizer.tokens(text, s.start(), s.end());
        listedRegions = listedBeforePluralRegionWord(text, tokens);
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (profile.worldNames() && t.capitalised()) {
                String abbreviation = Abbreviations.at(text, t.start(), s.end());
                List<Candidate> country = abbreviation == null ? List.of()
                        : Abbreviations.filter(abbreviation, countryOrRegion(lookups.lookup(gazetteer, Abbreviations.expand(abbreviation))));
                if (!country.isEmpty()) {
                    int end = t.start() + abbreviation.length();
                    out.add(new Span(s.index(), s.paragraph(), t.start(), end, abbreviation, country));
                    while (i < tokens.size() && tokens.get(i).start() < end) i++;
                    continue;
                }
            }
            // most articles name no person before their places: no lower-cased copy of each word to ask the empty set
            if (!t.capitalised() || t.acronym() && !profile.worldNames() || !personWords.isEmpty() && personWords.contains(t.lower())
                    || contraction(t.text())) {
                i++;
                continue;
            }
            if (i == 0 && profile.worldNames() && t.acronym()) {
                Datelines.Dateline d = Datelines.at(text, t.start(), s.end());
                List<Candidate> found = d == null ? List.of() : Datelines.candidates(gazetteer, lookups, d);
                if (!found.isEmpty()) {
                    out.add(new Span(s.index(), s.paragraph(), d.start(), d.end(), text.substring(d.start(), d.end()), found));
                    while (i < tokens.size() && tokens.get(i).start() < d.end()) i++;
                    continue;
                }
            }
            if (t.acronym() && t.text().length() >= 4) {
                // a dateline or heading in capitals ("AUSTIN, Texas", "BEIRUT"): a big place or region only
                List<Candidate> big = lookups.lookup(gazetteer, t.text()).stream()
                        .filter(c -> c.match() == org.frontline.gazetteer.MatchKind.EXACT
                                && (c.place().population() >= BIG_CITY || c.place().isRegion())).toList();
                if (!big.isEmpty()) out.add(new Span(s.index(), s.paragraph(), t.start(), t.end(), t.text(), big));
                i++;
                continue;
            }
            if (t.text().equals("The") && i + 1 < tokens.size() && tokens.get(i + 1).capitalised()) {
                // "The Hostomel airfield", "The UK", "The White House": the name is what follows, if anything
                i++;
                continue;
            }
            Match m = longestMatch(text, tokens, i, i == 0);
            if (m == null) {
                if (t.text().indexOf('-') > 0) hyphenParts(text, s, t, out);
                i++;
                continue;
            }
            if (!partOfLongerName(text, tokens, i, m)) {
                out.add(new Span(s.index(), s.paragraph(), tokens.get(i).start(), m.end, text.substring(tokens.get(i).start(), m.end),
                        m.candidates));
            }
            i += m.words;
        }
        return out;
    }

    private record Match(int words, int end, List<Candidate> candidates) {
    }

    /**
     * "Russia-Turkey ties", "Kharkiv-Belgorod highway": a hyphenated token that is no name as a whole may join
     * two names. Each capitalised part that is the own name of a big place or a region is taken on its own
     * (Ivano-Frankivsk matched whole before this).
     */
    private void hyphenParts(String text, Sentence s, Token t, List<Span> out) {
        int from = t.start();
        while (from < t.end()) {
            int dash = text.indexOf('-', from);
            int to = dash < 0 || dash > t.end() ? t.end() : dash;
            if (to - from >= 3 && Character.isUpperCase(text.charAt(from))) {
                String part = text.substring(from, to);
                if (lookups.nameWords(gazetteer, part) > 0 && (!NotPlaces.listed(part) || worldCountry(part))) {
                    // only well-known places: a hyphen joins words of every kind (Coca-Cola is no town and no Kola)
                    List<Candidate> found = lookups.lookup(gazetteer, part).stream()
                            .filter(c -> c.match() == org.frontline.gazetteer.MatchKind.EXACT
                                    && (c.place().isRegion() || c.place().population() >= BIG_CITY
                                    && c.matchedName() != null && c.matchedName().equalsIgnoreCase(c.place().name()))).toList();
                    if (!found.isEmpty()) out.add(new Span(s.index(), s.paragraph(), from, to, part, found));
                }
            }
            from = to + 1;
        }
    }

    private Match longestMatch(String text, List<Token> tokens, int i, boolean sentenceStart) {
        Token first = tokens.get(i);
        // one memory entry for both questions about the first word
        Lookups.Entry firstWord = lookups.entry(gazetteer, first.text());
        int words = lookups.nameWords(gazetteer, firstWord);
        if (words == 0) return fuzzyMatch(first, firstWord);
        int maxLen = Math.min(Math.min(MAX_WORDS, words), tokens.size() - i);
        // the longest run of adjacent capitalised words that still begins some name
        int runLen = 1;
        while (runLen < maxLen && adjacentRun(text, tokens, i, runLen + 1)
                && (tokens.get(i + runLen).capitalised() || facilityWord(text, tokens.get(i + runLen)))
                && lookups.nameWords(gazetteer, text.substring(first.start(), tokens.get(i + runLen).end())) > 0) {
            runLen++;
        }
        for (int len = runLen; len >= 1; len--) {
            Token last = tokens.get(i + len - 1);
            // one word: the token's own string, whose hash the lookups have computed already
            String name = len == 1 ? first.text() : text.substring(first.start(), last.end());
            boolean listed = len == 1 ? NotPlaces.listedLowerCase(first.lower()) : NotPlaces.listed(name);
            if (listed && !(profile.worldNames() && last.acronym())) {
                if (len == 1 && !worldCountry(name)) return null;
                if (len > 1 && !worldCountry(name)) continue;
            }
            if (first.acronym() && len == 1) {
                List<Candidate> found = countryOrRegion(lookups.lookup(gazetteer, firstWord));
                return found.isEmpty() ? null : new Match(1, last.end(), found);
            }
            List<Candidate> found = homeFuzzy(len == 1 ? lookups.lookup(gazetteer, firstWord) : lookups.lookup(gazetteer, name));
            if (found.isEmpty()) continue;
            if (profile.worldNames() && !anyExact(found) && !hasBigPlace(found)) {
                // the respelling rules are made for Ukrainian and Russian names (Kharkov, Gostomel); in world news a
                // respelt match is an English word or a foreign name meeting a village (Anadolu/Anadoly)
                continue;
            }
            if (len == 1 && !anyExact(found) && (sentenceStart || gazetteer.isCommonWord(name))) {
                // A respelling (the skeleton rules) of a capitalised word that opens the sentence or is an
                // English word is that word, not a place: "There" is not Tkhory, "Missile" not Smile.
                return null;
            }
            int matched = len;
            int end = last.end();
            // "the Kharkiv region": the region reading wins when the gazetteer has one
            if (i + len < tokens.size() && REGION_WORDS.contains(tokens.get(i + len).lower())
                    && adjacentRun(text, tokens, i, len + 1)) {
                Token regionWord = tokens.get(i + len);
                List<Candidate> region = lookups.lookup(gazetteer, text.substring(first.start(), regionWord.end()));
                if (!region.isEmpty()) {
                    found = region;
                    matched = len + 1;
                    end = regionWord.end();
                }
            } else if (len == 1 && listedRegions != null && listedRegions[i]) {
                List<Candidate> region = lookups.lookup(gazetteer, first.text() + " region");
                if (!region.isEmpty()) found = region;
            }
            return new Match(matched, end, found);
        }
        return null;
    }

    /**
     * A word no name begins with may still be a misspelt long name (Kremenchuck): one remembered lookup. Only
     * home-country places are taken so: the misspellings that matter are of front-line towns, and abroad a one-edit
     * neighbour of an English word is a town somewhere (Italian/Dalian, Belarus/Bellary). Without a home country
     * (world news) misspellings are not guessed at.
     */
    private Match fuzzyMatch(Token t, Lookups.Entry word) {
        if (profile.homeCountry() == null || t.end() - t.start() < FUZZY_MIN_CHARS || t.acronym() || NotPlaces.listedLowerCase(t.lower())) return null;
        List<Candidate> found = homeFuzzy(lookups.lookup(gazetteer, word));
        return found.isEmpty() ? null : new Match(1, t.end(), found);
    }

    /** Fuzzy candidates only in the home country, none without one (see {@link #fuzzyMatch}). */
    private List<Candidate> homeFuzzy(List<Candidate> found) {
        if (found.isEmpty() || found.get(0).match() != org.frontline.gazetteer.MatchKind.FUZZY) return found;
        if (profile.homeCountry() == null) return List.of();
        return found.stream().filter(c -> profile.homeCountry().equals(c.place().countryCode())).toList();
    }

    private static boolean hasBigPlace(List<Candidate> found) {
        for (Candidate c : found) if (c.place().population() >= BIG_CITY) return true;
        return false;
    }

    private static boolean anyExact(List<Candidate> found) {
        for (Candidate c : found) if (c.match() == org.frontline.gazetteer.MatchKind.EXACT) return true;
        return false;
    }

    /** "They're", "We'll", "Don't": a contraction is never a name (and respells as one: They're/Tkhory). */
    private static boolean contraction(String word) {
        int n = word.length();
        for (int k = Math.max(1, n - 3); k < n - 1; k++) {
            char c = word.charAt(k);
            if (c == '\'' || c == '’') {
                String rest = word.substring(k + 1);
                return rest.equals("re") || rest.equals("ll") || rest.equals("ve") || rest.equals("d") || rest.equals("m")
                        || rest.equals("t");
            }
        }
        return false;
    }

    /** In world news "Turkish" and "French" stand for their countries when the gazetteer lists them so. */
    private boolean worldCountry(String name) {
        return profile.worldNames() && !countryOrRegion(lookups.lookup(gazetteer, name)).isEmpty();
    }

    private static List<Candidate> countryOrRegion(List<Candidate> found) {
        return found.stream().filter(c -> (c.place().isRegion() || "CONT".equals(c.place().featureCode()))
                && !c.place().inUkraine()).toList();
    }

    /**
     * "the Kyiv, Chernihiv and Sumy regions", "Kharkiv and Donetsk oblasts": one plural region word makes every name
     * of the list before it a region, not only the last one, which the singular rule ("the Kharkiv region") would
     * catch. Without this, "their retreat from the Kyiv, Chernihiv, Sumy regions" is a withdrawal from three cities
     * Russia never held. Marks the single-word names of such a list, walking back from the plural word over commas
     * and "and".
     */
    private static boolean[] listedBeforePluralRegionWord(String text, List<Token> tokens) {
        boolean[] listed = null;
        for (int k = 1; k < tokens.size(); k++) {
            if (!pluralRegionWord(text, tokens.get(k))) continue;
            int j = k - 1;
            int names = 0;
            while (j >= 0 && tokens.get(j).capitalised() && !tokens.get(j).acronym()) {
                if (listed == null) listed = new boolean[tokens.size()];
                listed[j] = true;
                names++;
                if (j == 0) break;
                String gap = text.substring(tokens.get(j - 1).end(), tokens.get(j).start());
                if (gap.equals(", ")) {
                    j--;
                } else if (gap.equals(" ") && tokens.get(j - 1).lower().equals("and") && j >= 2) {
                    String before = text.substring(tokens.get(j - 2).end(), tokens.get(j - 1).start());
                    if (!before.equals(" ") && !before.equals(", ")) break;
                    j -= 2;
                } else {
                    break;
                }
            }
            // one name alone ("Kharkiv regions") is rare and not a list: left to the singular rule's reading
            if (names == 1 && listed != null) listed[k - 1] = false;
        }
        return listed;
    }

    /**
     * Lower-case words that go on a facility's name ("the Zaporizhzhia nuclear power plant", "Antonivskyi bridge"):
     * a run of words may continue through them when the gazetteer lists such a name, so the plant 50 km from the city
     * is not read as the city.
     */
    private static final List<String> FACILITY_WORDS = List.of("nuclear", "power", "plant", "station", "airport", "airfield",
            "dam", "bridge");

    /** Asked after most place names, so compared in place rather than by lower-casing the word. */
    private static boolean facilityWord(String text, Token t) {
        int n = t.end() - t.start();
        for (String w : FACILITY_WORDS) {
            if (w.length() == n && text.regionMatches(true, t.start(), w, 0, n)) return true;
        }
        return false;
    }

    /** "regions", "oblasts", "provinces", in any case; asked of every word, so without lower-casing each one. */
    private static boolean pluralRegionWord(String text, Token t) {
        int n = t.end() - t.start();
        return n == 7 && (text.regionMatches(true, t.start(), "regions", 0, 7) || text.regionMatches(true, t.start(), "oblasts", 0, 7))
                || n == 9 && text.regionMatches(true, t.start(), "provinces", 0, 9);
    }

    /**
     * Whether tokens i..i+len-1 follow each other with only spaces or hyphens between them, or the dot of a
     * name's own abbreviation ("St. Petersburg", "Mt. Vernon", "Ft. Worth"), which gazetteers list as written.
     */
    private static boolean adjacentRun(String text, List<Token> tokens, int i, int len) {
        if (i + len > tokens.size()) return false;
        for (int k = i; k < i + len - 1; k++) {
            Token t = tokens.get(k);
            for (int c = t.end(); c < tokens.get(k + 1).start(); c++) {
                char ch = text.charAt(c);
                if (ch == '.' && c == t.end() && NAME_ABBREVIATIONS.contains(t.text())) continue;
                if (ch != ' ' && ch != '-' && ch != '\u00a0') return false;
            }
        }
        return true;
    }

    private static final Set<String> NAME_ABBREVIATIONS = Set.of("St", "Ste", "Mt", "Ft", "Pt");

    private boolean partOfLongerName(String text, List<Token> tokens, int i, Match m) {
        Token first = tokens.get(i);
        Token last = tokens.get(i + m.words - 1);
        Token before = i > 0 ? tokens.get(i - 1) : null;
        Token after = i + m.words < tokens.size() ? tokens.get(i + m.words) : null;
        if (before != null && isNameWord(before) && onlySpacesBetween(text, before, first)) {
            if (profile.worldNames() && countryNotSurname(first, m)) return false;
            // "Ned Price", "Lloyd Austin": a given name before the word. Remember the surname for the rest of the
            // article, so that "Price said" later is not Price, Utah either.
            for (int k = i; k < i + m.words; k++) personWords.add(tokens.get(k).lower());
            return true;
        }
        if (after != null && isNameWord(after) && onlySpacesBetween(text, last, after) && !PLACE_WORDS.contains(after.lower())) {
            // "Washington Post", "Kyiv Independent": a name that goes on. Big cities keep their place reading ("the
            // Mayor of Kyiv Vitali Klitschko" still names Kyiv); small places do not.
            // World news corpora annotate the town inside such names too ("Cottonport Fire Station", "Louisiana
            // Purchase"), and whether to map it is the reader's choice: the world profile keeps it when the next
            // word is an ordinary word (Fire, Road, County) or the place is a country, region or big city, and
            // drops it before what looks like a surname ("Jerome Faulkner", "Chiquita Raquel").
            if (profile.worldNames() && (CONTINUATIONS.contains(after.lower()) || gazetteer.isCommonWord(after.text())
                    || m.candidates.stream().anyMatch(c -> c.place().isRegion() || c.place().population() >= BIG_CITY))) {
                return false;
            }
            return m.candidates.stream().map(Candidate::place).mapToLong(Place::population).max().orElse(0) < BIG_CITY;
        }
        return false;
    }

    /**
     * A country or continent (or a name of several words) after a capitalised word is the place inside a name ("Air
     * Canada", "HSBC Bank Malta", "DeSmog Canada", a byline's "By Trend Iran", a headline's "News Russia announces"),
     * not a surname: without this, that one word made every later "Iran" of the article a person's name and the
     * article lost all its toponyms. The few countries that are common surnames (Michael Jordan, Tom Holland, Jimmy Wales) keep the
     * surname reading. Cities and states are left to the surname rule: Denzel Washington, Elizabeth Warren and Joaquin
     * Phoenix are as common in news as the places.
     */
    private boolean countryNotSurname(Token word, Match m) {
        if (m.words > 1) return true; // "Republican Orange County", "Epicurean Santa Barbara": no one's surname
        if (SURNAME_COUNTRIES.contains(word.lower()) || gazetteer.isPersonName(word.text())) return false;
        return m.candidates.stream().map(Candidate::place).anyMatch(p -> p.featureCode() != null
                && (p.featureCode().startsWith("PCL") || p.featureCode().equals("CONT")));
    }

    private static final Set<String> SURNAME_COUNTRIES = Set.of("jordan", "ireland", "israel", "holland", "england",
            "wales", "chad", "georgia", "kenya");

    private static boolean onlySpacesBetween(String text, Token left, Token right) {
        for (int c = left.end(); c < right.start(); c++) if (text.charAt(c) != ' ') return false;
        return true;
    }

    /** A capitalised word that may be part of a person's or organisation's name (not "Sunday", not "The"). */
    private static boolean isNameWord(Token t) {
        return t.capitalised() && !t.acronym() && !FUNCTION_WORDS.contains(t.lower()) && !CALENDAR.contains(t.lower());
    }

    /** "Sunday Alexandria Police went...": a date before a name is not a given name. */
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "today", "yesterday", "tonight");

}
