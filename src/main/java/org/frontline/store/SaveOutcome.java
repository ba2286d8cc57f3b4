package org.frontline.store;

/** What a save did: stored a new article, or found the same article (by id or by content) already there. */
public record SaveOutcome(String articleId, boolean created) {
}
