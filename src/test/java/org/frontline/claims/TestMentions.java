package org.frontline.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.gazetteer.Place;
import org.frontline.ingest.PreparedArticle;
import org.frontline.ingest.Sentence;
import org.frontline.resolve.Mention;

/**
 * Stands in for the resolver in these tests: finds a fixed list of written names in an article (longest name
 * first, whole words) and resolves each to a hand-built gazetteer entry, so claim tests do not depend on the
 * resolver's choices.
 */
final class TestMentions {
    static final Place HOSTOMEL = town(708251, "Hostomel", 50.568, 30.265, "PPL", "13");
    static final Place BALAKLIIA = town(712926, "Balakliia", 49.46, 36.86, "PPL", "07");
    static final Place KUPIANSK = town(703656, "Kupiansk", 49.71, 37.61, "PPL", "07");
    static final Place KHARKIV = town(706483, "Kharkiv", 49.98, 36.25, "PPLA", "07");
    static final Place KYIV = town(703448, "Kyiv", 50.45, 30.52, "PPLC", "12");
    static final Place KONOTOP = town(705135, "Konotop", 51.24, 33.20, "PPL", "21");
    static final Place ZMIINYI = new Place(900000001, "Zmiinyi Island", "Zmiinyi Island", 45.2543, 30.2039, "T", "ISL", "UA", "17", 0,
            List.of("Snake Island"), "test");
    static final Place CHERNOBYL = town(710403, "Chernobyl", 51.27, 30.22, "PPL", "13");
    static final Place MARIUPOL = town(701822, "Mariupol", 47.10, 37.55, "PPL", "05");
    static final Place KHERSON = town(706448, "Kherson", 46.64, 32.61, "PPLA", "08");
    static final Place KHERSON_OBLAST = region(706442, "Kherson Oblast", 46.75, 33.35, "08");
    static final Place BORODOYARSKE = town(9114062, "Borodoyarske", 49.70, 36.63, "PPL", "07");
    static final Place VILKHUVATKA = town(698564, "Vilkhuvatka", 49.80, 36.03, "PPL", "07");
    static final Place ZAPORIZHZHIA_OBLAST = region(687699, "Zaporizhzhia Oblast", 47.50, 35.50, "26");
    static final Place KHARKIV_OBLAST = region(706482, "Kharkiv Oblast", 49.50, 36.50, "07");
    static final Place CHERNIHIV = town(710735, "Chernihiv", 51.50, 31.30, "PPLA", "02");
    static final Place OBOLON = new Place(8519916, "Obolon", "Obolon", 50.50, 30.50, "A", "ADM3", "UA", "12", 0, List.of(), "test");
    static final Place ODESA = town(698740, "Odesa", 46.48, 30.73, "PPLA", "17");
    static final Place CHUHUIV = town(710374, "Chuhuiv", 49.84, 36.69, "PPL", "07");
    static final Place LVIV = town(702550, "Lviv", 49.84, 24.02, "PPLA", "15");
    static final Place KREMENCHUK = town(704147, "Kremenchuk", 49.07, 33.42, "PPL", "18");
    static final Place LUHANSK_OBLAST = region(702657, "Luhansk Oblast", 48.57, 39.31, "14");
    static final Place DONETSK_OBLAST = region(709716, "Donetsk Oblast", 48.0, 37.8, "05");
    static final Place RZHYSHCHIV = town(700569, "Rzhyshchiv", 49.97, 31.05, "PPL", "13");
    static final Place UKRAINE = new Place(690791, "Ukraine", "Ukraine", 49.0, 32.0, "A", "PCLI", "UA", "00", 44_000_000,
            List.of(), "test");
    static final Place GOMEL = foreign(627907, "Gomel", 52.43, 30.98, "BY");
    static final Place MINSK = foreign(625144, "Minsk", 53.90, 27.57, "BY");
    static final Place MOSCOW = foreign(524901, "Moscow", 55.75, 37.62, "RU");
    static final Place WARSAW = foreign(756135, "Warsaw", 52.23, 21.01, "PL");

    /** Written name -> place; longer names are matched first, so "Kharkiv region" beats "Kharkiv". */
    static final Map<String, Place> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("Hostomel", HOSTOMEL);
        NAMES.put("Balakliia", BALAKLIIA);
        NAMES.put("Kupiansk", KUPIANSK);
        NAMES.put("Kharkiv region", KHARKIV_OBLAST);
        NAMES.put("Kharkiv", KHARKIV);
        NAMES.put("Kyiv", KYIV);
        NAMES.put("Konotop", KONOTOP);
        NAMES.put("Zmiinyi Island", ZMIINYI);
        NAMES.put("Snake Island", ZMIINYI);
        NAMES.put("Chernobyl", CHERNOBYL);
        NAMES.put("Mariupol", MARIUPOL);
        NAMES.put("Kherson province", KHERSON_OBLAST);
        NAMES.put("Kherson", KHERSON);
        NAMES.put("Borodoyarske", BORODOYARSKE);
        NAMES.put("Vilkhuvatka", VILKHUVATKA);
        NAMES.put("Zaporizhzhia", ZAPORIZHZHIA_OBLAST);
        NAMES.put("Chernihiv", CHERNIHIV);
        NAMES.put("Obolon", OBOLON);
        NAMES.put("Odesa", ODESA);
        NAMES.put("Chuhuyiv", CHUHUIV);
        NAMES.put("Lviv", LVIV);
        NAMES.put("Kremenchuck", KREMENCHUK);
        NAMES.put("Luhansk", LUHANSK_OBLAST);
        NAMES.put("Donetsk", DONETSK_OBLAST);
        NAMES.put("Rzhyshchiv", RZHYSHCHIV);
        NAMES.put("Ukraine", UKRAINE);
        NAMES.put("Gomel", GOMEL);
        NAMES.put("Minsk", MINSK);
        NAMES.put("Moscow", MOSCOW);
        NAMES.put("Warsaw", WARSAW);
    }

    private TestMentions() {
    }

    static Place town(long id, String name, double lat, double lon, String code, String admin1) {
        return new Place(id, name, name, lat, lon, "P", code, "UA", admin1, 10_000, List.of(), "test");
    }

    static Place region(long id, String name, double lat, double lon, String admin1) {
        return new Place(id, name, name, lat, lon, "A", "ADM1", "UA", admin1, 1_000_000, List.of(), "test");
    }

    static Place foreign(long id, String name, double lat, double lon, String cc) {
        return new Place(id, name, name, lat, lon, "P", "PPLC", cc, "00", 1_000_000, List.of(), "test");
    }

    /** Every known name in the article's body sentences, as resolved mentions. */
    static List<Mention> find(PreparedArticle article) {
        return find(article, NAMES);
    }

    static List<Mention> find(PreparedArticle article, Map<String, Place> names) {
        List<Mention> out = new ArrayList<>();
        String text = article.article().text();
        List<String> byLength = new ArrayList<>(names.keySet());
        byLength.sort(Comparator.comparingInt(String::length).reversed());
        for (Sentence s : article.sentences()) {
            boolean[] used = new boolean[s.end() - s.start()];
            for (String name : byLength) {
                Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text);
                m.region(s.start(), s.end());
                while (m.find()) {
                    int a = m.start() - s.start();
                    int b = m.end() - s.start();
                    boolean free = true;
                    for (int i = a; i < b; i++) free &= !used[i];
                    if (!free) continue;
                    for (int i = a; i < b; i++) used[i] = true;
                    out.add(new Mention(article.article().id(), s.index(), m.start(), m.end(), m.group(), name,
                            names.get(name), 0.9, "test dictionary"));
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }
}
