package org.frontline.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a seeds folder: every {@code NAME.txt} is an article whose metadata sits beside it in {@code NAME.json}
 * ({@code title}, {@code source}, {@code url}, {@code published} as an ISO date). The article id is NAME. The text
 * file is kept byte for byte, so that offsets stay valid against the original capture.
 */
final class SeedFolderReader {
    private static final Set<String> METADATA_FIELDS = Set.of("title", "source", "url", "published");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    SeedScan read(Path dir) {
        List<Article> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(dir + ": seeds folder does not exist");
            return new SeedScan(articles, problems);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            problems.add(dir + ": cannot list seeds folder: " + e.getMessage());
            return new SeedScan(articles, problems);
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".txt")) {
                try {
                    articles.add(readArticle(file));
                } catch (ArticleFormatException e) {
                    problems.add(e.getMessage());
                }
            } else if (lower.endsWith(".json")) {
                Path text = file.resolveSibling(name.substring(0, name.length() - 5) + ".txt");
                if (!Files.exists(text)) problems.add(file + ": metadata without an article (expected " + text.getFileName() + ")");
            } else if (!lower.equals("readme.md") && !name.startsWith(".")) {
                problems.add(file + ": not an article (articles are NAME.txt with metadata in NAME.json)");
            }
        }
        return new SeedScan(articles, problems);
    }

    Article readArticle(Path textFile) {
        String name = textFile.getFileName().toString();
        String id = name.substring(0, name.length() - 4);
        Path metaFile = textFile.resolveSibling(id + ".json");
        if (!Files.exists(metaFile)) {
            throw new ArticleFormatException(textFile.toString(), "no metadata: expected " + metaFile.getFileName()
                    + " with title, source, url and published (YYYY-MM-DD)");
        }
        String text = readUtf8(textFile);
        if (text.isBlank()) throw new ArticleFormatException(textFile.toString(), "article text is empty");
        JsonNode meta;
        try {
            meta = JSON.readTree(readUtf8(metaFile));
        } catch (JacksonException e) {
            throw new ArticleFormatException(metaFile.toString(), "not valid JSON: " + e.getOriginalMessage());
        }
        if (meta == null || !meta.isObject()) throw new ArticleFormatException(metaFile.toString(), "metadata must be a JSON object");
        for (String field : meta.propertyNames()) {
            if (!METADATA_FIELDS.contains(field)) {
                throw new ArticleFormatException(metaFile.toString(), "unknown field '" + field + "' (allowed: " + METADATA_FIELDS + ")");
            }
        }
        String published = meta.path("published").asString("");
        if (published.isBlank()) throw new ArticleFormatException(metaFile.toString(), "missing 'published' (YYYY-MM-DD)");
        LocalDate date;
        try {
            date = LocalDate.parse(published.trim());
        } catch (DateTimeParseException e) {
            throw new ArticleFormatException(metaFile.toString(), "'published' is not a date (YYYY-MM-DD): " + published);
        }
        return new Article(id, meta.path("title").asString(""), meta.path("source").asString(""),
                meta.path("url").asString(""), date, text);
    }

    private static String readUtf8(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ArticleFormatException(file.toString(), "cannot read: " + e.getMessage());
        }
        for (byte b : bytes) {
            if (b == 0) throw new ArticleFormatException(file.toString(), "binary file (NUL bytes), not article text");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ArticleFormatException(file.toString(), "not UTF-8 text");
        }
    }
}
