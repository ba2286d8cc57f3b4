package org.frontline.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds a large corpus of realistic articles for the scale benchmarks, outside the repository: each article is
 * 3 to 8 real sentences from ../shared/data/corpus/warline_2022_all.jsonl and the seeds, published on a day of
 * 2022 (24 February to 31 December), with the Ukrainian place names in those sentences swapped, seven times in
 * ten, for other real Ukrainian towns of the bundled gazetteer (population 5,000 or more), so the claims spread
 * over the country rather than piling up on the dozen places the news named most. Deterministic for a seed;
 * every text is distinct (the store would deduplicate repeats).
 *
 * <pre>java -cp ... org.frontline.bench.CorpusGenerator [out=target/corpus/articles-100000.jsonl] [count=100000] [seed=2022]</pre>
 *
 * One JSON object a line: id, title, source, url, published, text (the shape of POST /api/articles).
 */
public final class CorpusGenerator {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])[\"”’)]?\\s+(?=[\"“‘(]?[A-ZА-ЯІЇЄҐ0-9])");

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/corpus/articles-100000.jsonl");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2022;
        Path shared = Path.of(System.getProperty("frontline.shared", "../shared"));
        long t0 = System.nanoTime();
        int n = generate(shared.resolve("data/corpus/warline_2022_all.jsonl"), Path.of("seeds"),
                Path.of("gazetteer/geonames/UA-cities500.txt.gz"), out, count, seed);
        System.out.printf("wrote %d articles to %s (%d MB) in %.1f s%n", n, out, Files.size(out) >> 20,
                (System.nanoTime() - t0) / 1e9);
    }

    static int generate(Path warline, Path seeds, Path towns, Path out, int count, long seed) throws IOException {
        List<String> sentences = new ArrayList<>();
        List<String> headlines = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(warline, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode item = JSON.readTree(line);
                String text = item.path("text").asString("");
                if (text.isBlank()) continue;
                headlines.add(item.path("headline").asString(""));
                sources.add(item.path("source_account").asString("Warline"));
                split(text, sentences);
            }
        }
        try (var files = Files.list(seeds)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                split(Files.readString(f, StandardCharsets.UTF_8), sentences);
            }
        }
        List<String> names = townNames(towns);
        // every place name in a sentence, once, longest first, so "Kryvyi Rih" is swapped whole
        List<String> byLength = new ArrayList<>(names);
        byLength.sort((a, b) -> b.length() - a.length());
        StringBuilder alternation = new StringBuilder();
        for (String name : byLength) alternation.append(alternation.isEmpty() ? "" : "|").append(Pattern.quote(name));
        Pattern place = Pattern.compile("\\b(?:" + alternation + ")\\b");

        List<List<int[]>> spans = new ArrayList<>();
        for (String sentence : sentences) {
            List<int[]> found = new ArrayList<>();
            Matcher m = place.matcher(sentence);
            while (m.find()) found.add(new int[]{m.start(), m.end()});
            spans.add(found);
        }
        Random rnd = new Random(seed);
        LocalDate first = LocalDate.of(2022, 2, 24);
        int days = (int) (LocalDate.of(2022, 12, 31).toEpochDay() - first.toEpochDay()) + 1;
        Set<String> seen = new HashSet<>();
        Files.createDirectories(out.toAbsolutePath().getParent());
        int written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            while (written < count) {
                int k = 3 + rnd.nextInt(6);
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < k; i++) {
                    int which = rnd.nextInt(sentences.size());
                    String s = sentences.get(which);
                    StringBuilder swapped = new StringBuilder();
                    int from = 0;
                    for (int[] span : spans.get(which)) {
                        swapped.append(s, from, span[0]);
                        swapped.append(rnd.nextInt(10) < 7 ? names.get(rnd.nextInt(names.size())) : s.substring(span[0], span[1]));
                        from = span[1];
                    }
                    swapped.append(s, from, s.length());
                    if (i > 0) text.append(i % 3 == 0 ? "\n\n" : " ");
                    text.append(swapped);
                }
                String body = text.toString();
                if (!seen.add(body)) continue;
                int h = rnd.nextInt(headlines.size());
                Map<String, Object> article = new LinkedHashMap<>();
                article.put("id", String.format("gen-%06d", written));
                article.put("title", headlines.get(h).length() > 300 ? headlines.get(h).substring(0, 300) : headlines.get(h));
                article.put("source", sources.get(h));
                article.put("url", "");
                article.put("published", first.plusDays(rnd.nextInt(days)).toString());
                article.put("text", body);
                w.write(JSON.writeValueAsString(article));
                w.write('\n');
                written++;
            }
        }
        System.out.printf("%d sentences, %d town names%n", sentences.size(), names.size());
        return written;
    }

    private static void split(String text, List<String> into) {
        for (String paragraph : text.split("\\n\\s*\\n|\\n")) {
            for (String s : SENTENCE_END.split(paragraph.trim())) {
                String t = s.trim();
                if (t.length() >= 20 && t.length() <= 600) into.add(t);
            }
        }
    }

    /** Ukrainian towns of population 5,000 or more from the bundled GeoNames cities500 file. */
    static List<String> townNames(Path gz) throws IOException {
        List<String> names = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (f.length < 15 || !f[6].equals("P") || !f[8].equals("UA")) continue;
                long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
                if (population >= 5000 && f[1].matches("[A-Za-z' -]+")) names.add(f[1]);
            }
        }
        return names;
    }
}
