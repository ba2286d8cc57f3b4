package org.frontline.resolve;

import java.util.List;
import org.frontline.gazetteer.Candidate;

/** A stretch of text that names a place somewhere, with every gazetteer entry it may denote. */
record Span(int sentenceIndex, int paragraph, int start, int end, String text, List<Candidate> candidates) {
}
