package org.frontline.gazetteer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a written name asks for once the news-writing around it is peeled off: a possessive (Kyiv's, Kyiv’s), a
 * leading "the" (the Donbas, the Kharkiv region), and a trailing region word (Kharkiv region, Kherson province,
 * Kyiv oblast, Харківська область). {@code key} is the folded core name.
 */
record NamePhrase(String key, boolean region) {
    private static final Set<String> REGION_WORDS =
            Set.of("region", "regions", "oblast", "oblasti", "province", "область", "області", "обл");

    static NamePhrase parse(String written) {
        String s = written.strip();
        int n = s.length();
        // hand-written rather than regular expressions: this runs on every lookup
        if (n > 2 && (s.charAt(n - 1) == 's' || s.charAt(n - 1) == 'S') && NameFolder.isApostrophe(s.charAt(n - 2))) {
            s = s.substring(0, n - 2);
        }
        if (s.length() > 4 && s.regionMatches(true, 0, "the", 0, 3) && Character.isWhitespace(s.charAt(3))) {
            s = s.substring(4).strip();
        }
        String key = NameFolder.fold(s);
        int space = key.lastIndexOf(' ');
        if (space > 0 && REGION_WORDS.contains(key.substring(space + 1))) {
            return new NamePhrase(key.substring(0, space), true);
        }
        return new NamePhrase(key, false);
    }

    /**
     * The name stems a region name may stand for. Index side: "Chernihiv Oblast" and "Kyiv City" stem to
     * chernihiv and kyiv. Query side, adjectival forms: Kharkivska/Kharkovskaya → kharkiv/kharkov,
     * Luhanska → luhansk, Odeska → odesa, Poltavska → poltava.
     */
    static List<String> regionStems(String key) {
        Set<String> out = new LinkedHashSet<>();
        String s = key;
        for (String suffix : List.of(" oblast", " region", " province", " city", " autonomous republic")) {
            if (s.endsWith(suffix)) {
                s = s.substring(0, s.length() - suffix.length());
                break;
            }
        }
        if (s.startsWith("autonomous republic of ")) {
            s = s.substring("autonomous republic of ".length());
        }
        out.add(s);
        for (String adj : List.of("skaya", "skoy", "skoi", "ska", "ska")) {
            if (s.endsWith(adj) && s.length() > adj.length() + 2) {
                String stem = s.substring(0, s.length() - adj.length());
                out.add(stem);
                out.add(stem + "a");
                out.add(stem + "sa");
                out.add(stem + "sk");
                break;
            }
        }
        return List.copyOf(out);
    }
}
