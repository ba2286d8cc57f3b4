package org.frontline.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as received: the text is kept exactly as it came (page chrome included), so that every
 * offset handed out downstream points into this string.
 */
public record Article(String id, String title, String source, String url, LocalDate published, String text) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(text, "text");
        title = title == null ? "" : title;
        source = source == null ? "" : source;
        url = url == null ? "" : url;
    }
}
