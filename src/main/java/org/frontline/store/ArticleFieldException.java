package org.frontline.store;

/**
 * An article field the store cannot keep as given (longer than its column). Thrown before anything is written, so
 * the article is rejected whole; the web layer answers it as a 400 naming the field.
 */
public class ArticleFieldException extends RuntimeException {
    private final String field;

    public ArticleFieldException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
