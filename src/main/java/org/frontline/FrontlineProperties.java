package org.frontline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Run options ({@code --frontline.data-dir=...} and friends, see README). {@code sides} maps a side code to its
 * label and colour, so another conflict can reuse the service. {@code answerCacheSize} bounds the claim answers
 * kept in memory (0 turns the cache off; unset: 128 MB or an eighth of the heap, whichever is smaller; see
 * {@code web.AnswerCache}).
 *
 * <p>Directories are bound as text and turned into file-system paths here: Spring's own conversion to
 * {@code Path} looks on the classpath first, so "./gazetteer" would become a classpath folder of that name
 * whenever one exists (the test fixtures have one) instead of the directory the user means.
 */
@ConfigurationProperties("frontline")
public record FrontlineProperties(
        @DefaultValue("./data") String dataDir,
        @DefaultValue("./seeds") String seedsDir,
        @DefaultValue("./gazetteer") String gazetteerDir,
        @DefaultValue List<String> gazetteerFiles,
        @DefaultValue("1000000") int maxArticleChars,
        Map<String, Side> sides,
        DataSize answerCacheSize) {

    public FrontlineProperties {
        gazetteerFiles = gazetteerFiles == null ? List.of() : List.copyOf(gazetteerFiles);
        sides = sides == null || sides.isEmpty()
                ? Map.of("UA", new Side("Ukraine", "#1f6fd1"), "RU", new Side("Russia", "#d1251f"))
                : Map.copyOf(sides);
    }

    public Path dataPath() {
        return Path.of(dataDir);
    }

    public Path seedsPath() {
        return Path.of(seedsDir);
    }

    public Path gazetteerPath() {
        return Path.of(gazetteerDir);
    }

    public List<Path> gazetteerFilePaths() {
        return gazetteerFiles.stream().map(String::trim).filter(f -> !f.isEmpty()).map(Path::of).toList();
    }

    public record Side(String label, String colour) {
    }
}
