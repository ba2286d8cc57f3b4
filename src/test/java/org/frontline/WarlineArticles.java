package org.frontline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.frontline.ingest.Article;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The 859 dated Warline news items of ../shared/data/corpus as articles the service would receive (read there, never copied). */
public final class WarlineArticles {
    private WarlineArticles() {
    }

    public static List<Article> load() {
        List<Article> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try {
            for (String line : Files.readAllLines(SharedData.file("data/corpus/warline_2022_all.jsonl"))) {
                if (line.isBlank()) continue;
                JsonNode n = json.readTree(line);
                String text = n.path("text").asString("");
                if (text.isEmpty()) continue;
                out.add(new Article(n.path("doc_id").asString(), n.path("headline").asString(""), "", "",
                        LocalDate.parse(n.path("date").asString()), text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
