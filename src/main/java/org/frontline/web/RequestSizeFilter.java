package org.frontline.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@code frontline.max-request-bytes} (default 8 MiB: room for the longest
 * accepted article, 1,000,000 characters, even fully escaped) with 413 problem+json, before anything is parsed or
 * stored. A declared Content-Length over the limit is refused at once, without reading the body; a body without
 * a length (chunked) is counted as it is read and the read fails at the limit, which {@link ReliabilityProblems}
 * answers with the same 413.
 */
public class RequestSizeFilter extends OncePerRequestFilter {
    /** Set on the request when a counted body went over the limit. */
    static final String TOO_LARGE = RequestSizeFilter.class.getName() + ".tooLarge";
    private final long maxBytes;

    public RequestSizeFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            request.setAttribute(TOO_LARGE, Boolean.TRUE);
            // the unread body is not worth receiving: close the connection after answering
            response.setHeader("Connection", "close");
            writeTooLarge(response, request.getRequestURI(), maxBytes);
            return;
        }
        chain.doFilter(declared >= 0 ? request : new Counting(request, maxBytes), response);
    }

    static String detail(long maxBytes) {
        return "The request body is larger than the limit of " + maxBytes + " bytes (frontline.max-request-bytes).";
    }

    static void writeTooLarge(HttpServletResponse response, String uri, long maxBytes) throws IOException {
        response.setStatus(413);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        String body = "{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":\""
                + detail(maxBytes) + "\",\"instance\":\"" + uri.replaceAll("[^A-Za-z0-9/_.-]", "_")
                + "\",\"limitBytes\":" + maxBytes + "}";
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    /** Fails the read that goes past the limit. */
    static final class TooLargeException extends IOException {
        TooLargeException(long maxBytes) {
            super(detail(maxBytes));
        }
    }

    private static final class Counting extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream counted;

        Counting(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) counted = new CountingStream(super.getInputStream(), (HttpServletRequest) getRequest(), maxBytes);
            return counted;
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream in;
        private final HttpServletRequest request;
        private final long maxBytes;
        private long read;

        CountingStream(ServletInputStream in, HttpServletRequest request, long maxBytes) {
            this.in = in;
            this.request = request;
            this.maxBytes = maxBytes;
        }

        private void count(long n) throws TooLargeException {
            if (n > 0) read += n;
            if (read > maxBytes) {
                request.setAttribute(TOO_LARGE, Boolean.TRUE);
                throw new TooLargeException(maxBytes);
            }
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            count(n);
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
