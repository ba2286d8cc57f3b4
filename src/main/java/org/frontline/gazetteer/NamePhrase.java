package org.frontline.gazetteer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a written name asks for once the news-writing around it is peeled off: a possessive (Kyiv's, Kyiv’s), a
 * leading "the" (the Donbas, the Kharkiv region), and a trailing region word (Kharkiv region, Kherson province,
 * Kyiv oblast, Харківська область). {@code key} is the folded core name.
 */
record NamePhrase(String key, boolean region) {
    private static final Pattern POSSESSIVE = Pattern.compile("['’ʼ‘`´]s$", Pattern.CASE_INSENSITIVE);
    private static final Pattern THE = Pattern.compile("^(?i:the)\\s+");
    private static final Set<String> REGION_WORDS =
            Set.of("region", "regions", "oblast", "oblasti", "province", "область", "області", "обл");

    static NamePhrase parse(String written) {
        String s = written.strip();
        s = POSSESSIVE.matcher(s).replaceFirst("");
        s = THE.matcher(s).replaceFirst("");
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
