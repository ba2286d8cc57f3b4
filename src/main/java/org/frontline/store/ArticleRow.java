package org.frontline.store;

import java.time.LocalDate;

/** A stored article's metadata, as listed by the API. */
public record ArticleRow(String id, String title, String source, String url, LocalDate published, String origin) {
}
