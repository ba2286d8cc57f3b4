package org.frontline.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.frontline.ArticlePipeline;
import org.frontline.claims.ClaimExtractor;
import org.frontline.gazetteer.GazetteerService;
import org.frontline.gazetteer.GazetteerSources;
import org.frontline.ingest.Article;
import org.frontline.ingest.Ingest;
import org.frontline.resolve.Resolver;
import org.frontline.store.ClaimQuery;
import org.frontline.store.FrontlineStore;
import org.h2gis.functions.factory.H2GISFunctions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * End-to-end ingestion at scale, the real path of POST /api/articles without HTTP: {@code ArticlePipeline.process}
 * then {@code FrontlineStore.save} (one transaction per article), on a bounded pool of workers, into H2GIS (a new
 * file database) or PostGIS (a database URL). Then the query latency of the store at that size. Not a test: run
 * it by hand on a quiet machine (docs/BENCHMARKS.md has the commands).
 *
 * <pre>
 * java -Xmx2g -cp CP org.frontline.bench.IngestBenchmark --corpus target/corpus/articles-100000.jsonl
 *      --db jdbc:h2:file:/tmp/fl-bench/frontline | jdbc:postgresql://127.0.0.1:55432/DB
 *      [--threads 2] [--batch 1] [--limit N] [--h2-options ";CACHE_SIZE=262144"] [--queries 300]
 * </pre>
 * {@code --batch 1} stores each article in its own transaction, as POST /api/articles does; {@code --batch 100}
 * uses {@code FrontlineStore.saveAll} (bulk loads).
 * <pre>
 * </pre>
 */
public final class IngestBenchmark {
    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Args a = new Args(args);
        Path corpus = Path.of(a.get("corpus", "target/corpus/articles-100000.jsonl"));
        String db = a.get("db", "jdbc:h2:file:/tmp/frontline-bench/frontline");
        int threads = Integer.parseInt(a.get("threads", String.valueOf(Runtime.getRuntime().availableProcessors())));
        int limit = Integer.parseInt(a.get("limit", String.valueOf(Integer.MAX_VALUE)));
        int queries = Integer.parseInt(a.get("queries", "300"));
        int batch = Integer.parseInt(a.get("batch", "1"));
        System.out.printf("machine: %d cores, max heap %d MB, java %s; corpus %s; db %s; %d workers, batch %d%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), corpus, db, threads, batch);

        GazetteerService gazetteer = new GazetteerService(new GazetteerSources(Path.of(a.get("gazetteer", "gazetteer")), List.of()));
        ArticlePipeline pipeline = new ArticlePipeline(new Ingest(), new Resolver(gazetteer), new ClaimExtractor());
        try (HikariDataSource ds = dataSource(db, a.get("h2-options", ""), threads + 2)) {
            FrontlineStore store = open(ds, db);
            int before = store.count("article");

            AtomicInteger done = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            AtomicLong pipelineNanos = new AtomicLong();
            AtomicLong storeNanos = new AtomicLong();
            // bounded: the reader blocks (runs the task itself) when the workers fall behind, so memory stays flat
            ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(threads * 8), new ThreadPoolExecutor.CallerRunsPolicy());
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            int read = 0;
            List<Article> chunk = new ArrayList<>(batch);
            try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
                for (String line; read < limit && (line = r.readLine()) != null; read++) {
                    JsonNode n = CorpusGenerator.JSON.readTree(line);
                    chunk.add(new Article(n.path("id").asString(), n.path("title").asString(""),
                            n.path("source").asString(""), n.path("url").asString(""),
                            LocalDate.parse(n.path("published").asString()), n.path("text").asString()));
                    if (chunk.size() < batch) continue;
                    List<Article> articles = List.copyOf(chunk);
                    chunk.clear();
                    pool.execute(() -> ingest(articles, pipeline, store, done, failed, pipelineNanos, storeNanos, t0));
                }
            }
            if (!chunk.isEmpty()) ingest(List.copyOf(chunk), pipeline, store, done, failed, pipelineNanos, storeNanos, t0);
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.DAYS);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
            int stored = store.count("article") - before;
            System.out.printf("ingested %,d articles (%,d failed) in %.1f s: %.0f articles/s wall, %.2f ms CPU per article"
                            + " (%.0f articles/s per core); of which pipeline %.2f ms, store %.2f ms CPU per article%n",
                    stored, failed.get(), seconds, stored / seconds, cpuSeconds * 1000 / Math.max(1, done.get()),
                    done.get() / cpuSeconds, pipelineNanos.get() / 1e6 / Math.max(1, done.get()),
                    storeNanos.get() / 1e6 / Math.max(1, done.get()));
            report(store, ds, db);
            latency(store, queries);
        } finally {
            gazetteer.close();
        }
    }

    /** One task: process its articles, then store them (one transaction each, or one for all with --batch N). */
    private static void ingest(List<Article> articles, ArticlePipeline pipeline, FrontlineStore store, AtomicInteger done,
                               AtomicInteger failed, AtomicLong pipelineNanos, AtomicLong storeNanos, long t0) {
        try {
            // CPU time of this thread, not wall time: on a shared machine waiting for a core is not work
            var cpu = ManagementFactory.getThreadMXBean();
            long p0 = cpu.getCurrentThreadCpuTime();
            List<org.frontline.store.ProcessedArticle> processed = new ArrayList<>(articles.size());
            for (Article article : articles) processed.add(pipeline.process(article));
            long p1 = cpu.getCurrentThreadCpuTime();
            if (processed.size() == 1) store.save(processed.get(0), "bench");
            else store.saveAll(processed, "bench");
            pipelineNanos.addAndGet(p1 - p0);
            storeNanos.addAndGet(cpu.getCurrentThreadCpuTime() - p1);
            int before = done.getAndAdd(articles.size());
            if ((before + articles.size()) / 10_000 != before / 10_000) {
                int d = before + articles.size();
                System.out.printf("  %,d articles, %.0f articles/s%n", d, d / ((System.nanoTime() - t0) / 1e9));
            }
        } catch (RuntimeException e) {
            if (failed.addAndGet(articles.size()) <= 5) System.out.println("  failed " + articles.get(0).id() + ": " + e);
        }
    }

    public static HikariDataSource dataSource(String url, String h2Options, int poolSize) {
        HikariConfig c = new HikariConfig();
        boolean h2 = url.startsWith("jdbc:h2:");
        // the service's own H2 settings (application.properties), plus any tuning given
        c.setJdbcUrl(h2 ? url + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;MAX_COMPACT_TIME=15000" + h2Options : url);
        c.setUsername(h2 ? "sa" : System.getProperty("db.user", "postgres"));
        c.setPassword(System.getProperty("db.password", ""));
        c.setMaximumPoolSize(poolSize);
        return new HikariDataSource(c);
    }

    public static FrontlineStore open(HikariDataSource ds, String url) throws Exception {
        boolean h2 = url.startsWith("jdbc:h2:");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/" + (h2 ? "h2" : "postgresql")).load().migrate();
        if (h2) {
            try (Connection c = ds.getConnection()) {
                H2GISFunctions.load(c);
            }
        }
        return new FrontlineStore(new JdbcTemplate(ds), new TransactionTemplate(new DataSourceTransactionManager(ds)));
    }

    static void report(FrontlineStore store, HikariDataSource ds, String url) throws Exception {
        System.gc();
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        long size;
        if (url.startsWith("jdbc:h2:file:")) {
            String file = url.substring("jdbc:h2:file:".length()).split(";")[0] + ".mv.db";
            size = Files.size(Path.of(file));
        } else {
            size = new JdbcTemplate(ds).queryForObject("SELECT pg_database_size(current_database())", Long.class);
        }
        System.out.printf("stored: %,d articles, %,d mentions, %,d claims; database %,d MB; heap in use after GC %d MB"
                        + " (peak committed %d MB)%n", store.count("article"), store.count("mention"), store.count("claim"),
                size >> 20, heap >> 20, Runtime.getRuntime().totalMemory() >> 20);
    }

    /** p50/p99 of the store's claim queries: one day, a week, a 0.5 degree box (list form, as the API uses). */
    static void latency(FrontlineStore store, int n) {
        List<LocalDate> dates = store.dates();
        if (dates.isEmpty()) return;
        Random rnd = new Random(1);
        // Ukraine: lon 22..40, lat 44.5..52.5
        measure("date      (from=to=D)", n, () -> {
            LocalDate d = dates.get(rnd.nextInt(dates.size()));
            return new ClaimQuery(d, d, null, null, null, null);
        }, store);
        measure("date range (7 days)   ", n, () -> {
            LocalDate d = dates.get(rnd.nextInt(dates.size()));
            return new ClaimQuery(d, d.plusDays(6), null, null, null, null);
        }, store);
        measure("bbox (0.5 x 0.5 deg)  ", n, () -> {
            double lon = 24 + rnd.nextDouble() * 14;
            double lat = 46 + rnd.nextDouble() * 5;
            return new ClaimQuery(null, null, new double[]{lon, lat, lon + 0.5, lat + 0.5}, null, null, null);
        }, store);
        measure("bbox + date           ", n, () -> {
            LocalDate d = dates.get(rnd.nextInt(dates.size()));
            double lon = 24 + rnd.nextDouble() * 10;
            double lat = 46 + rnd.nextDouble() * 4;
            return new ClaimQuery(d, d, new double[]{lon, lat, lon + 2, lat + 2}, null, null, null);
        }, store);
    }

    static void measure(String name, int n, Supplier<ClaimQuery> queries, FrontlineStore store) {
        for (int i = 0; i < Math.min(50, n); i++) store.claims(queries.get());
        long[] nanos = new long[n];
        long rows = 0;
        for (int i = 0; i < n; i++) {
            ClaimQuery q = queries.get();
            long t = System.nanoTime();
            AtomicInteger count = new AtomicInteger();
            store.claims(q, c -> count.incrementAndGet());
            nanos[i] = System.nanoTime() - t;
            rows += count.get();
        }
        Arrays.sort(nanos);
        System.out.printf("  %s p50 %6.1f ms  p99 %6.1f ms  (%d queries, %.0f claims each on average, streamed)%n", name,
                nanos[n / 2] / 1e6, nanos[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)] / 1e6, n, rows / (double) n);
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** --name value pairs. */
    public static final class Args {
        private final List<String> args;

        public Args(String[] args) {
            this.args = new ArrayList<>(List.of(args));
        }

        public String get(String name, String dflt) {
            int i = args.indexOf("--" + name);
            return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : dflt;
        }
    }
}
