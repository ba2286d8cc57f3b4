package org.frontline.gazetteer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the additions file on a daemon thread and calls back when its content changes. Polling rather than a
 * {@code WatchService}: editors save by rename, files sit on bind mounts and network shares, and a small file read
 * every second costs nothing; comparing content (not the timestamp) means a touch without an edit is no reload,
 * and two saves within one timestamp tick are not missed.
 */
final class AdditionsWatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AdditionsWatcher.class);
    private static final byte[] MISSING = new byte[0];

    private final Path file;
    private final Duration every;
    private final Runnable onChange;
    private final Thread thread;
    private volatile boolean running = true;
    private byte[] last;

    AdditionsWatcher(Path file, Duration every, Runnable onChange) {
        this.file = file;
        this.every = every;
        this.onChange = onChange;
        this.last = read();
        this.thread = new Thread(this::run, "gazetteer-additions-watcher");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        while (running) {
            try {
                Thread.sleep(every.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            byte[] now = read();
            if (now != null && !Arrays.equals(now, last)) {
                last = now;
                try {
                    onChange.run();
                } catch (RuntimeException e) {
                    log.error("gazetteer reload after a change of {} failed", file, e);
                }
            }
        }
    }

    /** The file's bytes, {@link #MISSING} when it does not exist, null when it cannot be read just now. */
    private byte[] read() {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return MISSING;
        } catch (IOException e) {
            log.debug("cannot read {} now: {}", file, e.toString());
            return null;
        }
    }

    boolean isAlive() {
        return thread.isAlive();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
