package org.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The streamed claims gzip themselves only for clients that take gzip (RFC 9110 Accept-Encoding). */
class AcceptsGzipTest {
    @Test
    void gzipIsUsedWhenListedWithoutQZero() {
        assertThat(accepts("gzip")).isTrue();
        assertThat(accepts("gzip, deflate, br")).isTrue();
        assertThat(accepts("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(accepts(null)).isFalse();
        assertThat(accepts("")).isFalse();
        assertThat(accepts("deflate, br")).isFalse();
        assertThat(accepts("gzip;q=0")).isFalse();
        assertThat(accepts("gzip; q=0.000, identity")).isFalse();
        assertThat(accepts("x-gzip")).isFalse();
    }

    private static boolean accepts(String header) {
        MockHttpServletRequest r = new MockHttpServletRequest("GET", "/api/claims");
        if (header != null) r.addHeader("Accept-Encoding", header);
        return ApiController.acceptsGzip(r);
    }
}
