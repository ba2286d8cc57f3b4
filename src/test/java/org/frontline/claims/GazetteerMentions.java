package org.frontline.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.frontline.gazetteer.Place;
import org.frontline.ingest.PreparedArticle;
import org.frontline.ingest.Sentence;
import org.frontline.resolve.Mention;

/**
 * A crude resolver for the corpus run: every capitalised name of up to three words that is a Latin name of a
 * Ukrainian place with at least {@code minPopulation} inhabitants (or an oblast, the capital, or a test place)
 * becomes a mention of the most populous such place. Good enough to feed the extractor realistic mention density;
 * it is not the project's resolver.
 */
final class GazetteerMentions {
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,2}");
    private final Map<String, Place> byName = new HashMap<>();

    GazetteerMentions(Path geonamesGz, long minPopulation) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(geonamesGz)),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 15) continue;
                long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
                boolean wanted = ("P".equals(f[6]) && pop >= minPopulation) || "ADM1".equals(f[7]) || "PPLC".equals(f[7]);
                if (!wanted) continue;
                Place p = new Place(Long.parseLong(f[0]), f[1], f[2], Double.parseDouble(f[4]), Double.parseDouble(f[5]), f[6], f[7],
                        f[8], f[10], pop, List.of(), "UA.txt.gz");
                List<String> names = new ArrayList<>(List.of(f[1], f[2]));
                if (!f[3].isEmpty()) names.addAll(Arrays.asList(f[3].split(",")));
                for (String n : names) {
                    if (!n.matches("\\p{Lu}[A-Za-z’' -]{2,40}")) continue;
                    byName.merge(n, p, (a, b) -> a.population() >= b.population() ? a : b);
                }
            }
        }
        TestMentions.NAMES.forEach(byName::putIfAbsent);
    }

    int size() {
        return byName.size();
    }

    List<Mention> find(PreparedArticle article) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            Matcher m = NAME.matcher(s.text());
            while (m.find()) {
                String[] words = m.group().split("\\s+");
                int offset = m.start();
                for (int i = 0; i < words.length; ) {
                    int matched = 0;
                    for (int n = words.length - i; n >= 1 && matched == 0; n--) {
                        String cand = String.join(" ", Arrays.copyOfRange(words, i, i + n)).replaceAll("[’']s$", "");
                        if (byName.containsKey(cand)) matched = n;
                    }
                    String w0 = String.join(" ", Arrays.copyOfRange(words, i, i + Math.max(1, matched)));
                    int at = s.text().indexOf(w0, offset);
                    if (matched > 0) {
                        String name = w0.replaceAll("[’']s$", "");
                        out.add(new Mention(article.article().id(), s.index(), s.start() + at, s.start() + at + name.length(), name,
                                name, byName.get(name), 0.5, "corpus dictionary"));
                    }
                    offset = at + w0.length();
                    i += Math.max(1, matched);
                }
            }
        }
        return out;
    }
}
