package org.frontline.claims;

import java.time.LocalDate;
import java.util.List;
import org.frontline.resolve.Mention;

/**
 * A dated, attributed statement about a place, with its provenance: the article, the quote span [quoteStart,
 * quoteEnd) of the article's original text, and the mention that located it.
 *
 * <p>{@code actor} is the side performing the verb ("UA", "RU" or null); {@code claimant} is who says so, as
 * written ("Russia's defence ministry"), and {@code claimantSide} its side where one can be told. {@code hedged}
 * is true when the text itself doubts or only reports the claim. {@code conflictsWith} lists the ids of claims
 * about the same place and day that contradict this one: conflicting claims are kept side by side.
 */
public record Claim(String id, String articleId, String source, LocalDate published,
                    LocalDate date, DatePrecision datePrecision,
                    ClaimType type, String actor, String claimant, String claimantSide, boolean hedged,
                    Mention place, int quoteStart, int quoteEnd, String quote,
                    List<String> conflictsWith) {
    public Claim {
        conflictsWith = conflictsWith == null ? List.of() : List.copyOf(conflictsWith);
    }

    public Claim withConflicts(List<String> ids) {
        return new Claim(id, articleId, source, published, date, datePrecision, type, actor, claimant, claimantSide,
                hedged, place, quoteStart, quoteEnd, quote, ids);
    }
}
