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
        String cols = "c.id, c.article_id, c.event_date, c.date_precision, c.published, c.type, c.actor, c.claimant,"
                + " c.claimant_side, c.hedged, c.source, c.sentence_index, c.mention_start, c.mention_end, c.mention_text,"
                + " c.matched_name, c.confidence, c.place_id, c.place_name, c.admin1, c.country, c.feature_class,"
                + " c.feature_code, c.quote_start, c.quote_end, c.conflicts_with";
        String day = " FROM claim c WHERE c.event_date >= ? AND c.row_key >= ? AND c.event_date <= ? AND c.row_key < ?";
        String order = " ORDER BY c.event_date, c.article_id, c.quote_start, c.mention_start, c.id";
        String[][] variants = {
                {"count", "SELECT COUNT(*)" + day},
                {"row_key only", "SELECT c.row_key" + day},
                {"scalar columns", "SELECT " + cols + day},
                {"+ quote", "SELECT " + cols + ", c.quote" + day},
                {"+ quote + geom", "SELECT " + cols + ", c.quote, c.geom" + day},
                {"+ quote + ST_X/ST_Y", "SELECT " + cols + ", c.quote, ST_X(c.geom) AS lon, ST_Y(c.geom) AS lat" + day},
                {"the store's query (+ order)", "SELECT " + cols + ", c.quote, ST_X(c.geom) AS lon, ST_Y(c.geom) AS lat" + day + order},
        };
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            for (String[] v : variants) {
                try (PreparedStatement ps = c.prepareStatement(v[1])) {
                    Random rnd = new Random(3);
                    long[] t = new long[120];
                    long rows = 0;
                    for (int i = -20; i < t.length; i++) {
                        LocalDate d = LocalDate.of(2022, 2, 24).plusDays(rnd.nextInt(300));
                        if (v[1].contains("row_key >= ?")) {
                            ps.setDate(1, Date.valueOf(d));
                            ps.setLong(2, d.toEpochDay() << 40);
                            ps.setDate(3, Date.valueOf(d));
                            ps.setLong(4, (d.toEpochDay() + 1) << 40);
                        } else {
                            ps.setDate(1, Date.valueOf(d));
                            ps.setDate(2, Date.valueOf(d));
                        }
                        long t0 = System.nanoTime();
                        try (ResultSet rs = ps.executeQuery()) {
                            int n = rs.getMetaData().getColumnCount();
                            while (rs.next()) {
                                for (int k = 1; k <= n; k++) rs.getObject(k);
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
