package org.frontline.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.frontline.SharedData;
import tools.jackson.databind.JsonNode;

/** Real, short, dated news items about the war from ../shared/data/corpus (read there, never copied). */
record WarlineItems(String id, String date, String headline, String text) {
    static List<WarlineItems> load() {
        List<WarlineItems> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(SharedData.file("data/corpus/warline_2022_all.jsonl"), StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode n = Http.JSON.readTree(line);
                String text = n.path("text").asString("");
                if (text.isBlank()) continue;
                out.add(new WarlineItems(n.path("doc_id").asString(), n.path("date").asString(),
                        n.path("headline").asString(""), text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
