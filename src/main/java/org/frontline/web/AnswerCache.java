package org.frontline.web;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bytes of recent claim answers, exactly as they were sent (gzipped or not), by data version and request.
 *
 * <p>Why: the map asks for one day at a time and every reader of an embedded map asks for the same few days. At
 * 1,000,000 stored claims a day is ~3,200 claims and 2.2 MB of GeoJSON, and computing it costs ~50 ms of CPU
 * (H2 decoding the day's rows is more than half of it), so two busy cores serve ~35 of them a second. An answer
 * only changes when the data does, and the store's data version (the same number the ETags carry) changes with
 * every committed write, so an answer kept under (version, request) is never stale: once a write lands, every
 * request reads the new version and misses. Entries of older versions are dropped as soon as a newer one is put.
 *
 * <p>Bounded by bytes, least recently used first out. Only answers no larger than an eighth of the bound are kept,
 * so one year-long download cannot flush the days the map is showing. The version is read before the data (see
 * {@link DataVersionETags}), so an entry may hold an answer newer than its key, never older.
 */
final class AnswerCache {
    private final long maxBytes;
    private final long maxEntryBytes;
    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long version = Long.MIN_VALUE;

    AnswerCache(long maxBytes) {
        this.maxBytes = Math.max(0, maxBytes);
        this.maxEntryBytes = this.maxBytes / 8;
    }

    /**
     * The bound when none is configured: 128 MB (the 311 days of a year at 1M claims, gzipped, with room to spare),
     * but never more than an eighth of the heap, so a service started with a small -Xmx keeps its memory for work.
     */
    static long defaultBound(long maxHeapBytes) {
        return Math.min(128L << 20, maxHeapBytes / 8);
    }

    boolean enabled() {
        return maxBytes > 0;
    }

    static String key(long version, String requestUri, String query, boolean gzip) {
        return version + (gzip ? " gzip " : " identity ") + requestUri + (query == null ? "" : "?" + query);
    }

    synchronized byte[] get(long version, String key) {
        return version == this.version ? entries.get(key) : null;
    }

    synchronized void put(long version, String key, byte[] answer) {
        if (answer.length > maxEntryBytes || version < this.version) return;
        if (version > this.version) {
            entries.clear();
            bytes = 0;
            this.version = version;
        }
        byte[] old = entries.put(key, answer);
        bytes += answer.length - (old == null ? 0 : old.length);
        for (Iterator<Map.Entry<String, byte[]>> it = entries.entrySet().iterator(); bytes > maxBytes && it.hasNext(); ) {
            bytes -= it.next().getValue().length;
            it.remove();
        }
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized int size() {
        return entries.size();
    }

    Recorder recorder() {
        return new Recorder(maxEntryBytes);
    }

    /**
     * A copy of what an answer writes, kept while it stays small enough to be cached: {@link #copy()} is null once
     * it has passed the entry bound (and its memory is freed then, not at the end).
     */
    static final class Recorder {
        private final long limit;
        private ByteArrayOutputStream copy = new ByteArrayOutputStream(64 * 1024);

        private Recorder(long limit) {
            this.limit = limit;
        }

        /** Passes everything through to {@code out} and keeps the copy. */
        OutputStream around(OutputStream out) {
            return new FilterOutputStream(out) {
                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    add(new byte[]{(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    add(b, off, len);
                }
            };
        }

        private void add(byte[] b, int off, int len) {
            if (copy == null) return;
            if (copy.size() + (long) len > limit) {
                copy = null;
                return;
            }
            copy.write(b, off, len);
        }

        byte[] copy() {
            return copy == null ? null : copy.toByteArray();
        }
    }
}
