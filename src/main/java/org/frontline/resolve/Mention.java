package org.frontline.resolve;

import org.frontline.gazetteer.Place;

/**
 * A toponym found in an article: the span [start, end) of the original text, the gazetteer name it matched, and
 * the place chosen for it with a confidence in [0, 1]. {@code place} is null when the resolver abstained.
 * {@code reason} says in a few words why this place won (shown to analysts checking a dot).
 *
 * <p>{@code relative} is set when the toponym anchors a relative phrase ("seven kilometres northwest of Kyiv"):
 * the mention still names Kyiv, the record says where the phrase points. {@code metonymy} in [0, 1] is how
 * likely the name stands for a government or its people rather than the place ("Kyiv said", "Moscow proposed");
 * deciding what to do with that is the claim extractor's business. Both default (null, 0) through the
 * nine-argument constructor, which every stage other than the resolver uses.
 */
public record Mention(String articleId, int sentenceIndex, int start, int end, String text, String matchedName,
                      Place place, double confidence, String reason, RelativeLocation relative, double metonymy) {

    public Mention(String articleId, int sentenceIndex, int start, int end, String text, String matchedName,
                   Place place, double confidence, String reason) {
        this(articleId, sentenceIndex, start, end, text, matchedName, place, confidence, reason, null, 0);
    }

    public boolean resolved() {
        return place != null;
    }
}
