package org.frontline.resolve;

import org.frontline.gazetteer.Place;

/**
 * A toponym found in an article: the span [start, end) of the original text, the gazetteer name it matched, and
 * the place chosen for it with a confidence in [0, 1]. {@code place} is null when the resolver abstained.
 * {@code reason} says in a few words why this place won (shown to analysts checking a dot).
 */
public record Mention(String articleId, int sentenceIndex, int start, int end, String text, String matchedName,
                      Place place, double confidence, String reason) {

    public boolean resolved() {
        return place != null;
    }
}
