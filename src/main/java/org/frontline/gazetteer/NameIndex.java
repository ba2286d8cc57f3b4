package org.frontline.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Folded name → places. Built once per gazetteer: every main, ASCII and alternate name is folded and given a
 * skeleton key; for every folded key the final candidate list (the places with that name, EXACT, then the places
 * whose names share its skeleton, VARIANT) is computed at load, so an exact lookup at query time is one fold
 * and one hash probe.
 */
final class NameIndex {
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz".toCharArray();
    /** Fuzzy matching only reaches names at least this long: shorter names are one edit from too much. */
    static final int FUZZY_MIN_LETTERS = 7;
    /** Countries whose names are romanised from Cyrillic, where the skeleton rules hold. */
    static final java.util.Set<String> CYRILLIC_COUNTRIES = java.util.Set.of("UA", "RU", "BY", "MD");

    private final Place[] places;
    private final Map<String, List<Candidate>> byKey;
    private final Map<String, long[]> bySkeleton;
    /** Every word-prefix of every key ("ivano", "ivano frankivsk") → the most words of a key it begins. */
    private final Map<String, Integer> prefixes;
    /**
     * The skeleton of a key's first word, and of a whole multi-word key → the most words of such a key (the
     * variant rules). Apart from {@link #prefixes} so that neither build nor query pastes a marker onto a string.
     */
    private final Map<String, Integer> skeletonPrefixes;

    private NameIndex(Place[] places, Map<String, List<Candidate>> byKey, Map<String, long[]> bySkeleton,
                      Prefixes prefixes) {
        this.places = places;
        this.byKey = byKey;
        this.bySkeleton = bySkeleton;
        this.prefixes = prefixes.words();
        this.skeletonPrefixes = prefixes.skeletons();
    }

    private record Prefixes(Map<String, Integer> words, Map<String, Integer> skeletons) {
    }

    /**
     * For text scanners: a name can only begin at a word that begins some key, and a run of words can only be a
     * name when it begins some key, exactly or by its skeleton. Storing the longest such key in words lets a
     * scanner skip the n-gram lookups that cannot succeed, which is most of them in running text. Takes the
     * skeletons the build already made ({@code skeletons[k]} is that of {@code keys[k]}) instead of romanising
     * every name a second time; a first word that is no key of its own is skeletonised once per distinct word.
     */
    private static Prefixes prefixesOf(String[] keys, String[] skeletons, Map<String, Object> byKey) {
        Map<String, Integer> words = new HashMap<>(keys.length * 2);
        Map<String, Integer> skeletonWords = new HashMap<>(keys.length);
        Map<String, String> firstWords = new HashMap<>();
        for (int k = 0; k < keys.length; k++) {
            String key = keys[k];
            int space = key.indexOf(' ');
            if (space < 0) {
                // most keys are one word: the key is its only prefix and its skeleton the first word's. Every value
                // is at least 1, so "at least 1" is putIfAbsent (the hash probe without merge's remapping call)
                words.putIfAbsent(key, 1);
                if (skeletons[k] != null) {
                    skeletonWords.putIfAbsent(skeletons[k], 1);
                }
                continue;
            }
            int w = wordCount(key);
            for (int i = space; i >= 0; i = key.indexOf(' ', i + 1)) {
                words.merge(key.substring(0, i), w, Math::max);
            }
            words.merge(key, w, Math::max);
            String first = key.substring(0, space);
            Postings asKey = (Postings) byKey.get(first);
            String sk = asKey != null ? asKey.skeleton : firstWords.computeIfAbsent(first, NameIndex::skeletonOfKey);
            if (sk != null) {
                skeletonWords.merge(sk, w, Math::max);
            }
            if (skeletons[k] != null) {
                // a variant spelling of a multi-word name is matched by the skeleton of the whole name
                skeletonWords.merge(skeletons[k], w, Math::max);
            }
        }
        return new Prefixes(words, skeletonWords);
    }

    private static int wordCount(String key) {
        int words = 1;
        for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
            words++;
        }
        return words;
    }

    /** See {@link Gazetteer#nameWords}; {@code key} is folded. */
    int nameWords(String key) {
        if (key.isEmpty()) {
            return 0;
        }
        if (!NameFolder.isLatinKey(key)) {
            return NameFolder.hasCyrillic(key) ? Integer.MAX_VALUE : prefixes.getOrDefault(key, 0);
        }
        int n = prefixes.getOrDefault(key, 0);
        if (n > 0) {
            return n;
        }
        int space = key.indexOf(' ');
        String sk = Skeleton.of(space < 0 ? key : key.substring(0, space));
        if (sk != null && space < 0) {
            n = skeletonPrefixes.getOrDefault(sk, 0);
        }
        if (space > 0) {
            String whole = Skeleton.of(key);
            if (whole != null) {
                n = Math.max(n, skeletonPrefixes.getOrDefault(whole, 0));
            }
            if (n == 0 && sk != null && skeletonPrefixes.containsKey(sk)) {
                // the first word is a variant of a name's first word: the run may still spell a longer name
                n = skeletonPrefixes.get(sk);
            }
        }
        return n;
    }

    static NameIndex build(Place[] places) {
        // folding is costly and independent per place: do it on all cores, then fill the maps in order. What the
        // ordered passes below ask of each place is worked out here too: a pass over 74k places runs mostly in the
        // interpreter on a cold JVM, so they only read arrays
        String[][] keys = new String[places.length][];
        boolean[] variants = new boolean[places.length];
        boolean[] foreign = new boolean[places.length];
        Set<String> towns = ConcurrentHashMap.newKeySet();
        IntStream.range(0, places.length).parallel().forEach(i -> {
            Place p = places[i];
            keys[i] = keysOf(p);
            variants[i] = CYRILLIC_COUNTRIES.contains(p.countryCode());
            foreign[i] = !p.inUkraine();
            if (!foreign[i] && p.population() >= BORROWED_TOWN_POPULATION && keys[i][0] != null) {
                towns.add(keys[i][0]);
            }
        });

        // distinct keys in first-seen order, each with the places that carry it
        Map<String, Object> exact = new HashMap<>(places.length * 4); // of Postings until the end of the build
        List<String> distinctKeys = new ArrayList<>(places.length * 4);
        List<Postings> distinctPostingList = new ArrayList<>(places.length * 4);
        Postings[][] postingOf = new Postings[places.length][];
        for (int i = 0; i < places.length; i++) {
            String[] placeKeys = keys[i];
            Postings[] placePostings = new Postings[placeKeys.length];
            for (int j = 0; j < placeKeys.length; j++) {
                String key = placeKeys[j];
                if (key != null && j >= 2 && foreign[i] && borrowed(key, placeKeys[0], towns)) {
                    placeKeys[j] = null;
                } else if (key != null) {
                    Postings posting = (Postings) exact.get(key);
                    if (posting == null) {
                        posting = new Postings();
                        exact.put(key, posting);
                        distinctKeys.add(key);
                        distinctPostingList.add(posting);
                    }
                    posting.add(i, j);
                    placePostings[j] = posting;
                }
            }
            postingOf[i] = placePostings;
        }
        String[] distinct = distinctKeys.toArray(new String[0]);
        Postings[] distinctPostings = distinctPostingList.toArray(new Postings[0]);
        // one skeleton per distinct key (a name shared by hundreds of villages is romanised once), on all cores
        String[] skeletons = new String[distinct.length];
        IntStream.range(0, distinct.length).parallel().forEach(k -> {
            skeletons[k] = skeletonOfKey(distinct[k]);
            distinctPostings[k].skeleton = skeletons[k];
        });

        // the prefix map needs only the keys and their skeletons: build it while the candidate lists are made
        CompletableFuture<Prefixes> prefixes = CompletableFuture.supplyAsync(() -> prefixesOf(distinct, skeletons, exact));

        Map<String, Object> skeletonPostings = new HashMap<>(distinct.length / 4);
        for (int i = 0; i < places.length; i++) {
            // romanisation variants are a Ukrainian/Russian affair: foreign names stay out of the skeletons
            // (else Hostomel meets a Romanian Gostimil and Odesa a Greek Edessa)
            if (!variants[i]) {
                continue;
            }
            for (int j = 0; j < keys[i].length; j++) {
                Postings posting = postingOf[i][j];
                // and only main names and Cyrillic alternates: the Latin alternates are already variants, and
                // stretching them once more is how surnames met villages (Nikiforov, Peskov)
                if (posting != null && posting.skeleton != null && (j < 2 || NameFolder.hasCyrillic(keys[i][j]))) {
                    if (posting.alike == null) { // the skeleton's postings, looked up once per key, not per name
                        posting.alike = (Postings) skeletonPostings.computeIfAbsent(posting.skeleton, k -> new Postings());
                    }
                    posting.alike.add(i, j);
                }
            }
        }
        // the postings become the final arrays in the same map: no second map to hash 100k skeletons into
        skeletonPostings.replaceAll((k, v) -> ((Postings) v).toArray());
        Map<String, long[]> bySkeleton = retyped(skeletonPostings);

        // the candidate lists (and their sorting) are independent per key
        IntStream.range(0, distinct.length).parallel().forEach(k -> {
            Postings posting = distinctPostings[k];
            posting.candidates = candidates(places, posting.toArray(), posting.skeleton == null ? null
                    : bySkeleton.get(posting.skeleton));
        });
        Prefixes prefixMaps = prefixes.join(); // it reads the key → postings map: convert that only now
        // each key's postings become its candidate list in the same map (a table walk, no hashing, no new nodes)
        exact.replaceAll((k, v) -> ((Postings) v).candidates);
        Map<String, List<Candidate>> byKey = retyped(exact);
        return new NameIndex(places, byKey, bySkeleton, prefixMaps);
    }

    /**
     * The build fills its maps with {@link Postings} and then replaces every value, in place, by what the index
     * keeps (candidate lists, posting arrays): the map is the same, only its value type changes, once all values
     * are replaced.
     */
    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> retyped(Map<String, Object> converted) {
        return (Map<String, V>) (Map<String, ?>) converted;
    }

    /**
     * GeoNames gives some foreign cities the names of Ukrainian towns as alternates (Belgorod in Russia carries
     * "Bilhorod-Dnistrovskyi"), and population ranking would then put the foreign city first. An alternate of a
     * foreign place that is the main name of a Ukrainian town of at least 10,000 people is not indexed for it
     * (the build collects the towns while folding and drops such keys in its ordered pass).
     */
    private static final long BORROWED_TOWN_POPULATION = 10_000;

    /** Whether an alternate of a foreign place is the main name of a Ukrainian town ({@code towns}), not its own. */
    private static boolean borrowed(String key, String mainKey, Set<String> towns) {
        return towns.contains(key) && !key.equals(mainKey);
    }

    /** The folded key of each name of a place (index as {@link #nameAt}); null for names not indexed. */
    private static String[] keysOf(Place p) {
        String[] keys = new String[2 + p.alternateNames().size()];
        for (int j = 0; j < keys.length; j++) {
            String name = nameAt(p, j);
            if (j == 1 && name.equals(p.name()) || j >= 2 && !worthIndexing(name)) {
                continue;
            }
            String key = NameFolder.fold(name);
            keys[j] = key.isEmpty() ? null : key;
        }
        return keys;
    }

    /** The candidates of a folded key (EXACT and VARIANT), or null when no name folds to it. */
    List<Candidate> exact(String key) {
        return byKey.get(key);
    }

    /** Places whose names share the key's skeleton, as VARIANT candidates; empty when none. */
    List<Candidate> variants(String latinKey) {
        String sk = Skeleton.of(latinKey);
        long[] alike = sk == null ? null : bySkeleton.get(sk);
        return alike == null ? List.of() : candidates(places, new long[0], alike);
    }

    /**
     * Names one edit (deletion, insertion, substitution, transposition) from a Latin key of at least
     * {@code minLetters} letters, counting only names that long themselves; FUZZY candidates. {@link Reach#STRICT}
     * (lookup) also keeps the first and last letters fixed and takes Ukrainian places only: surnames are one
     * letter from villages named after people (Lukashenko/Lukashenkov, Podolyak/Podolyaky) and English words one
     * letter from foreign towns (Campaign/Champaign); a misspelt Ukrainian place keeps its ends (Kremenchuck).
     */
    /** How far fuzzy matching reaches: lookup() guards against inventing places, search() serves a person typing. */
    enum Reach {
        /** Ukrainian main names, first and last letters fixed. */
        STRICT,
        /** any name, any country, any position. */
        WIDE
    }

    List<Candidate> fuzzy(String key, int minLetters, Reach reach) {
        if (!NameFolder.isLatinKey(key) || letters(key) < minLetters) {
            return List.of();
        }
        boolean strict = reach == Reach.STRICT;
        Map<Long, Candidate> found = new HashMap<>();
        char[] c = key.toCharArray();
        int n = c.length;
        int from = strict ? 1 : 0;
        StringBuilder b = new StringBuilder(n + 1);
        for (int i = from; i <= n - from; i++) {
            boolean inside = i < n - from; // position i holds a letter we may change
            if (inside && i < n) {
                probe(key.substring(0, i) + key.substring(i + 1), minLetters, strict, found);
                if (i + 1 < n - from) {
                    b.setLength(0);
                    b.append(c, 0, i).append(c[i + 1]).append(c[i]).append(c, i + 2, n - i - 2);
                    probe(b.toString(), minLetters, strict, found);
                }
            }
            for (char a : ALPHABET) {
                if (inside && i < n && a != c[i]) {
                    b.setLength(0);
                    b.append(c, 0, i).append(a).append(c, i + 1, n - i - 1);
                    probe(b.toString(), minLetters, strict, found);
                }
                if (!strict || (i > 0 && i < n)) {
                    b.setLength(0);
                    b.append(c, 0, i).append(a).append(c, i, n - i);
                    probe(b.toString(), minLetters, strict, found);
                }
            }
        }
        List<Candidate> out = new ArrayList<>(found.values());
        out.sort(Ranking.LOOKUP);
        return out;
    }

    private void probe(String variant, int minLetters, boolean strict, Map<Long, Candidate> found) {
        List<Candidate> hit = byKey.get(variant);
        if (hit == null || letters(variant) < minLetters) {
            return;
        }
        for (Candidate c : hit) {
            if (c.match() != MatchKind.EXACT || strict && !c.place().inUkraine()) {
                continue;
            }
            if (strict && !isMainName(c)) {
                continue;
            }
            found.putIfAbsent(c.place().id(), new Candidate(c.place(), c.matchedName(), MatchKind.FUZZY));
        }
    }

    /** The candidate matched the place's main or ASCII name, not one of its alternates. */
    static boolean isMainName(Candidate c) {
        return c.matchedName().equals(c.place().name()) || c.matchedName().equals(c.place().asciiName());
    }

    int keyCount() {
        return byKey.size();
    }

    /**
     * Writes the whole index in a fixed order (keys sorted; each candidate list as built; skeleton postings as
     * place id and name; both prefix maps), so that a change to the build can be shown to leave it identical by
     * comparing two dumps ({@code GazetteerDump} in the tests).
     */
    void dump(java.io.PrintWriter out) {
        for (String key : new java.util.TreeSet<>(byKey.keySet())) {
            out.append("K\t").append(key);
            for (Candidate c : byKey.get(key)) {
                out.append('\t').append(String.valueOf(c.place().id())).append(':').append(c.matchedName())
                        .append(':').append(c.match().name());
            }
            out.append('\n');
        }
        for (String sk : new java.util.TreeSet<>(bySkeleton.keySet())) {
            out.append("S\t").append(sk);
            for (long posting : bySkeleton.get(sk)) {
                Place p = places[(int) (posting >>> 32)];
                out.append('\t').append(String.valueOf(p.id())).append(':').append(nameAt(p, (int) posting));
            }
            out.append('\n');
        }
        new java.util.TreeMap<>(prefixes).forEach((k, v) -> out.append("P\t").append(k).append('\t')
                .append(String.valueOf(v)).append('\n'));
        new java.util.TreeMap<>(skeletonPrefixes).forEach((k, v) -> out.append("Q\t").append(k).append('\t')
                .append(String.valueOf(v)).append('\n'));
    }

    private static int letters(String key) {
        int n = 0;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != ' ') {
                n++;
            }
        }
        return n;
    }

    /** The skeleton of a folded key; Cyrillic keys are romanised first (the fast table, see {@link Cyrillic}). */
    static String skeletonOfKey(String key) {
        if (NameFolder.isLatinKey(key)) {
            return Skeleton.of(key);
        }
        return NameFolder.hasCyrillic(key) ? Skeleton.of(NameFolder.fold(Cyrillic.romanise(key))) : null;
    }

    private static final int DIGIT = 1;
    private static final int LETTER = 2;
    private static final int UPPER = 4;
    /**
     * {@link #kindOf} of every char of the Latin and Cyrillic blocks, looked up once: {@link #worthIndexing} sees
     * every alternate of every place at load (a million chars), and the table keeps that loop small for the JIT.
     */
    private static final byte[] KIND = new byte[0x0530];

    static {
        for (char c = 0; c < KIND.length; c++) {
            KIND[c] = (byte) kindOf(c);
        }
    }

    private static int kindOf(char ch) {
        return (Character.isDigit(ch) ? DIGIT : 0) | (Character.isLetter(ch) ? LETTER : 0)
                | (Character.isUpperCase(ch) ? UPPER : 0);
    }

    /**
     * GeoNames alternates include IATA/ICAO codes (HRK, IEV, ODS) and lower-case romanisations of Asian-script
     * names (kiva, kyf, ha er ke fu). Neither is how English news writes a place, and both collide with ordinary
     * words, so they are not indexed; nor are names in scripts other than Latin and Cyrillic (Greek, Arabic, CJK:
     * a third of the alternates, none of them in our news). Main names are always indexed.
     */
    static boolean worthIndexing(String name) {
        boolean upper = false;
        boolean lower = false;
        boolean nonLatin = false;
        boolean digit = false;
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            int kind = ch < KIND.length ? KIND[ch] : kindOf(ch);
            if ((kind & DIGIT) != 0) {
                digit = true;
            } else if ((kind & LETTER) != 0) {
                letters++;
                if (ch >= 0x0400 && ch <= 0x052F) {
                    nonLatin = true;
                } else if (ch > 0x24F && (ch < 0x1E00 || ch > 0x1EFF)) {
                    return false; // other scripts: English, Ukrainian and Russian news does not write them
                } else if ((kind & UPPER) != 0) {
                    upper = true;
                } else {
                    lower = true;
                }
            }
        }
        if (letters < 3) {
            return false; // "He", "Su", "Un": two-letter alternates meet every sentence
        }
        if (nonLatin) {
            return true;
        }
        if (digit || !upper) {
            return false; // codes with digits, all-lower-case romanisations
        }
        return lower || letters > 4; // "HRK", "IEV": airport codes
    }

    static String nameAt(Place p, int j) {
        return j == 0 ? p.name() : j == 1 ? p.asciiName() : p.alternateNames().get(j - 2);
    }

    private static List<Candidate> candidates(Place[] places, long[] same, long[] alike) {
        int n = same.length + (alike == null ? 0 : alike.length);
        Candidate[] out = new Candidate[n];
        int k = 0;
        for (long posting : same) {
            Place p = places[(int) (posting >>> 32)];
            out[k++] = new Candidate(p, nameAt(p, (int) posting), MatchKind.EXACT);
        }
        if (alike != null) {
            outer:
            for (long posting : alike) {
                int placeIdx = (int) (posting >>> 32);
                for (long s : same) {
                    if ((int) (s >>> 32) == placeIdx) {
                        continue outer;
                    }
                }
                Place p = places[placeIdx];
                out[k++] = new Candidate(p, nameAt(p, (int) posting), MatchKind.VARIANT);
            }
        }
        if (k == 1) {
            return List.of(out[0]);
        }
        Candidate[] exactSize = k == n ? out : Arrays.copyOf(out, k);
        Arrays.sort(exactSize, Ranking.LOOKUP);
        return List.of(exactSize);
    }

    /** A growable list of (place index, name index) pairs, one per place: names of a place arrive together. */
    private static final class Postings {
        /** The skeleton of the key these postings belong to; set once all keys are known. */
        private String skeleton;
        /** The postings of that skeleton, when the key's places take part in variants. */
        private Postings alike;
        /** The key's final candidate list, made once every posting is in. */
        private List<Candidate> candidates;
        private long[] items = new long[1];
        private int size;

        void add(int placeIdx, int nameIdx) {
            if (size > 0 && (int) (items[size - 1] >>> 32) == placeIdx) {
                return;
            }
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = ((long) placeIdx << 32) | nameIdx;
        }

        long[] toArray() {
            return size == items.length ? items : Arrays.copyOf(items, size);
        }
    }
}
