package org.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class ProblemHandlerTest {

    @Test
    void aReaderHangingUpMidAnswerIsNotAServerError() {
        RuntimeException brokenPipe = new RuntimeException("ServletOutputStream failed to write",
                new IOException("java.io.IOException: Broken pipe"));
        assertThat(ProblemHandler.clientWentAway(brokenPipe)).isTrue();
        assertThat(ProblemHandler.clientWentAway(new UncheckedIOException(new IOException("Connection reset by peer"))))
                .isTrue();
    }

    @Test
    void otherFailuresStillCountAsErrors() {
        assertThat(ProblemHandler.clientWentAway(new UncheckedIOException(new IOException("No space left on device"))))
                .isFalse();
        assertThat(ProblemHandler.clientWentAway(new IllegalStateException("Broken pipe"))).isFalse();
    }
}
