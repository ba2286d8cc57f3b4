package org.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {
    static final String A = AnswerCache.key(7, "/api/claims", "date=2022-02-25", true);
    static final String B = AnswerCache.key(7, "/api/claims", "date=2022-02-26", true);
    static final String C = AnswerCache.key(7, "/api/claims", "date=2022-02-27", true);

    @Test
    void keepsAnAnswerForItsVersionOnly() {
        AnswerCache cache = new AnswerCache(8_000);
        cache.put(7, A, new byte[100]);
        assertThat(cache.get(7, A)).hasSize(100);
        assertThat(cache.get(8, A)).as("another version").isNull();
        assertThat(cache.get(7, AnswerCache.key(7, "/api/claims", "date=2022-02-25", false))).as("another encoding").isNull();
    }

    @Test
    void aNewerVersionDropsEverythingOlderAndAnOlderOneIsNotKept() {
        AnswerCache cache = new AnswerCache(8_000);
        cache.put(7, A, new byte[100]);
        cache.put(8, B, new byte[100]);
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.bytes()).isEqualTo(100);
        cache.put(7, C, new byte[100]);
        assertThat(cache.get(7, C)).isNull();
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void evictsTheLeastRecentlyUsedPastItsBoundAndNeverKeepsAnAnswerOverAnEighthOfIt() {
        AnswerCache cache = new AnswerCache(2_000); // entries up to 250 bytes
        cache.put(7, A, new byte[250]);
        cache.put(7, B, new byte[250]);
        cache.get(7, A);
        for (int i = 0; i < 6; i++) cache.put(7, AnswerCache.key(7, "/x", "i=" + i, true), new byte[250]);
        assertThat(cache.bytes()).isEqualTo(2_000);
        cache.put(7, C, new byte[250]);
        assertThat(cache.bytes()).isLessThanOrEqualTo(2_000);
        assertThat(cache.get(7, B)).as("least recently used").isNull();
        assertThat(cache.get(7, A)).as("used since").isNotNull();
        cache.put(7, AnswerCache.key(7, "/x", "big", true), new byte[251]);
        assertThat(cache.get(7, AnswerCache.key(7, "/x", "big", true))).isNull();
    }

    @Test
    void theRecorderPassesEverythingOnAndGivesUpItsCopyPastTheEntryBound() throws Exception {
        AnswerCache cache = new AnswerCache(800); // entries up to 100 bytes
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        AnswerCache.Recorder small = cache.recorder();
        try (OutputStream out = small.around(sent)) {
            out.write(new byte[60]);
            out.write(1);
        }
        assertThat(small.copy()).hasSize(61);
        AnswerCache.Recorder large = cache.recorder();
        try (OutputStream out = large.around(sent)) {
            out.write(new byte[60]);
            out.write(new byte[60]);
        }
        assertThat(large.copy()).isNull();
        assertThat(sent.size()).isEqualTo(181);
    }

    @Test
    void unconfiguredItTakes128MegabytesButNeverMoreThanAnEighthOfTheHeap() {
        assertThat(AnswerCache.defaultBound(2L << 30)).isEqualTo(128L << 20);
        assertThat(AnswerCache.defaultBound(512L << 20)).isEqualTo(64L << 20);
    }

    @Test
    void aZeroBoundTurnsTheCacheOff() {
        AnswerCache cache = new AnswerCache(0);
        assertThat(cache.enabled()).isFalse();
        cache.put(7, A, new byte[1]);
        assertThat(cache.get(7, A)).isNull();
    }
}
