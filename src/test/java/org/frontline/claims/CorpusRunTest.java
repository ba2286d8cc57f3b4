package org.frontline.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.frontline.ingest.Article;
import org.frontline.ingest.Ingest;
import org.frontline.ingest.PreparedArticle;
import org.frontline.resolve.Mention;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the extractor over the 859 dated items of ../shared/data/corpus/warline_2022_all.jsonl (read-only evaluation
 * data, never copied into the project): nothing may crash, every claim must be well formed, and the run prints
 * claims per article and throughput. The path comes from the {@code frontline.shared} system property the build sets.
 */
class CorpusRunTest {
    private static Path shared() {
        return Path.of(System.getProperty("frontline.shared", "../shared"));
    }

    @Test
    void extractsWellFormedClaimsFromTheWarlineCorpusWithoutFailing() throws Exception {
        Path corpus = shared().resolve("data/corpus/warline_2022_all.jsonl");
        Path gazetteer = shared().resolve("data/gazetteer/UA.txt.gz");
        assertThat(corpus).as("evaluation corpus (set -Dfrontline.shared)").exists();
        GazetteerMentions resolver = new GazetteerMentions(gazetteer, 1000);
        JsonMapper json = JsonMapper.builder().build();
        Ingest ingest = new Ingest();
        List<PreparedArticle> prepared = new ArrayList<>();
        List<List<Mention>> mentions = new ArrayList<>();
        long bytes = 0;
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode n = json.readTree(line);
            String text = n.path("text").asString("");
            if (text.isBlank()) continue;
            Article a = new Article(n.path("doc_id").asString(), n.path("headline").asString(""), n.path("source_account").asString(""),
                    n.path("url").asString(""), LocalDate.parse(n.path("date").asString()), text);
            PreparedArticle p = ingest.prepare(a);
            prepared.add(p);
            mentions.add(resolver.find(p));
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        ClaimExtractor extractor = new ClaimExtractor();
        List<Claim> all = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) extractor.extract(prepared.get(i), mentions.get(i)); // warm-up
        // CPU time of this thread, not wall time: the build machine is shared and wall time measures the neighbours
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        int rounds = 3;
        for (int r = 0; r < rounds; r++) {
            all.clear();
            for (int i = 0; i < prepared.size(); i++) all.addAll(extractor.extract(prepared.get(i), mentions.get(i)));
        }
        double seconds = (System.nanoTime() - t0) / 1e9 / rounds;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - c0) / 1e9 / rounds;
        long mentionCount = mentions.stream().mapToLong(List::size).sum();
        Map<ClaimType, Integer> byType = new EnumMap<>(ClaimType.class);
        for (Claim c : all) byType.merge(c.type(), 1, Integer::sum);
        long withActor = all.stream().filter(c -> c.actor() != null).count();
        long attributed = all.stream().filter(c -> c.claimant() != null).count();
        long hedged = all.stream().filter(Claim::hedged).count();
        long relative = all.stream().filter(c -> !c.date().equals(c.published()) || c.datePrecision() != DatePrecision.DAY).count();
        long linked = all.stream().filter(c -> !c.conflictsWith().isEmpty()).count();
        System.out.printf("corpus: %d articles, %.2f MB, %d mentions, %d claims (%.2f per article); extraction %.3f s wall = %.1f MB/s, "
                        + "%.3f s CPU = %.1f MB/s per core%n", prepared.size(), bytes / 1e6, mentionCount, all.size(),
                (double) all.size() / prepared.size(), seconds, bytes / 1e6 / seconds, cpuSeconds, bytes / 1e6 / cpuSeconds);
        System.out.printf("corpus: by type %s; actor %d, claimant %d, hedged %d, non-default date %d, in conflict %d%n", byType,
                withActor, attributed, hedged, relative, linked);
        assertThat(prepared).hasSizeGreaterThan(800);
        assertThat(all).isNotEmpty();
        for (Claim c : all) {
            String text = prepared.stream().filter(p -> p.article().id().equals(c.articleId())).findFirst().orElseThrow().article().text();
            assertThat(text.substring(c.quoteStart(), c.quoteEnd())).isEqualTo(c.quote());
            assertThat(c.date()).as(c.id()).isBeforeOrEqualTo(c.published()).isAfter(LocalDate.of(1900, 1, 1));
            assertThat(c.place().place().inUkraine()).isTrue();
        }
        if (Boolean.getBoolean("claims.dump")) {
            for (Claim c : all) {
                System.out.printf("DUMP %s | %s %s %s | %s | %s (%s) h=%s | %s%n", c.id(), c.place().text(), c.type().wire(), c.actor(),
                        c.date(), c.claimant(), c.claimantSide(), c.hedged(), c.quote().replace('\n', ' '));
            }
        }
    }
}
