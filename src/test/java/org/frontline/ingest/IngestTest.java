package org.frontline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {
    private final Ingest ingest = new Ingest();

    @Test
    void readsTheThreeSeedsWithTheirMetadata() {
        SeedScan scan = ingest.readSeeds(Path.of("seeds"));
        assertThat(scan.problems()).isEmpty();
        assertThat(scan.articles()).extracting(Article::id)
                .containsExactly("000_e52d61d55331b241", "001_7e2c430e2b7ac0e9", "002_1477d0d211997333");
        Article alJazeera = scan.articles().get(2);
        assertThat(alJazeera.published()).isEqualTo(LocalDate.of(2022, 2, 25));
        assertThat(alJazeera.source()).isEqualTo("Al Jazeera");
    }

    @Test
    void keepsTheSeedTextByteForByte() throws Exception {
        Article a = ingest.readSeeds(Path.of("seeds")).articles().get(0);
        assertThat(a.text()).isEqualTo(Files.readString(Path.of("seeds/000_e52d61d55331b241.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void marksTheSidebarLinkDated2024AsChromeInSeed001() {
        Article a = seed("001_7e2c430e2b7ac0e9");
        PreparedArticle p = ingest.prepare(a);
        List<String> chrome = p.chrome().stream().map(r -> a.text().substring(r.start(), r.end())).toList();
        assertThat(chrome).contains("ISW Russian Offensive Campaign Assessment, July 19, 2024", "Other Topics of Interest",
                "You can also highlight the text and press Ctrl + Enter");
        assertThat(p.sentences()).noneMatch(s -> s.text().contains("2024"));
        assertThat(p.sentences()).anyMatch(s -> s.text().contains("Borodoyarske"));
    }

    @Test
    void marksTheSubscriptionBannersOfTheAggregatorAsChrome() {
        Article a = seed("002_1477d0d211997333");
        PreparedArticle p = ingest.prepare(a);
        assertThat(p.sentences()).noneMatch(s -> s.text().contains("Sign up to read this article")
                || s.text().contains("Get all your news in one place") || s.text().contains("Download the app"));
        assertThat(p.sentences()).anyMatch(s -> s.text().contains("captured the strategic Hostomel airfield"));
    }

    @Test
    void sentenceOffsetsPointIntoTheOriginalText() {
        for (Article a : ingest.readSeeds(Path.of("seeds")).articles()) {
            for (Sentence s : ingest.prepare(a).sentences()) {
                assertThat(a.text().substring(s.start(), s.end())).isEqualTo(s.text());
                assertThat(s.text()).doesNotStartWith(" ").doesNotStartWith("•").doesNotStartWith("- ");
            }
        }
    }

    @Test
    void splitsSentencesWithoutBreakingOnNumbersOrTitles() {
        Article a = new Article("t", "", "", "", LocalDate.of(2022, 9, 8),
                "Ukrainian forces have advanced 50 kilometers (about 31 miles) in the Kharkiv region. Mr. Hromov said so.\n"
                        + "Kupiansk is next\nRussian troops withdrew from the town after heavy fighting, officials said on Monday.");
        List<Sentence> s = ingest.prepare(a).sentences();
        assertThat(s).extracting(Sentence::text).containsExactly(
                "Ukrainian forces have advanced 50 kilometers (about 31 miles) in the Kharkiv region.",
                "Mr. Hromov said so.", "Kupiansk is next",
                "Russian troops withdrew from the town after heavy fighting, officials said on Monday.");
        assertThat(s.get(2).heading()).isTrue();
        assertThat(s.get(0).paragraph()).isNotEqualTo(s.get(2).paragraph());
    }

    @Test
    void reportsAnArticleWithoutMetadataAndABinaryFileButReadsTheRest(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.txt"), "Russian forces shelled Kharkiv on Monday.");
        Files.writeString(dir.resolve("good.json"), "{\"title\":\"t\",\"source\":\"s\",\"url\":\"\",\"published\":\"2022-03-01\"}");
        Files.writeString(dir.resolve("orphan.txt"), "Text without metadata.");
        Files.write(dir.resolve("photo.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Files.writeString(dir.resolve("photo.json"), "{\"published\":\"2022-03-01\"}");
        Files.writeString(dir.resolve("baddate.txt"), "Text.");
        Files.writeString(dir.resolve("baddate.json"), "{\"published\":\"1 March\"}");
        Files.write(dir.resolve("image.png"), new byte[]{1, 2, 3});

        SeedScan scan = ingest.readSeeds(dir);

        assertThat(scan.articles()).extracting(Article::id).containsExactly("good");
        assertThat(scan.problems()).hasSize(4);
        assertThat(scan.problems()).anySatisfy(p -> assertThat(p).contains("orphan.txt").contains("no metadata"));
        assertThat(scan.problems()).anySatisfy(p -> assertThat(p).contains("photo.txt").contains("binary"));
        assertThat(scan.problems()).anySatisfy(p -> assertThat(p).contains("baddate.json").contains("'published' is not a date"));
        assertThat(scan.problems()).anySatisfy(p -> assertThat(p).contains("image.png").contains("not an article"));
    }

    @Test
    void rejectsNonUtf8Text(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("latin1.txt"), "Charkiw liegt \u00fcber".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("latin1.json"), "{\"published\":\"2022-03-01\"}");
        assertThat(ingest.readSeeds(dir).problems()).singleElement().asString().contains("latin1.txt").contains("not UTF-8");
    }

    @Test
    void rejectsUnknownMetadataFields(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Text.");
        Files.writeString(dir.resolve("a.json"), "{\"published\":\"2022-03-01\",\"date\":\"x\"}");
        assertThat(ingest.readSeeds(dir).problems()).singleElement().asString().contains("unknown field 'date'");
    }

    private Article seed(String id) {
        return ingest.readSeeds(Path.of("seeds")).articles().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
}
