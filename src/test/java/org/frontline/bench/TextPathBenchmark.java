package org.frontline.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.frontline.ArticlePipeline;
import org.frontline.SharedData;
import org.frontline.WarlineArticles;
import org.frontline.claims.ClaimExtractor;
import org.frontline.gazetteer.GazetteerService;
import org.frontline.gazetteer.GazetteerSources;
import org.frontline.ingest.Article;
import org.frontline.ingest.Ingest;
import org.frontline.resolve.Resolver;
import org.frontline.store.ProcessedArticle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole text path without a database (ingest + resolve + claims, {@link ArticlePipeline}) on the Warline
 * corpus (859 short dated items from ../shared/data/corpus) plus the bundled seed articles, with the full
 * gazetteer loaded (bundled files + ../shared/data/gazetteer/UA.txt.gz).
 *
 * <p>One operation is one article, taken round-robin from the corpus, so the score in ops/s is articles per second
 * and MB/s is that times the mean article size, which the setup prints ({@code corpus: N articles, M bytes}).
 * {@code onOneCore} runs one thread, {@code onAllCores} as many threads as the machine has (JMH's
 * {@code Threads.MAX}); the pipeline is shared between the threads, as the service shares it between requests.
 *
 * <pre>mvn -o -Pbench test-compile exec:exec -Dbench=TextPathBenchmark -Dbench.args="-f 1 -wi 5 -i 5 -w 10s -r 10s"</pre>
 * (10 s warm-up iterations: on a shared machine the JIT is still compiling after three 5 s ones.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TextPathBenchmark {
    private ArticlePipeline pipeline;
    private Ingest ingest;
    private Resolver resolver;
    private GazetteerService gazetteer;
    private List<Article> corpus;
    private final AtomicInteger next = new AtomicInteger();

    @Setup(Level.Trial)
    public void load() {
        gazetteer = new GazetteerService(new GazetteerSources(Path.of("gazetteer"),
                List.of(SharedData.file("data/gazetteer/UA.txt.gz"))));
        ingest = new Ingest();
        resolver = new Resolver(gazetteer);
        pipeline = new ArticlePipeline(ingest, resolver, new ClaimExtractor());
        corpus = corpus();
        long bytes = corpus.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf("%ncorpus: %d articles, %d bytes (UTF-8), %.0f bytes per article%n", corpus.size(), bytes,
                (double) bytes / corpus.size());
    }

    @TearDown(Level.Trial)
    public void close() {
        gazetteer.close();
    }

    /** The Warline items and the seeds, as the service would receive them. */
    static List<Article> corpus() {
        List<Article> out = new ArrayList<>(WarlineArticles.load());
        out.addAll(new Ingest().readSeeds(Path.of("seeds")).articles());
        return List.copyOf(out);
    }

    private Article nextArticle() {
        return corpus.get(Math.floorMod(next.getAndIncrement(), corpus.size()));
    }

    @Benchmark
    @Threads(1)
    public ProcessedArticle onOneCore() {
        return pipeline.process(nextArticle());
    }

    @Benchmark
    @Threads(Threads.MAX)
    public void onAllCores(Blackhole bh) {
        bh.consume(pipeline.process(nextArticle()));
    }

    /** The stages alone, to see where the time goes: ingest (chrome, sentences). */
    @Benchmark
    @Threads(1)
    public Object stageIngest() {
        return ingest.prepare(nextArticle());
    }

    /** Ingest and resolve, no claims. */
    @Benchmark
    @Threads(1)
    public Object stageIngestResolve() {
        return resolver.resolve(ingest.prepare(nextArticle()));
    }
}
