package org.frontline.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.frontline.ArticlePipeline;
import org.frontline.SharedData;
import org.frontline.claims.Claim;
import org.frontline.claims.ClaimExtractor;
import org.frontline.gazetteer.GazetteerService;
import org.frontline.gazetteer.GazetteerSources;
import org.frontline.ingest.Article;
import org.frontline.ingest.Ingest;
import org.frontline.resolve.Mention;
import org.frontline.resolve.Resolver;
import org.frontline.store.ProcessedArticle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes every mention and claim the text path derives from the benchmark corpus (Warline items + seeds, and
 * optionally a generated JSONL corpus) as one line each, so that a speed change can be diffed against the output
 * before it: a faster path that gives a different answer is a bug, not a speed-up.
 *
 * <pre>java -cp $CP org.frontline.bench.TextPathDump OUT.txt [--generated corpus.jsonl] [--max N] [--repeat N]</pre>
 *
 * {@code --repeat N} runs the corpus N more times after the dump without writing, which makes a steady loop to
 * profile (add {@code -XX:StartFlightRecording=filename=x.jfr}).
 */
public final class TextPathDump {
    private TextPathDump() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        List<Article> corpus = new ArrayList<>(TextPathBenchmark.corpus());
        int repeat = 0;
        for (int i = 1; i < args.length; i += 2) {
            switch (args[i]) {
                case "--repeat" -> repeat = Integer.parseInt(args[i + 1]);
                case "--generated" -> corpus.addAll(generated(Path.of(args[i + 1])));
                case "--max" -> corpus.subList(Math.min(corpus.size(), Integer.parseInt(args[i + 1])), corpus.size()).clear();
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        GazetteerService gazetteer = new GazetteerService(new GazetteerSources(Path.of("gazetteer"),
                List.of(SharedData.file("data/gazetteer/UA.txt.gz"))));
        ArticlePipeline pipeline = new ArticlePipeline(new Ingest(), new Resolver(gazetteer), new ClaimExtractor());
        long bytes = 0;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (Article a : corpus) {
                bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
                ProcessedArticle p = pipeline.process(a);
                w.println("A " + a.id());
                for (Mention m : p.mentions()) w.println(line(m));
                for (Claim c : p.claims()) w.println(line(c));
            }
        }
        System.out.printf("dumped %d articles, %d bytes to %s%n", corpus.size(), bytes, out);
        // thread CPU time as well as wall time: on a shared machine wall time also measures the neighbours
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < repeat; r++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            for (Article a : corpus) pipeline.process(a);
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            System.out.printf("round %d: wall %.3f s, %.2f MB/s, %.0f articles/s; CPU %.3f s, %.2f MB/s per core%n", r, s,
                    bytes / 1e6 / s, corpus.size() / s, cpu, bytes / 1e6 / cpu);
        }
        gazetteer.close();
    }

    private static String line(Mention m) {
        return "M " + m.start() + "-" + m.end() + " " + m.text() + " | " + m.matchedName() + " | "
                + (m.place() == null ? null : m.place().id() + " " + m.place().name()) + " | " + m.confidence() + " | "
                + m.reason() + " | " + m.relative() + " | " + m.metonymy();
    }

    private static String line(Claim c) {
        return "C " + c.id() + " | " + c.type() + " " + c.actor() + " | " + c.date() + " " + c.datePrecision() + " | "
                + c.claimant() + " (" + c.claimantSide() + ") hedged=" + c.hedged() + " | " + line(c.place()) + " | "
                + c.quoteStart() + "-" + c.quoteEnd() + " | " + c.conflictsWith();
    }

    private static List<Article> generated(Path jsonl) throws IOException {
        List<Article> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(jsonl)) {
            if (line.isBlank()) continue;
            JsonNode n = json.readTree(line);
            out.add(new Article(n.path("id").asString(), n.path("title").asString(""), n.path("source").asString(""), "",
                    LocalDate.parse(n.path("published").asString()), n.path("text").asString("")));
        }
        return out;
    }
}
