package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.gazetteer.TestGazetteers.first;
import static org.frontline.gazetteer.TestGazetteers.ids;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** search(): what GET /api/gazetteer?q= answers, for transliterated, misspelt and Cyrillic queries. */
class SearchTest {
    private final Gazetteer g = TestGazetteers.bundled();

    @Test
    void findsMisspellingsThatLookupRefusesToGuess() {
        assertThat(g.lookup("Kharkof")).isEmpty(); // lookup keeps a misspelt name's last letter
        assertThat(first(g.search("Kharkof", 5))).isEqualTo(706483);
        assertThat(g.search("Kharkof", 5).get(0).match()).isEqualTo(MatchKind.FUZZY);
        assertThat(first(g.search("Mariupl", 5))).isEqualTo(701822);
        assertThat(first(g.search("Kremenchuck", 5))).isEqualTo(704147);
    }

    @Test
    void findsCyrillicAndTransliteratedQueries() {
        assertThat(first(g.search("Харків", 5))).isEqualTo(706483);
        assertThat(first(g.search("Харкив", 5))).isEqualTo(706483); // a Russian-keyboard misspelling
        assertThat(first(g.search("Gostomel", 5))).isEqualTo(708251);
        assertThat(first(g.search("Zaporozhye", 5))).isEqualTo(687700);
    }

    @Test
    void ranksExactBeforeVariantBeforeFuzzyAndUkraineFirst() {
        var found = g.search("Kharkiv", 10);
        assertThat(found).extracting(Candidate::match).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        var odessa = g.search("Odessa", 10);
        assertThat(odessa.get(0).place().id()).isEqualTo(698740);
        assertThat(ids(odessa)).contains(5527554L); // Odessa, Texas, further down
    }

    @Test
    void answersCommonWordsInTheSearchBoxWhereTheUserMeansThem() {
        assertThat(ids(g.search("bar", 5))).contains(712861L);
        assertThat(g.lookup("bar")).isEmpty();
    }

    @Test
    void returnsRegionsForRegionPhrases() {
        var found = g.search("Kharkiv oblast", 5);
        assertThat(first(found)).isEqualTo(706482);
        assertThat(found.get(0).match()).isEqualTo(MatchKind.REGION);
    }

    @Test
    void honoursTheLimitAndFilters() {
        assertThat(g.search("Odessa", 1)).hasSize(1);
        assertThat(g.search("Odessa", 0)).isEmpty();
        assertThat(g.search("Odessa", new GazetteerFilter(null, "US", null), 5))
                .isNotEmpty().allSatisfy(c -> assertThat(c.place().countryCode()).isEqualTo("US"));
        assertThat(ids(g.search("Kharkiv", GazetteerFilter.bbox(new Envelope(36.0, 36.5, 49.8, 50.1)), 5)))
                .contains(706483L);
        assertThat(g.search("Kharkiv", GazetteerFilter.admin1("UA", "12"), 5)).isEmpty();
    }
}
