package org.frontline.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.frontline.claims.Claim;
import org.frontline.claims.ClaimType;
import org.frontline.claims.DatePrecision;
import org.frontline.gazetteer.Place;
import org.frontline.ingest.Article;
import org.frontline.resolve.Mention;
import org.frontline.store.FrontlineStore;
import org.frontline.store.ProcessedArticle;

/**
 * Tops a database up to a number of claims for the query benchmarks, when the generated corpus yields fewer than
 * that (100,000 generated articles give far fewer than 1,000,000 claims): synthetic articles carrying many claims
 * each, at real Ukrainian towns of the bundled gazetteer, on days spread over 2022, stored through
 * {@code FrontlineStore.saveAll}. The claims are synthetic; only their number, spread and row shape matter here.
 *
 * <pre>java -Xmx2g -cp CP org.frontline.bench.ClaimFill --db jdbc:h2:file:DIR/frontline [--target 1000000] [--per-article 200]</pre>
 */
public final class ClaimFill {
    private static final ClaimType[] TYPES = ClaimType.values();
    private static final String[] ACTORS = {"UA", "RU", null};

    private ClaimFill() {
    }

    public static void main(String[] args) throws Exception {
        IngestBenchmark.Args a = new IngestBenchmark.Args(args);
        String db = a.get("db", "jdbc:h2:file:/tmp/frontline-bench/frontline");
        long target = Long.parseLong(a.get("target", "1000000"));
        int perArticle = Integer.parseInt(a.get("per-article", "200"));
        List<Place> towns = towns(Path.of(a.get("towns", "gazetteer/geonames/UA-cities500.txt.gz")));
        try (HikariDataSource ds = IngestBenchmark.dataSource(db, a.get("h2-options", ""), 3)) {
            FrontlineStore store = IngestBenchmark.open(ds, db);
            long have = store.count("claim");
            long t0 = System.nanoTime();
            Random rnd = new Random(99);
            LocalDate first = LocalDate.of(2022, 2, 24);
            int days = (int) (LocalDate.of(2022, 12, 31).toEpochDay() - first.toEpochDay()) + 1;
            int articleNo = store.count("article");
            long added = 0;
            while (have + added < target) {
                List<ProcessedArticle> batch = new ArrayList<>();
                for (int k = 0; k < 10 && have + added < target; k++, articleNo++) {
                    String id = String.format("fill-%07d", articleNo);
                    LocalDate published = first.plusDays(rnd.nextInt(days));
                    String text = "Synthetic report " + id + " with many claims for the query benchmark.";
                    Article article = new Article(id, "Synthetic " + id, "bench", "", published, text);
                    List<Claim> claims = new ArrayList<>();
                    int n = (int) Math.min(perArticle, target - have - added);
                    for (int j = 0; j < n; j++) {
                        Place p = towns.get(rnd.nextInt(towns.size()));
                        LocalDate day = first.plusDays(rnd.nextInt(days));
                        String actor = ACTORS[rnd.nextInt(ACTORS.length)];
                        String quote = (actor == null ? "Fighting" : actor + " forces")
                                + " reported near " + p.name() + " on " + day + ", according to a regional official.";
                        int at = quote.indexOf(p.name());
                        Mention m = new Mention(id, j, at, at + p.name().length(), p.name(), p.name(), p, 0.9, "synthetic");
                        claims.add(new Claim(id + "-" + j, id, "bench", published, day, DatePrecision.DAY,
                                TYPES[rnd.nextInt(TYPES.length)], actor, "a regional official", null, rnd.nextInt(4) == 0,
                                m, 0, quote.length(), quote, List.of()));
                    }
                    added += n;
                    batch.add(new ProcessedArticle(article, List.of(), claims));
                }
                store.saveAll(batch, "bench");
                if (added % 100_000 < (long) perArticle * 10) {
                    System.out.printf("  %,d claims added, %.0f claims/s%n", added, added / ((System.nanoTime() - t0) / 1e9));
                }
            }
            System.out.printf("added %,d synthetic claims in %.0f s; the store now holds %,d claims%n", added,
                    (System.nanoTime() - t0) / 1e9, store.count("claim"));
            IngestBenchmark.report(store, ds, db);
            IngestBenchmark.latency(store, Integer.parseInt(a.get("queries", "300")));
        }
    }

    static List<Place> towns(Path gz) throws IOException {
        List<Place> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (f.length < 15 || !f[6].equals("P") || !f[8].equals("UA")) continue;
                out.add(new Place(Long.parseLong(f[0]), f[1], f[2], Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                        f[6], f[7], f[8], f[10], f[14].isEmpty() ? 0 : Long.parseLong(f[14]), List.of(), "bench"));
            }
        }
        return out;
    }
}
