package org.frontline.ingest;

/** An article (file or request) cannot be read; the message names the file or field and says why. */
public class ArticleFormatException extends RuntimeException {
    private final String origin;

    public ArticleFormatException(String origin, String message) {
        super(origin + ": " + message);
        this.origin = origin;
    }

    public ArticleFormatException(String origin, String message, Throwable cause) {
        this(origin, message);
        initCause(cause);
    }

    /** The file or request field the problem is in. */
    public String origin() {
        return origin;
    }
}
