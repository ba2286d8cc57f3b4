package org.frontline.gazetteer;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the gazetteer in force. Reloads (additions file edits) swap it whole; listeners hear of each new one so
 * stored articles can be re-resolved. A bad additions file never takes the service down: at start-up the service
 * runs on the GeoNames data alone, on a later edit the previous gazetteer keeps serving; either way
 * {@link #problems()} says what is wrong, file:line, and the log says it too. Since every reload applies the whole
 * additions file to the same base data, nothing a user added is lost by a reload.
 */
public class GazetteerService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GazetteerService.class);
    static final Duration DEFAULT_POLL = Duration.ofSeconds(1);

    private final BaseData base;
    private final List<Consumer<Gazetteer>> listeners = new CopyOnWriteArrayList<>();
    private final AdditionsWatcher watcher;
    private volatile Gazetteer current;
    private volatile List<String> problems = List.of();

    /** Loads the gazetteer (GeoNames errors are fatal, additions errors are reported) and starts watching. */
    public GazetteerService(GazetteerSources sources) {
        this(sources, DEFAULT_POLL);
    }

    GazetteerService(GazetteerSources sources, Duration pollEvery) {
        CompletableFuture<Additions> additions = GazetteerLoader.parseAdditionsAside(sources);
        this.base = GazetteerLoader.loadBase(sources);
        Gazetteer first;
        try {
            first = Gazetteer.assemble(base, GazetteerLoader.additions(additions));
        } catch (AdditionsException e) {
            report(e, "starting without additions");
            first = Gazetteer.assemble(base, Additions.none());
        }
        this.current = first;
        log.info("gazetteer loaded: {}", first);
        this.watcher = new AdditionsWatcher(base.additionsFile(), pollEvery, this::reload);
        this.watcher.start();
    }

    public Gazetteer current() {
        return current;
    }

    /** Called, on the watcher thread, with each new gazetteer after a successful reload. */
    public void onReload(Consumer<Gazetteer> listener) {
        listeners.add(listener);
    }

    /** Problems with the last load or reload attempt (file:line messages); empty when all is well. */
    public List<String> problems() {
        return problems;
    }

    /**
     * Re-reads the additions file now (the watcher does this on every change). Returns true when a new gazetteer
     * is in force; false when the file was rejected (see {@link #problems()}) and the previous one keeps serving.
     */
    public synchronized boolean reload() {
        if (!Files.exists(base.additionsFile())) {
            // an editor's save-by-rename passes through "missing"; dropping every addition then would be a loss
            problems = List.of(base.additionsName() + ": file missing; keeping the previous gazetteer");
            log.warn("{}", problems.get(0));
            return false;
        }
        Gazetteer next;
        try {
            next = Gazetteer.assemble(base, AdditionsParser.parse(base.additionsFile(), base.additionsName()));
        } catch (AdditionsException e) {
            report(e, "keeping the previous gazetteer");
            return false;
        }
        current = next;
        problems = List.of();
        log.info("gazetteer reloaded: {}", next);
        for (Consumer<Gazetteer> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                log.error("gazetteer reload listener failed", e);
            }
        }
        return true;
    }

    private void report(AdditionsException e, String consequence) {
        problems = e.problems();
        log.warn("{} rejected ({}):", base.additionsName(), consequence);
        for (String p : e.problems()) {
            log.warn("  {}", p);
        }
    }

    boolean watching() {
        return watcher.isAlive();
    }

    /** Stops watching the additions file. */
    @Override
    public void close() {
        watcher.close();
    }
}
