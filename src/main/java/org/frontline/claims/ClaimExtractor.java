package org.frontline.claims;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.frontline.ingest.PreparedArticle;
import org.frontline.resolve.Mention;

/**
 * Turns the sentences of a resolved article into dated, attributed claims: for every clause that holds a war event
 * word and a place in Ukraine, one claim with its type, actor, claimant and side, hedging, event date and the
 * sentence as quote. Conflicting claims are linked, never merged. See docs/claims.md for every reading rule.
 */
public final class ClaimExtractor {
    /** The first day of the full-scale invasion: "the first day of the invasion" is this date. */
    public static final LocalDate DEFAULT_WAR_START = LocalDate.of(2022, 2, 24);

    private final EventDates dates;

    public ClaimExtractor() {
        this(DEFAULT_WAR_START);
    }

    /** @param warStart the day that "the first day of the invasion/war/attack" denotes */
    public ClaimExtractor(LocalDate warStart) {
        this.dates = new EventDates(Objects.requireNonNull(warStart, "warStart"));
    }

    public List<Claim> extract(PreparedArticle article, List<Mention> mentions) {
        Objects.requireNonNull(article, "article");
        return linkConflicts(new ArticleReading(article, mentions == null ? List.of() : mentions, dates).claims());
    }

    /**
     * Links claims (of one article or many) that cannot both be true: same place, same date, and either
     * different holders of the place or different tellers with different stories about its control. Returns the
     * claims in the same order with {@code conflictsWith} filled; nothing is removed.
     */
    public static List<Claim> linkConflicts(List<Claim> claims) {
        return ConflictLinker.link(claims);
    }
}
