package org.frontline.web;

import com.zaxxer.hikari.HikariDataSource;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.frontline.bench.IngestBenchmark;
import org.frontline.store.ClaimQuery;
import org.frontline.store.FrontlineStore;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the time of one {@code /api/claims?date=} answer goes, in-process, without HTTP: the store's cursor alone,
 * then + features and conflict links, + GeoJSON bytes, + gzip (Tomcat's level 6, and level 1). A benchmark
 * program, run by hand (docs/BENCHMARKS.md):
 * <pre>java -cp CP org.frontline.web.ClaimsAnswerProbe --db jdbc:h2:file:DIR/frontline [--days 60]</pre>
 */
public final class ClaimsAnswerProbe {
    private ClaimsAnswerProbe() {
    }

    public static void main(String[] args) throws Exception {
        IngestBenchmark.Args a = new IngestBenchmark.Args(args);
        String db = a.get("db", "jdbc:h2:file:/tmp/frontline-bench/frontline");
        int days = Integer.parseInt(a.get("days", "60"));
        JsonMapper json = JsonMapper.builder().build();
        try (HikariDataSource ds = IngestBenchmark.dataSource(db, a.get("h2-options", ""), 3)) {
            FrontlineStore store = IngestBenchmark.open(ds, db);
            long t = System.nanoTime();
            int n = store.dates().size();
            System.out.printf("dates: %d days in %.1f ms%n", n, (System.nanoTime() - t) / 1e6);
            LocalDate first = LocalDate.of(2022, 3, 1);
            for (int round = 0; round < 2; round++) { // the first round warms up
                double[] cursor = new double[days], features = new double[days], bytes = new double[days],
                        gzip6 = new double[days], gzip1 = new double[days];
                AtomicLong rows = new AtomicLong();
                AtomicLong size = new AtomicLong();
                for (int i = 0; i < days; i++) {
                    ClaimQuery q = new ClaimQuery(first.plusDays(i), first.plusDays(i), null, null, null, null);
                    t = System.nanoTime();
                    store.claims(q, c -> rows.incrementAndGet());
                    cursor[i] = (System.nanoTime() - t) / 1e6;
                    t = System.nanoTime();
                    ClaimFeatures.stream(store, q, f -> { });
                    features[i] = (System.nanoTime() - t) / 1e6;
                    t = System.nanoTime();
                    CountingSink sink = new CountingSink();
                    write(json, store, q, sink);
                    bytes[i] = (System.nanoTime() - t) / 1e6;
                    size.addAndGet(sink.n);
                    t = System.nanoTime();
                    write(json, store, q, new GZIPOutputStream(new CountingSink(), 8192, true));
                    gzip6[i] = (System.nanoTime() - t) / 1e6;
                    t = System.nanoTime();
                    write(json, store, q, new GZIPOutputStream(new CountingSink(), 8192, true) {
                        {
                            def.setLevel(Deflater.BEST_SPEED);
                        }
                    });
                    gzip1[i] = (System.nanoTime() - t) / 1e6;
                }
                if (round == 0) continue;
                System.out.printf("%d days, %d claims and %d kB of GeoJSON a day on average%n", days, rows.get() / days,
                        size.get() / days / 1000);
                for (Object[] r : List.of(new Object[]{"cursor only", cursor}, new Object[]{"+ features, links", features},
                        new Object[]{"+ GeoJSON bytes", bytes}, new Object[]{"+ gzip level 6", gzip6},
                        new Object[]{"+ gzip level 1", gzip1})) {
                    double[] ms = ((double[]) r[1]).clone();
                    Arrays.sort(ms);
                    System.out.printf("  %-20s p50 %6.1f ms  max %6.1f ms%n", r[0], ms[ms.length / 2], ms[ms.length - 1]);
                }
            }
        }
    }

    private static void write(JsonMapper json, FrontlineStore store, ClaimQuery q, OutputStream out) {
        try (JsonGenerator g = json.createGenerator(out)) {
            GeoJsonStream s = new GeoJsonStream(g);
            ClaimFeatures.stream(store, q, s::feature);
            s.end();
        }
    }

    private static final class CountingSink extends OutputStream {
        long n;

        @Override
        public void write(int b) {
            n++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            n += len;
        }
    }
}
