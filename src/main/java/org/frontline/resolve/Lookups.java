package org.frontline.resolve;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.frontline.gazetteer.Candidate;
import org.frontline.gazetteer.Gazetteer;

/**
 * Remembers the scanner's gazetteer lookups, which repeat and can be dear: a capitalised word or run that is no
 * exact name goes on to a fuzzy search (According, Ukrainian, Defence Ministry - a few hundred one-edit probes
 * each, almost always for nothing). Answers
 * belong to one gazetteer: a reload (new additions) starts afresh. Bounded: past {@link #MAX_ENTRIES} words the
 * memory is dropped and refilled, which a service sees perhaps once a day. Thread-safe.
 */
final class Lookups {
    static final int MAX_ENTRIES = 100_000;

    private record Memory(Gazetteer gazetteer, ConcurrentHashMap<String, List<Candidate>> answers) {
    }

    private volatile Memory memory = new Memory(null, new ConcurrentHashMap<>());

    List<Candidate> lookup(Gazetteer g, String word) {
        Memory m = memory;
        if (m.gazetteer() != g || m.answers().size() > MAX_ENTRIES) {
            m = new Memory(g, new ConcurrentHashMap<>());
            memory = m;
        }
        List<Candidate> known = m.answers().get(word);
        if (known != null) return known;
        List<Candidate> found = g.lookup(word);
        m.answers().put(word, found);
        return found;
    }
}
