package org.frontline.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.frontline.gazetteer.Place;
import org.frontline.resolve.Mention;
import org.junit.jupiter.api.Test;

/** {@link ClaimExtractor#linkConflicts} across articles. */
class ConflictLinkingTest {
    private static final LocalDate DAY = LocalDate.of(2022, 9, 9);

    private static Claim claim(String id, Place place, LocalDate date, ClaimType type, String actor, String side) {
        Mention m = new Mention(id, 0, 0, place.name().length(), place.name(), place.name(), place, 1, "test");
        return new Claim(id, id.split("-")[0], "src", date, date, DatePrecision.DAY, type, actor, "someone", side, false, m,
                0, 10, "quote", List.of());
    }

    @Test
    void linksCapturesOfOnePlaceByBothSidesOnOneDayAcrossArticles() {
        Claim a = claim("a-1-0", TestMentions.BALAKLIIA, DAY, ClaimType.CAPTURED, "UA", "UA");
        Claim b = claim("b-4-7", TestMentions.BALAKLIIA, DAY, ClaimType.CAPTURED, "RU", "RU");
        List<Claim> linked = ClaimExtractor.linkConflicts(List.of(a, b));
        assertThat(linked.get(0).conflictsWith()).containsExactly("b-4-7");
        assertThat(linked.get(1).conflictsWith()).containsExactly("a-1-0");
    }

    @Test
    void linksACaptureWithTheOtherSidesRepulse() {
        Claim a = claim("a-1-0", TestMentions.KONOTOP, DAY, ClaimType.CAPTURED, "RU", "RU");
        Claim b = claim("b-1-0", TestMentions.KONOTOP, DAY, ClaimType.REPELLED, "UA", "UA");
        assertThat(ClaimExtractor.linkConflicts(List.of(a, b))).allMatch(c -> c.conflictsWith().size() == 1);
    }

    @Test
    void leavesCorroboratingClaimsAndOtherDaysAndPlacesUnlinked() {
        Claim ua = claim("a-1-0", TestMentions.BALAKLIIA, DAY, ClaimType.CAPTURED, "UA", "UA");
        Claim us = claim("b-1-0", TestMentions.BALAKLIIA, DAY, ClaimType.CAPTURED, "UA", "US");
        Claim withdrawal = claim("c-1-0", TestMentions.BALAKLIIA, DAY, ClaimType.WITHDRAWN, "RU", "press");
        Claim otherDay = claim("d-1-0", TestMentions.BALAKLIIA, DAY.minusDays(1), ClaimType.CAPTURED, "RU", "RU");
        Claim otherPlace = claim("e-1-0", TestMentions.KUPIANSK, DAY, ClaimType.CAPTURED, "RU", "RU");
        assertThat(ClaimExtractor.linkConflicts(List.of(ua, us, withdrawal, otherDay, otherPlace)))
                .allMatch(c -> c.conflictsWith().isEmpty());
    }

    @Test
    void keepsEveryClaimInItsOrder() {
        Claim a = claim("a-1-0", TestMentions.KYIV, DAY, ClaimType.CAPTURED, "UA", "UA");
        Claim b = claim("b-1-0", TestMentions.KYIV, DAY, ClaimType.CAPTURED, "RU", "RU");
        assertThat(ClaimExtractor.linkConflicts(List.of(b, a))).extracting(Claim::id).containsExactly("b-1-0", "a-1-0");
    }
}
