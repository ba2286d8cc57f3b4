package org.frontline.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;

/**
 * Where the time of a one-day claim query goes, by variants of its SQL on an existing database (for tuning; see
 * docs/BENCHMARKS.md). {@code java -cp CP org.frontline.bench.QueryProbe JDBC_URL [user]}
 */
public final class QueryProbe {
    private QueryProbe() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args.length > 1 ? args[1] : (url.startsWith("jdbc:h2:") ? "sa" : "postgres");
        String[][] variants = {
                {"count via index", "SELECT COUNT(*) FROM claim c WHERE c.event_date >= ? AND c.event_date <= ?"},
                {"ids only", "SELECT c.id FROM claim c WHERE c.event_date >= ? AND c.event_date <= ?"},
                {"all columns", "SELECT c.* FROM claim c WHERE c.event_date >= ? AND c.event_date <= ?"},
                {"+ ST_X/ST_Y", "SELECT c.*, ST_X(c.geom) AS lon, ST_Y(c.geom) AS lat FROM claim c WHERE c.event_date >= ? AND c.event_date <= ?"},
                {"+ join article", "SELECT c.*, ST_X(c.geom) AS lon, ST_Y(c.geom) AS lat, a.title, a.url FROM claim c JOIN article a ON a.id = c.article_id WHERE c.event_date >= ? AND c.event_date <= ?"},
                {"+ order by (the store's query)", "SELECT c.*, ST_X(c.geom) AS lon, ST_Y(c.geom) AS lat, a.title, a.url FROM claim c JOIN article a ON a.id = c.article_id WHERE c.event_date >= ? AND c.event_date <= ? ORDER BY c.event_date, c.article_id, c.quote_start, c.mention_start, c.id"},
        };
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            for (String[] v : variants) {
                try (PreparedStatement ps = c.prepareStatement(v[1])) {
                    Random rnd = new Random(3);
                    long[] t = new long[120];
                    long rows = 0;
                    for (int i = -20; i < t.length; i++) {
                        LocalDate d = LocalDate.of(2022, 2, 24).plusDays(rnd.nextInt(300));
                        ps.setDate(1, Date.valueOf(d));
                        ps.setDate(2, Date.valueOf(d));
                        long t0 = System.nanoTime();
                        try (ResultSet rs = ps.executeQuery()) {
                            int cols = rs.getMetaData().getColumnCount();
                            while (rs.next()) {
                                for (int k = 1; k <= cols; k++) rs.getObject(k);
                                if (i >= 0) rows++;
                            }
                        }
                        if (i >= 0) t[i] = System.nanoTime() - t0;
                    }
                    Arrays.sort(t);
                    System.out.printf("%-32s p50 %6.1f ms  p99 %6.1f ms  (%.0f rows)%n", v[0], t[t.length / 2] / 1e6,
                            t[t.length - 2] / 1e6, rows / (double) t.length);
                }
            }
        }
    }
}
