package org.frontline.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DbfNamesTest {

    @Test
    void shortNamesStayAsTheyAre() {
        assertThat(DbfNames.map(List.of("id", "date", "placeName", "mentionEnd")))
                .containsExactly(Map.entry("id", "id"), Map.entry("date", "date"), Map.entry("placeName", "placeName"),
                        Map.entry("mentionEnd", "mentionEnd"));
    }

    @Test
    void longNamesLoseTheVowelsOfTheirLongestWordsFirst() {
        Map<String, String> m = DbfNames.map(List.of("claimantSide", "datePrecision", "articleTitle", "conflictsWith", "mentionText"));
        assertThat(m).containsEntry("claimantSide", "clmntSide").containsEntry("datePrecision", "datePrcsn")
                .containsEntry("articleTitle", "artclTitle").containsEntry("conflictsWith", "cnflctsWth")
                .containsEntry("mentionText", "mntnText");
    }

    @Test
    void everyNameFitsTenCharactersAndClashesAreNumbered() {
        Map<String, String> m = DbfNames.map(List.of("settlementsByClaims", "settlementsByClaimsTruncated", "claimIdsTruncated", "SETTLEMENTSBYCLAIMS"));
        assertThat(m.values()).allSatisfy(n -> assertThat(n.length()).isLessThanOrEqualTo(10));
        assertThat(m.values().stream().map(String::toLowerCase).distinct()).hasSize(4);
    }

    @Test
    void namesThatAreNotPlainAsciiBecomeUsableFieldNames() {
        Map<String, String> m = DbfNames.map(List.of("área km²", "2nd"));
        assertThat(m.get("área km²")).matches("[A-Za-z0-9_]{1,10}");
        assertThat(m.get("2nd")).isEqualTo("f2nd");
    }
}
