package org.frontline.resolve;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.frontline.gazetteer.Candidate;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.MatchKind;

/**
 * Remembers the scanner's gazetteer lookups, which repeat and can be dear: a capitalised word or run that is no
 * exact name goes on to a fuzzy search (According, Ukrainian, Defence Ministry - a few hundred one-edit probes
 * each, almost always for nothing). Answers
 * belong to one gazetteer: a reload (new additions) starts afresh. Bounded: past {@link #MAX_ENTRIES} words the
 * memory is dropped and refilled, which a service sees perhaps once a day. Thread-safe.
 */
final class Lookups {
    static final int MAX_ENTRIES = 100_000;

    /**
     * What the memory knows of one word or run as written: both answers the finder asks about it, each asked of the
     * gazetteer once. One entry for both, because the finder asks both of most capitalised words, and each probe of
     * a map of 10^4 words is a cache miss or two: the finder keeps the entry and asks it the second question.
     */
    static final class Entry {
        private static final int UNKNOWN = -1;
        private final String text;
        /** Written once with the same value by any thread that gets there first; volatile for safe publication. */
        private volatile int nameWords = UNKNOWN;
        private volatile List<Candidate> candidates;

        private Entry(String text) {
            this.text = text;
        }
    }

    private record Memory(Gazetteer gazetteer, ConcurrentHashMap<String, Entry> entries) {
        Memory(Gazetteer gazetteer) {
            this(gazetteer, new ConcurrentHashMap<>());
        }
    }

    private volatile Memory memory = new Memory(null);
    private final boolean worldNames;

    Lookups(boolean worldNames) {
        this.worldNames = worldNames;
    }

    /** The entry of a word or run as written, for gazetteer {@code g}: ask it with the methods below and the same g. */
    Entry entry(Gazetteer g, String words) {
        Memory m = memory(g);
        Entry known = m.entries().get(words);
        if (known != null) return known;
        Entry fresh = new Entry(words);
        known = m.entries().putIfAbsent(words, fresh);
        return known != null ? known : fresh;
    }

    List<Candidate> lookup(Gazetteer g, String word) {
        return lookup(g, entry(g, word));
    }

    List<Candidate> lookup(Gazetteer g, Entry e) {
        List<Candidate> known = e.candidates;
        if (known != null) return known;
        List<Candidate> found = g.lookup(e.text);
        if (found.isEmpty() && worldNames) found = flaggedRegion(g, e.text);
        e.candidates = found;
        return found;
    }

    /**
     * The gazetteer answers a capitalised common word or person's name (Turkish, French, American, Turkey) only
     * with a Ukrainian place or a region whose main name it is: right for war news, where "Turkish" names a
     * government or an army, and where a village must not stand in for a country. World news, though, marks
     * "Turkish" and "Turkey" (whose main name is now Türkiye) as toponyms of the country, and its gazetteer lists
     * the demonyms and older names as the country's alternates. So the world profile asks the search once more
     * for an exact match of a country, region or continent by any of its names; villages still never answer.
     */
    private static List<Candidate> flaggedRegion(Gazetteer g, String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || !(g.isCommonWord(word) || g.isPersonName(word))) {
            return List.of();
        }
        return g.search(word, 40).stream().filter(c -> c.match() == MatchKind.EXACT
                && (c.place().isRegion() || "CONT".equals(c.place().featureCode())) && !c.place().inUkraine()).toList();
    }

    /**
     * {@link Gazetteer#nameWords}, remembered: the scanner asks it for every capitalised word and run, and one hash
     * probe on the words as written is cheaper than folding them and probing the name and region indexes.
     */
    int nameWords(Gazetteer g, String words) {
        return nameWords(g, entry(g, words));
    }

    int nameWords(Gazetteer g, Entry e) {
        int known = e.nameWords;
        if (known != Entry.UNKNOWN) return known;
        int n = g.nameWords(e.text);
        e.nameWords = n;
        return n;
    }

    private Memory memory(Gazetteer g) {
        Memory m = memory;
        if (m.gazetteer() != g || m.entries().size() > MAX_ENTRIES) {
            m = new Memory(g);
            memory = m;
        }
        return m;
    }
}
