package org.frontline.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.frontline.SharedData;
import org.frontline.gazetteer.GazetteerService;
import org.frontline.gazetteer.GazetteerSources;
import org.frontline.ingest.Article;
import org.frontline.ingest.Ingest;
import org.frontline.ingest.PreparedArticle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Scores the resolver against a hand annotation of every place the three seed articles name
 * (src/test/resources/resolve/seed-places.json), on the gazetteer the service is meant to run with (bundled files
 * plus ../shared/data/gazetteer/UA.txt.gz). Precision counts every resolved mention, so a person, a TV channel or
 * a province abroad resolved to some town costs as much as a wrong village; recall counts every occurrence of an
 * annotated name the gazetteer holds. The floors sit a little under what the resolver reaches, so a change that
 * loses places fails here before it reaches the map.
 */
class SeedPlacesTest {
    static final double PRECISION_FLOOR = 0.90;
    static final double RECALL_FLOOR = 0.95;

    static GazetteerService gazetteer;
    static Resolver resolver;

    @BeforeAll
    static void load() {
        gazetteer = new GazetteerService(new GazetteerSources(Path.of("gazetteer"),
                List.of(SharedData.file("data/gazetteer/UA.txt.gz"))));
        resolver = new Resolver(gazetteer);
    }

    @AfterAll
    static void close() {
        gazetteer.close();
    }

    record Expected(int start, int end, String name, Long id) {
    }

    @Test
    void resolvesTheAnnotatedSeedPlacesAboveTheFloors() throws IOException {
        JsonNode fixture;
        try (InputStream in = getClass().getResourceAsStream("/resolve/seed-places.json")) {
            fixture = new ObjectMapper().readTree(in);
        }
        Ingest ingest = new Ingest();
        Map<String, Article> seeds = new TreeMap<>();
        for (Article a : ingest.readSeeds(Path.of("seeds")).articles()) seeds.put(a.id(), a);
        assertThat(seeds.keySet()).containsAll(fixture.path("articles").propertyNames());

        int tp = 0;
        int resolved = 0;
        int reachable = 0;
        int unreachable = 0;
        List<String> misses = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (String id : fixture.path("articles").propertyNames()) {
            PreparedArticle article = ingest.prepare(seeds.get(id));
            List<Expected> expected = occurrences(article, fixture.path("articles").path(id));
            List<Mention> mentions = resolver.resolve(article);
            for (Expected e : expected) {
                if (e.id() == null) {
                    unreachable++;
                    continue;
                }
                reachable++;
                boolean found = mentions.stream().anyMatch(m -> m.resolved() && m.start() == e.start() && m.end() == e.end()
                        && m.place().id() == e.id());
                if (found) tp++;
                else misses.add(id + "@" + e.start() + " " + e.name() + " (" + e.id() + ")");
            }
            for (Mention m : mentions) {
                if (!m.resolved()) continue;
                resolved++;
                boolean right = expected.stream().anyMatch(e -> e.id() != null && e.start() == m.start() && e.end() == m.end()
                        && e.id() == m.place().id());
                if (!right) wrong.add(id + "@" + m.start() + " " + m.text() + " -> " + m.place().name() + " (" + m.place().id() + ")");
            }
        }
        double precision = (double) tp / resolved;
        double recall = (double) tp / reachable;
        System.out.printf("seed places: precision %.3f (%d/%d), recall %.3f (%d/%d), %d occurrences of places the "
                + "gazetteer lacks%nmissed: %s%nwrong: %s%n", precision, tp, resolved, recall, tp, reachable, unreachable, misses, wrong);
        assertThat(reachable).as("annotated occurrences").isGreaterThan(150);
        assertThat(precision).as("precision; wrong: " + wrong).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(recall).as("recall; missed: " + misses).isGreaterThanOrEqualTo(RECALL_FLOOR);
    }

    /**
     * Every whole-word occurrence of an annotated name in the body text, longest names first and without overlap
     * ("Kharkiv region" before "Kharkiv"), with a pinned id where the fixture gives one for that start.
     */
    static List<Expected> occurrences(PreparedArticle article, JsonNode entries) {
        String text = article.article().text();
        List<JsonNode> byLength = new ArrayList<>();
        entries.forEach(byLength::add);
        byLength.sort(Comparator.comparingInt((JsonNode e) -> -e.path("name").asString().length()));
        Map<Integer, Long> pinned = new TreeMap<>();
        for (JsonNode e : byLength) if (e.has("start")) pinned.put(e.path("start").asInt(), e.path("id").asLong());
        boolean[] taken = new boolean[text.length() + 1];
        List<Expected> out = new ArrayList<>();
        for (JsonNode e : byLength) {
            if (e.has("start")) continue;
            String name = e.path("name").asString();
            Long id = e.path("id").isNull() ? null : e.path("id").asLong();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                if (taken[at] || taken[end - 1] || article.isChrome(at) || !wordBoundary(text, at, end)) continue;
                for (int k = at; k < end; k++) taken[k] = true;
                out.add(new Expected(at, end, name, pinned.getOrDefault(at, id)));
            }
        }
        out.sort(Comparator.comparingInt(Expected::start));
        return out;
    }

    private static boolean wordBoundary(String text, int start, int end) {
        boolean before = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
        boolean after = end >= text.length() || !Character.isLetter(text.charAt(end));
        return before && after;
    }
}
