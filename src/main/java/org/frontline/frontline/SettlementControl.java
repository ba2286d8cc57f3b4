package org.frontline.frontline;

import java.time.LocalDate;
import java.util.List;

/**
 * Why a settlement has its side on a date.
 *
 * @param settlement the settlement
 * @param date       the date asked about
 * @param side       UA, RU or contested
 * @param basis      what decided it
 * @param decidedBy  the settlement whose claims decided it (itself, or the nearest decided neighbour); null for
 *                   the baseline
 * @param distanceKm distance to {@code decidedBy} (0 for itself)
 * @param claimIds   the claims that decided it, latest first
 */
public record SettlementControl(Settlement settlement, LocalDate date, Side side, Basis basis, Settlement decidedBy,
                                double distanceKm, List<String> claimIds) {

    /** What decided a settlement's side. */
    public enum Basis {
        /** its own latest control claim (captured, withdrawn, imported control table row) */
        CLAIM,
        /** recent fighting, a hedged or contradicted capture: contested for a window */
        ACTIVITY,
        /** no claims of its own: the nearest settlement decided by a claim */
        NEIGHBOUR,
        /**
         * no claim near, but inside a triangle of neighbouring Russian-held places (or such a place and the
         * pre-war Russian-held territory): the settlement whose claims made it Russian-held is the nearest corner
         */
        BETWEEN,
        /** nothing near: the pre-war baseline */
        BASELINE;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
