package org.frontline.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * One annotated geoparsing corpus (JSON lines: doc_id, text, toponyms[{start, end, name, lat, lon, ...}]).
 *
 * <p>Gold spans without coordinates are left out: in GeoWebNews they are the non-toponym types (literal
 * expressions such as "the city", demonyms without a place), which neither metric scores. Offsets are checked
 * against the text: a span whose text differs from its {@code name} (GeoWebNews flags five as
 * {@code offset_mismatch}) is moved to the nearest occurrence of the name within {@link #REPAIR_WINDOW}
 * characters and counted as repaired, or, when the name is not there, dropped and counted as unusable. TR-News
 * ships {@code offset_corrected} spans whose offsets were already repaired by the corpus builders; they are used
 * as given once they match the text.
 */
record GeoparseCorpus(String name, List<Doc> docs, int repaired, int unusable, int withoutCoordinates) {
    static final int REPAIR_WINDOW = 200;

    record Gold(int start, int end, String name, double lat, double lon) {
    }

    record Doc(String id, String text, List<Gold> gold) {
    }

    static GeoparseCorpus read(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<Doc> docs = new ArrayList<>();
        int repaired = 0;
        int unusable = 0;
        int noCoordinates = 0;
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank()) continue;
                JsonNode d = json.readTree(line);
                String text = d.path("text").asString();
                List<Gold> gold = new ArrayList<>();
                for (JsonNode t : d.path("toponyms")) {
                    if (t.path("lat").isNull() || t.path("lat").isMissingNode() || t.path("lon").isNull()) {
                        noCoordinates++;
                        continue;
                    }
                    int start = t.path("start").asInt();
                    int end = t.path("end").asInt();
                    String name = t.path("name").asString();
                    if (start < 0 || end > text.length() || start > end || !text.substring(start, end).equals(name)) {
                        int at = nearest(text, name, Math.max(0, start));
                        if (at < 0) {
                            unusable++;
                            continue;
                        }
                        repaired++;
                        start = at;
                        end = at + name.length();
                    }
                    gold.add(new Gold(start, end, name, t.path("lat").asDouble(), t.path("lon").asDouble()));
                }
                gold.sort((a, b) -> Integer.compare(a.start(), b.start()));
                docs.add(new Doc(d.path("doc_id").asString(), text, List.copyOf(gold)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.getFileName().toString().replace(".jsonl", "");
        return new GeoparseCorpus(name, List.copyOf(docs), repaired, unusable, noCoordinates);
    }

    private static int nearest(String text, String name, int around) {
        int best = -1;
        int from = Math.max(0, around - REPAIR_WINDOW);
        for (int at = text.indexOf(name, from); at >= 0 && at <= around + REPAIR_WINDOW; at = text.indexOf(name, at + 1)) {
            if (best < 0 || Math.abs(at - around) < Math.abs(best - around)) best = at;
        }
        return best;
    }

    int goldCount() {
        return docs.stream().mapToInt(d -> d.gold().size()).sum();
    }
}
