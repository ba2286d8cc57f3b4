package org.frontline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.frontline.store.FrontlineStore;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Conditional GETs for the data endpoints without computing any answer: the ETag is the store's data version
 * (shared by every process on the database, see {@link FrontlineStore#version()}) plus a hash of the request URI
 * and query. {@link #preHandle} answers 304 before the controller runs when the client's If-None-Match holds it;
 * otherwise the ETag is added to successful answers just before their body is written (error answers get none).
 * Weak, because gzip changes the bytes but not the meaning. The version is read before the data, so an answer
 * may be newer than its ETag (the next request then simply gets a fresh copy), never older.
 */
public class DataVersionETags implements HandlerInterceptor {
    static final String ATTRIBUTE = DataVersionETags.class.getName() + ".etag";
    /** The data version the ETag was made from (a Long), for answers cached by version (see {@link AnswerCache}). */
    static final String VERSION = DataVersionETags.class.getName() + ".version";
    private final FrontlineStore store;
    private final String configuration;

    /** {@code configuration}: whatever else shapes the answers (the configured sides), so a change shows. */
    public DataVersionETags(FrontlineStore store, String configuration) {
        this.store = store;
        this.configuration = configuration;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) return true;
        long version = store.version();
        String etag = etag(request, version);
        request.setAttribute(ATTRIBUTE, etag);
        request.setAttribute(VERSION, version);
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader(HttpHeaders.ETAG, etag);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            return false;
        }
        return true;
    }

    private String etag(HttpServletRequest request, long version) {
        CRC32 crc = new CRC32();
        String query = request.getQueryString();
        crc.update((request.getRequestURI() + (query == null ? "" : "?" + query) + "\n" + configuration)
                .getBytes(StandardCharsets.UTF_8));
        return "W/\"v" + version + "-" + Long.toHexString(crc.getValue()) + "\"";
    }

    /** RFC 9110 weak comparison over a list of entity tags, or "*". */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) return false;
        String opaque = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || opaque(c).equals(opaque)) return true;
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** Adds the ETag computed in preHandle to 2xx answers, as their body is about to be written. */
    @ControllerAdvice
    static class OnSuccess implements ResponseBodyAdvice<Object> {
        @Override
        public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
            return true;
        }

        @Override
        public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                      Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                      ServerHttpResponse response) {
            if (response instanceof ServletServerHttpResponse servlet
                    && request instanceof org.springframework.http.server.ServletServerHttpRequest req) {
                Object etag = req.getServletRequest().getAttribute(ATTRIBUTE);
                int status = servlet.getServletResponse().getStatus();
                if (etag != null && status >= 200 && status < 300 && !response.getHeaders().containsHeader(HttpHeaders.ETAG)) {
                    response.getHeaders().set(HttpHeaders.ETAG, etag.toString());
                    if (!response.getHeaders().containsHeader(HttpHeaders.CACHE_CONTROL)) {
                        response.getHeaders().setCacheControl("no-cache");
                    }
                }
            }
            return body;
        }
    }
}
