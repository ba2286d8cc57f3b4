package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The romanisation-blind skeleton and the folding under it. */
class SkeletonTest {

    private static String skeleton(String written) {
        return Skeleton.of(NameFolder.fold(written));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "Kharkiv, Kharkov", "Kharkiv, Harkov", "Hostomel, Gostomel", "Kupiansk, Kupyansk", "Kupiansk, Kup'yans'k",
        "Balakliia, Balakliya", "Balakliia, Balakleya", "Chuhuiv, Chuhuyiv", "Chuhuiv, Chuguev",
        "Zaporizhzhia, Zaporizhia", "Zaporozhye, Zaporozhe", "Odesa, Odessa", "Chornobyl, Chernobyl",
        "Vuhledar, Ugledar", "Sievierodonetsk, Severodonetsk", "Rubizhne, Rubezhnoye", "Ivano-Frankivsk, Ivanofrankivsk",
        "Pryluky, Priluki", "Mykolaiv, Mykolayiv"})
    void mergesUkrainianAndRussianRomanisations(String a, String b) {
        assertThat(skeleton(a)).isNotNull().isEqualTo(skeleton(b));
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource({"Turka, Turkey", "Druzhba, Druzhby", "Zakharovo, Zakharova", "Udovychenky, Udovichenko",
        "Tkhory, They're", "Kharkiv, Kherson", "Balakliia, Balaklava"})
    void keepsDifferentNamesApart(String a, String b) {
        assertThat(skeleton(a)).isNotEqualTo(skeleton(b));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Vil’khuvatka|vilkhuvatka", "Vil'khuvatka|vilkhuvatka", "Vilʼkhuvatka|vilkhuvatka", "Vil‘khuvatka|vilkhuvatka",
        "Vil`khuvatka|vilkhuvatka", "Kyïv|kyiv", "  Ivano–Frankivsk |ivano frankivsk", "Zaporižžja|zaporizzja",
        "Łódź|lodz", "ХАРКІВ|харків", "Київ|київ", "Вільхуватка|вільхуватка", "Ёлки|елки"})
    void foldsCaseDiacriticsApostrophesAndDashes(String written, String key) {
        assertThat(NameFolder.fold(written)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"Kyiv", "Lviv", "Sumy", "Bar"})
    void leavesShortNamesWithoutASkeleton(String name) {
        assertThat(skeleton(name)).isNull();
    }
}
