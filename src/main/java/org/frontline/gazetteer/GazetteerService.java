package org.frontline.gazetteer;

import java.util.List;
import java.util.function.Consumer;

/**
 * Holds the gazetteer in force. Reloads (additions file edits) swap it whole; listeners hear of each new one so
 * stored articles can be re-resolved. (Contract stub.)
 */
public class GazetteerService {
    private volatile Gazetteer current;

    public GazetteerService(GazetteerSources sources) {
        this.current = Gazetteer.load(sources);
    }

    public Gazetteer current() {
        return current;
    }

    public void onReload(Consumer<Gazetteer> listener) {
    }

    /** Problems with the last load or reload attempt (file:line messages); empty when all is well. */
    public List<String> problems() {
        return List.of();
    }
}
