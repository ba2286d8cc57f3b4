package org.frontline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Run options ({@code --frontline.data-dir=...} and friends, see README). {@code sides} maps a side code to its
 * label and colour, so another conflict can reuse the service.
 */
@ConfigurationProperties("frontline")
public record FrontlineProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("./seeds") Path seedsDir,
        @DefaultValue("./gazetteer") Path gazetteerDir,
        @DefaultValue List<Path> gazetteerFiles,
        @DefaultValue("1000000") int maxArticleChars,
        Map<String, Side> sides) {

    public FrontlineProperties {
        gazetteerFiles = gazetteerFiles == null ? List.of() : List.copyOf(gazetteerFiles);
        sides = sides == null || sides.isEmpty()
                ? Map.of("UA", new Side("Ukraine", "#1f6fd1"), "RU", new Side("Russia", "#d1251f"))
                : Map.copyOf(sides);
    }

    public record Side(String label, String colour) {
    }
}
