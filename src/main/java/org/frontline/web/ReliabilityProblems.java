package org.frontline.web;

import jakarta.servlet.http.HttpServletRequest;
import org.frontline.store.ArticleFieldException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;

/**
 * Precise problem+json for request bodies that cannot be used: too large (413), not JSON, not UTF-8, empty, or a
 * field too long to store (400 naming it). Ordered before {@link ProblemHandler}, whose generic answers remain for
 * everything else.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReliabilityProblems {

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (Boolean.TRUE.equals(request.getAttribute(RequestSizeFilter.TOO_LARGE)) || causedBy(e, RequestSizeFilter.TooLargeException.class)) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    e.getMostSpecificCause().getMessage());
            p.setTitle("Content Too Large");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(p);
        }
        JacksonException json = cause(e, JacksonException.class);
        String reason;
        if (json != null) {
            String what = json.getOriginalMessage() == null ? "unreadable" : json.getOriginalMessage();
            int cut = what.indexOf('\n');
            if (cut > 0) what = what.substring(0, cut);
            var at = json.getLocation();
            reason = "not a readable JSON document" + (at == null ? "" : " (line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ")") + ": " + Params.clip(what);
        } else if (e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
            reason = "required: a JSON object (the body is empty)";
        } else {
            reason = "cannot be read: " + Params.clip(String.valueOf(e.getMostSpecificCause().getMessage()));
        }
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "body: " + reason);
        p.setTitle("Bad request parameter");
        p.setProperty("parameter", "body");
        return ResponseEntity.badRequest().body(p);
    }

    @ExceptionHandler(ArticleFieldException.class)
    ResponseEntity<ProblemDetail> fieldTooLong(ArticleFieldException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("Bad request parameter");
        p.setProperty("parameter", e.field());
        return ResponseEntity.badRequest().body(p);
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        return cause(t, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) return type.cast(c);
        }
        return null;
    }
}
