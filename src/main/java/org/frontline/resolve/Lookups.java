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

    private record Memory(Gazetteer gazetteer, ConcurrentHashMap<String, List<Candidate>> answers,
                          ConcurrentHashMap<String, Integer> nameWords) {
        Memory(Gazetteer gazetteer) {
            this(gazetteer, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }
    }

    private volatile Memory memory = new Memory(null);
    private final boolean worldNames;

    Lookups(boolean worldNames) {
        this.worldNames = worldNames;
    }

    List<Candidate> lookup(Gazetteer g, String word) {
        Memory m = memory(g);
        List<Candidate> known = m.answers().get(word);
        if (known != null) return known;
        List<Candidate> found = g.lookup(word);
        if (found.isEmpty() && worldNames) found = flaggedRegion(g, word);
        m.answers().put(word, found);
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
        Memory m = memory(g);
        Integer known = m.nameWords().get(words);
        if (known != null) return known;
        int n = g.nameWords(words);
        m.nameWords().put(words, n);
        return n;
    }

    private Memory memory(Gazetteer g) {
        Memory m = memory;
        if (m.gazetteer() != g || m.answers().size() > MAX_ENTRIES || m.nameWords().size() > MAX_ENTRIES) {
            m = new Memory(g);
            memory = m;
        }
        return m;
    }
}
