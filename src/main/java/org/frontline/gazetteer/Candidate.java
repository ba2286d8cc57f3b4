package org.frontline.gazetteer;

/** A place that a query may refer to, with the gazetteer name it matched and how. */
public record Candidate(Place place, String matchedName, MatchKind match) {
}
