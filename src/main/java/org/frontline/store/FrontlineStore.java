package org.frontline.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.frontline.claims.Claim;
import org.frontline.claims.ClaimType;
import org.frontline.claims.DatePrecision;
import org.frontline.gazetteer.Place;
import org.frontline.ingest.Article;
import org.frontline.resolve.Mention;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The store stage: articles, their mentions and claims in a spatial SQL database (H2GIS embedded by default).
 * Each article is written in one transaction with everything derived from it, so a reader never sees half an
 * ingestion, and saving is idempotent by id and by content hash.
 *
 * <p>Geometries go in as WKT through {@code ST_GeomFromText(?, 4326)} (null stays null) so the same statements run
 * on H2GIS and PostGIS; which one is used follows the DataSource (see {@code db/migration/{vendor}} and
 * docs/scaling.md). Every write transaction also bumps the one-row {@code data_version} table, so {@link #version()}
 * is the same in every process sharing the database and moves only when a change is committed.
 */
public class FrontlineStore {
    private static final String POINT = "ST_GeomFromText(?, 4326)";
    /** Rows fetched per round trip when streaming; PostgreSQL then keeps a server-side cursor. */
    static final int FETCH_SIZE = 1000;
    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate tx;
    private final TransactionTemplate readTx;
    private volatile Boolean h2;

    public FrontlineStore(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(FETCH_SIZE);
        this.readTx = new TransactionTemplate(tx.getTransactionManager());
        this.readTx.setReadOnly(true);
        // one snapshot for every statement of a streamed read (the claims, then their articles' titles)
        this.readTx.setIsolationLevel(org.springframework.transaction.TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Stores a processed article unless it is already there; returns the id it is stored under. */
    public SaveOutcome save(ProcessedArticle p, String origin) {
        // Another writer may store the same id or content between our check and our insert (both were new when
        // we looked), insert the first claim of one of our days, or (odds of a few in a million) draw the same row
        // key. The other transaction has committed or rolled back by then; looking again, with new row keys,
        // answers correctly.
        SaveOutcome outcome = retryingRaces(() -> trySave(p, origin));
        if (outcome.created()) writeOut();
        return outcome;
    }

    /**
     * Makes committed changes survive the process being killed before the caller acknowledges them. PostgreSQL's
     * commit already did (WAL). H2 keeps commits in memory and writes them within a second (a SIGKILL test lost 25
     * acknowledged articles that way), so it is told to write them now: CHECKPOINT writes the store to the file
     * (to the OS, no fsync: the guarantee is against the process dying, not the machine). H2's own WRITE_DELAY=0
     * would do the same but also stops its background writer, whose compaction then never runs: 20,000 articles
     * saved one by one left a 1.1 GB file holding 22 MB of data.
     */
    private void writeOut() {
        if (h2 == null) {
            h2 = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Boolean>)
                    c -> c.getMetaData().getDatabaseProductName().startsWith("H2"));
        }
        if (Boolean.TRUE.equals(h2)) jdbc.execute("CHECKPOINT");
    }

    private SaveOutcome trySave(ProcessedArticle p, String origin) {
        Article a = p.article();
        checkFits(a);
        String hash = ContentHash.of(a);
        return tx.execute(status -> {
            // one look at both keys: two separate looks let a writer committing in between make a duplicate look
            // like "same id, new content" and replace an identical article
            List<String[]> existing = existing(hash, a.id());
            for (String[] row : existing) if (row[1].equals(hash)) return new SaveOutcome(row[0], false);
            Map<LocalDate, Long> days = new TreeMap<>();
            if (!existing.isEmpty()) {
                // Same id, new content: the seed file was edited. The new text replaces the old one whole.
                lockArticle(a.id());
                deleteClaimsOf(a.id(), days); // the cascade below would delete them too, but uncounted
                jdbc.update("DELETE FROM article WHERE id = ?", a.id());
            }
            jdbc.update("INSERT INTO article (id, title, source, url, published, content_hash, origin, body, ingested_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    a.id(), a.title(), a.source(), a.url(), Date.valueOf(a.published()), hash, origin, a.text(),
                    Timestamp.from(Instant.now()));
            insertDerived(a.id(), p.mentions(), p.claims(), days);
            bumpVersion();
            return new SaveOutcome(a.id(), true);
        });
    }

    /**
     * Stores claims that come from an imported table rather than an article (settlement-control snapshots). They
     * hang off one pseudo-article per source, so they keep their provenance and the same schema; claims whose id
     * is already stored are replaced, so re-importing a table changes nothing.
     */
    public int saveImportedClaims(String articleId, String title, LocalDate published, List<Claim> claims) {
        // another writer may add the same pseudo-article, or the first claim of a day, at the same time
        return retryingRaces(() -> trySaveImportedClaims(articleId, title, published, claims));
    }

    private int trySaveImportedClaims(String articleId, String title, LocalDate published, List<Claim> claims) {
        Integer n = tx.execute(status -> {
            Map<LocalDate, Long> days = new TreeMap<>();
            if (lockArticle(articleId)) {
                for (Claim c : claims) {
                    jdbc.query("SELECT event_date FROM claim WHERE id = ?",
                            rs -> { days.merge(rs.getDate(1).toLocalDate(), -1L, Long::sum); }, c.id());
                }
            } else {
                String body = "Imported table: " + title;
                jdbc.update("INSERT INTO article (id, title, source, url, published, content_hash, origin, body, ingested_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        articleId, title, title, "", Date.valueOf(published), ContentHash.of(published, articleId + "\n" + body),
                        "import", body, Timestamp.from(Instant.now()));
            }
            List<Object[]> ids = claims.stream().map(c -> new Object[]{c.id()}).toList();
            jdbc.batchUpdate("DELETE FROM claim WHERE id = ?", ids);
            insertDerived(articleId, List.of(), claims, days);
            bumpVersion();
            return claims.size();
        });
        return n == null ? 0 : n;
    }

    /** Replaces what was derived from a stored article (after a gazetteer reload re-resolved it). */
    public void replaceDerived(String articleId, List<Mention> mentions, List<Claim> claims) {
        retryingRaces(() -> {
            tryReplaceDerived(articleId, mentions, claims);
            return null;
        });
        writeOut();
    }

    private void tryReplaceDerived(String articleId, List<Mention> mentions, List<Claim> claims) {
        tx.executeWithoutResult(status -> {
            Map<LocalDate, Long> days = new TreeMap<>();
            lockArticle(articleId);
            deleteClaimsOf(articleId, days);
            jdbc.update("DELETE FROM mention WHERE article_id = ?", articleId);
            insertDerived(articleId, mentions, claims, days);
            bumpVersion();
        });
    }

    /**
     * Takes the article's row lock until commit, so that writers replacing the same article's claims run one after
     * the other and each counts (for claim_day) exactly the rows it deletes. Returns whether the article exists.
     */
    private boolean lockArticle(String articleId) {
        return !jdbc.queryForList("SELECT id FROM article WHERE id = ? FOR UPDATE", String.class, articleId).isEmpty();
    }

    /** Deletes an article's claims and takes them off their days in {@code days} (see {@link #addToDays}). */
    private void deleteClaimsOf(String articleId, Map<LocalDate, Long> days) {
        jdbc.query("SELECT event_date, COUNT(*) FROM claim WHERE article_id = ? GROUP BY event_date",
                rs -> { days.merge(rs.getDate(1).toLocalDate(), -rs.getLong(2), Long::sum); }, articleId);
        jdbc.update("DELETE FROM claim WHERE article_id = ?", articleId);
    }

    /**
     * Adds claims per day to the claim_day table (db/migration/{vendor}/V1_3), in the transaction that inserted or
     * deleted them, so /api/dates never has to look at the claims. Days are updated in ascending order, so
     * concurrent writers take these row locks in one order and cannot deadlock; a day's first claim inserts its
     * row, and two writers doing that at once make one fail on the key and retry whole, as for row keys.
     */
    private void addToDays(Map<LocalDate, Long> days) {
        List<Object[]> rows = new ArrayList<>();
        List<LocalDate> order = new ArrayList<>();
        for (Map.Entry<LocalDate, Long> e : new TreeMap<>(days).entrySet()) {
            if (e.getValue() == 0) continue; // e.g. an article re-processed into the same claims
            rows.add(new Object[]{e.getValue(), Date.valueOf(e.getKey())});
            order.add(e.getKey());
        }
        if (rows.isEmpty()) return;
        int[] updated = jdbc.batchUpdate("UPDATE claim_day SET claims = claims + ? WHERE event_date = ?", rows);
        List<Object[]> missing = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            long n = days.get(order.get(i));
            if (updated[i] == 0 && n > 0) missing.add(new Object[]{Date.valueOf(order.get(i)), n});
        }
        if (!missing.isEmpty()) jdbc.batchUpdate("INSERT INTO claim_day (event_date, claims) VALUES (?, ?)", missing);
    }

    /**
     * The stored articles with this content or this id, as {id, content_hash}, in one statement (one snapshot).
     * UNION ALL rather than OR: H2 answers an OR over two columns with a table scan, which made every save cost
     * in proportion to the articles already stored (found by IngestBenchmark); each branch here is an index lookup.
     */
    private List<String[]> existing(String hash, String id) {
        return jdbc.query("SELECT id, content_hash FROM article WHERE content_hash = ?"
                        + " UNION ALL SELECT id, content_hash FROM article WHERE id = ?",
                (rs, i) -> new String[]{rs.getString(1), rs.getString(2)}, hash, id);
    }

    /** The column widths of db/migration/{vendor}/V1__schema.sql: refused up front rather than half-written. */
    private static void checkFits(Article a) {
        fits("id", a.id(), 200);
        fits("title", a.title(), 2000);
        fits("source", a.source(), 500);
        fits("url", a.url(), 2000);
    }

    private static void fits(String field, String value, int max) {
        if (value.length() > max) {
            throw new ArticleFieldException(field, "longer than " + max + " characters (" + value.length() + ")");
        }
    }

    /** Last statement of a write transaction, so the row lock it takes is held only until the commit. */
    private void bumpVersion() {
        jdbc.update("UPDATE data_version SET version = version + 1 WHERE id = 1");
    }

    /** {@code days}: claims already deleted per day in this transaction (negative), to which the new ones add. */
    private void insertDerived(String articleId, List<Mention> mentions, List<Claim> claims, Map<LocalDate, Long> days) {
        List<Object[]> mentionRows = new ArrayList<>();
        List<Object[]> claimRows = new ArrayList<>();
        addDerivedRows(articleId, mentions, claims, mentionRows, claimRows);
        insertRows(mentionRows, claimRows, days);
    }

    private static void addDerivedRows(String articleId, List<Mention> mentions, List<Claim> claims,
                                       List<Object[]> mentionRows, List<Object[]> claimRows) {
        for (Mention m : mentions) {
            Place pl = m.place();
            mentionRows.add(new Object[]{articleId, m.start(), m.end(), m.sentenceIndex(), m.text(), m.matchedName(),
                    pl == null ? null : pl.id(), pl == null ? null : pl.name(), pl == null ? null : pl.admin1(),
                    pl == null ? null : pl.countryCode(), pl == null ? null : pl.featureClass(),
                    pl == null ? null : pl.featureCode(), m.confidence(), m.reason(), pl == null ? null : wkt(pl)});
        }
        for (Claim c : claims) {
            Mention m = c.place();
            Place pl = m.place();
            claimRows.add(new Object[]{rowKey(c.date()), c.id(), articleId, Date.valueOf(c.date()), c.datePrecision().wire(),
                    Date.valueOf(c.published()), c.type().wire(), c.actor(), c.claimant(), c.claimantSide(), c.hedged(),
                    c.source(), m.sentenceIndex(), m.start(), m.end(), m.text(), m.matchedName(), m.confidence(),
                    pl.id(), pl.name(), pl.admin1(), pl.countryCode(), pl.featureClass(), pl.featureCode(),
                    c.quoteStart(), c.quoteEnd(), c.quote(), String.join(",", c.conflictsWith()), wkt(pl)});
        }
    }

    private void insertRows(List<Object[]> mentionRows, List<Object[]> claimRows, Map<LocalDate, Long> days) {
        if (!mentionRows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO mention (article_id, start_offset, end_offset, sentence_index, text, matched_name,"
                    + " place_id, place_name, admin1, country, feature_class, feature_code, confidence, reason, geom)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + POINT + ")", mentionRows);
        }
        if (!claimRows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO claim (row_key, id, article_id, event_date, date_precision, published, type, actor,"
                    + " claimant, claimant_side, hedged, source, sentence_index, mention_start, mention_end, mention_text,"
                    + " matched_name, confidence, place_id, place_name, admin1, country, feature_class, feature_code,"
                    + " quote_start, quote_end, quote, conflicts_with, geom) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + POINT + ")", claimRows);
            for (Object[] row : claimRows) days.merge(((Date) row[3]).toLocalDate(), 1L, Long::sum);
        }
        addToDays(days);
    }

    /**
     * Stores many processed articles in one transaction, for bulk loads (seeds, backfills, benchmarks), with the
     * same rules as {@link #save} (skipped when the same content is stored, replaced when the same id comes with new
     * content). One commit and batched statements for the whole list make it cheaper per article than one
     * {@code save} each. If the transaction fails on a constraint (a racing writer, a bad article) it is rolled
     * back and the articles are saved one by one instead, so each good one still lands whole and a bad one throws.
     * Never part of an article. Returns one outcome per article, in order.
     */
    public List<SaveOutcome> saveAll(List<ProcessedArticle> batch, String origin) {
        if (batch.isEmpty()) return List.of();
        for (ProcessedArticle p : batch) checkFits(p.article());
        List<SaveOutcome> done;
        try {
            done = tx.execute(status -> {
                List<SaveOutcome> outcomes = new ArrayList<>(batch.size());
                java.util.Map<String, String> inBatch = new java.util.HashMap<>();
                List<Object[]> articleRows = new ArrayList<>();
                List<Object[]> mentionRows = new ArrayList<>();
                List<Object[]> claimRows = new ArrayList<>();
                Timestamp now = Timestamp.from(Instant.now());
                for (ProcessedArticle p : batch) {
                    Article a = p.article();
                    String hash = ContentHash.of(a);
                    String earlier = inBatch.get(hash);
                    if (earlier != null) {
                        outcomes.add(new SaveOutcome(earlier, false));
                        continue;
                    }
                    List<String[]> existing = existing(hash, a.id());
                    String same = existing.stream().filter(r -> r[1].equals(hash)).map(r -> r[0]).findFirst().orElse(null);
                    if (same != null) {
                        outcomes.add(new SaveOutcome(same, false));
                        continue;
                    }
                    if (!existing.isEmpty() || inBatch.containsValue(a.id())) {
                        // a new text for a known id: rare, so this one goes through the single-article path
                        throw new ReplaceInBatch();
                    }
                    inBatch.put(hash, a.id());
                    articleRows.add(new Object[]{a.id(), a.title(), a.source(), a.url(), Date.valueOf(a.published()), hash,
                            origin, a.text(), now});
                    addDerivedRows(a.id(), p.mentions(), p.claims(), mentionRows, claimRows);
                    outcomes.add(new SaveOutcome(a.id(), true));
                }
                if (!articleRows.isEmpty()) {
                    jdbc.batchUpdate("INSERT INTO article (id, title, source, url, published, content_hash, origin, body,"
                            + " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", articleRows);
                    insertRows(mentionRows, claimRows, new TreeMap<>());
                    bumpVersion();
                }
                return outcomes;
            });
        } catch (DataIntegrityViolationException | ReplaceInBatch oneByOne) {
            List<SaveOutcome> outcomes = new ArrayList<>(batch.size());
            for (ProcessedArticle p : batch) outcomes.add(save(p, origin));
            return outcomes;
        }
        if (done.stream().anyMatch(SaveOutcome::created)) writeOut();
        return done;
    }

    /**
     * Runs a writing transaction again when it lost a race on a unique key. One retry is not enough: with several
     * writers, a save can lose on one day's first claim, then on another's (seen in the concurrent-writers test on
     * PostgreSQL). Each loss means another transaction committed that key, so the same key cannot be lost twice
     * and the retries end; the bound only stops a genuine constraint error from looping.
     */
    private static <T> T retryingRaces(java.util.function.Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (DataIntegrityViolationException raced) {
                if (attempt >= MAX_WRITE_ATTEMPTS) throw raced;
            }
        }
    }

    private static final int MAX_WRITE_ATTEMPTS = 16;

    /** Signals (and rolls back) a batch that holds a replacement; it is then saved article by article. */
    private static final class ReplaceInBatch extends RuntimeException {
        ReplaceInBatch() {
            super(null, null, false, false);
        }
    }

    /** Bits of {@code claim.row_key} below the day: (days since 1970-01-01) * 2^40 + a number unique within the day. */
    static final int DAY_SHIFT = 40;

    /**
     * A new claim's row key (db/migration/{vendor}/V1_2): its day in the high bits, so one day's claims are one
     * contiguous key range (and, on H2, contiguous pages); random low bits, so that writers in several processes
     * need no shared counter. Two claims of one day collide with odds of about n^2 / 2^41 (5 in a million for
     * 3,000 claims a day); the insert then fails on the key and is retried whole with new keys (see {@link #save}).
     */
    private static long rowKey(LocalDate day) {
        return (day.toEpochDay() << DAY_SHIFT) | (java.util.concurrent.ThreadLocalRandom.current().nextLong() & ((1L << DAY_SHIFT) - 1));
    }

    private static String wkt(Place p) {
        return "POINT(" + p.lon() + " " + p.lat() + ")";
    }

    /** The content hash articles are deduplicated by (hex SHA-256 of the date and the text). */
    public static String contentHash(LocalDate published, String text) {
        return ContentHash.of(published, text);
    }

    public boolean contains(String articleId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM article WHERE id = ?", Integer.class, articleId);
        return n != null && n > 0;
    }

    public Optional<String> idForContentHash(String hash) {
        return jdbc.query("SELECT id FROM article WHERE content_hash = ?", (rs, i) -> rs.getString(1), hash)
                .stream().findFirst();
    }

    /** Whether exactly this article (id and content) is already stored. */
    public boolean containsSame(Article a) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM article WHERE id = ? AND content_hash = ?", Integer.class,
                a.id(), ContentHash.of(a));
        return n != null && n > 0;
    }

    public List<ArticleRow> articles() {
        return jdbc.query("SELECT id, title, source, url, published, origin FROM article ORDER BY published, id",
                ARTICLE_ROW);
    }

    public Optional<ArticleRow> article(String id) {
        return jdbc.query("SELECT id, title, source, url, published, origin FROM article WHERE id = ?", ARTICLE_ROW, id)
                .stream().findFirst();
    }

    /** Every stored article in full, for re-processing after the gazetteer changed. */
    public List<Article> fullArticles() {
        return jdbc.query("SELECT id, title, source, url, published, body FROM article ORDER BY id",
                (rs, i) -> new Article(rs.getString("id"), rs.getString("title"), rs.getString("source"),
                        rs.getString("url"), rs.getDate("published").toLocalDate(), rs.getString("body")));
    }

    public List<Mention> mentions(String articleId) {
        return jdbc.query("SELECT m.*, ST_X(geom) AS lon, ST_Y(geom) AS lat FROM mention m WHERE article_id = ?"
                + " ORDER BY start_offset", (rs, i) -> {
            Place place = rs.getObject("place_id") == null ? null : place(rs);
            return new Mention(articleId, rs.getInt("sentence_index"), rs.getInt("start_offset"),
                    rs.getInt("end_offset"), rs.getString("text"), rs.getString("matched_name"), place,
                    rs.getDouble("confidence"), rs.getString("reason"));
        }, articleId);
    }

    public List<PlaceRow> places() {
        return jdbc.query("SELECT place_id, MIN(place_name) AS name, MIN(admin1) AS admin1, MIN(country) AS country,"
                + " MIN(feature_code) AS feature_code, MIN(ST_X(geom)) AS lon, MIN(ST_Y(geom)) AS lat, COUNT(*) AS n"
                + " FROM mention WHERE place_id IS NOT NULL GROUP BY place_id ORDER BY n DESC, name, place_id", (rs, i) ->
                new PlaceRow(rs.getLong("place_id"), rs.getString("name"), rs.getString("admin1"),
                        rs.getString("country"), rs.getString("feature_code"), rs.getDouble("lon"),
                        rs.getDouble("lat"), rs.getInt("n")));
    }

    public List<StoredClaim> claims(ClaimQuery q) {
        List<Object> args = new ArrayList<>();
        String sql = claimSql(q, args);
        return jdbc.query(sql, CLAIM_ROW, args.toArray());
    }

    /**
     * Streams the claims a query matches, in the same order as {@link #claims(ClaimQuery)}, one at a time: a
     * forward-only cursor fetching {@value #FETCH_SIZE} rows per round trip inside a read-only transaction (which
     * PostgreSQL needs to keep a server-side cursor), so no whole collection is held in memory. {@code each} runs
     * while the cursor is open: write the claim out and return; an exception from it ends the query.
     */
    public void claims(ClaimQuery q, Consumer<StoredClaim> each) {
        List<Object> args = new ArrayList<>();
        String unjoined = claimColumns(false) + " WHERE 1 = 1" + claimFilters(q, args) + CLAIM_ORDER;
        readTx.executeWithoutResult(status -> {
            // The article's title and URL, once per article rather than joined to every claim: at 1M claims the
            // join's index lookup per row was a third of a one-day query's CPU; a day's claims come from far
            // fewer articles. Same snapshot as the claims (repeatable read), so never a title of another version.
            Map<String, String[]> articles = new java.util.HashMap<>();
            streaming.query(unjoined, rs -> {
                String[] link = articles.computeIfAbsent(rs.getString("article_id"), id -> jdbc.query(
                        "SELECT title, url FROM article WHERE id = ?", r -> r.next()
                                ? new String[]{r.getString(1), r.getString(2)} : new String[2], id));
                each.accept(claimRow(rs, link[0], link[1]));
            }, args.toArray());
        });
    }

    /**
     * One page of the claims a query matches, in the order of {@link #claims(ClaimQuery)}: for OGC API items and
     * other paged answers, so that a page of 100 out of a million reads about 100 rows, not a million.
     */
    public List<StoredClaim> claimPage(ClaimQuery q, long offset, int limit) {
        if (offset < 0 || limit < 0) throw new IllegalArgumentException("offset and limit must not be negative");
        List<Object> args = new ArrayList<>();
        String sql = claimSql(q, args) + " LIMIT ? OFFSET ?";
        args.add(limit);
        args.add(offset);
        return jdbc.query(sql, CLAIM_ROW, args.toArray());
    }

    /** How many claims a query matches (for paging and numberMatched), without reading them. */
    public long claimCount(ClaimQuery q) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT COUNT(*) FROM claim c WHERE 1 = 1" + claimFilters(q, args);
        Long n = jdbc.queryForObject(sql, Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    private static String claimSql(ClaimQuery q, List<Object> args) {
        return claimColumns(true) + " WHERE 1 = 1" + claimFilters(q, args) + CLAIM_ORDER;
    }

    private static final String CLAIM_ORDER = " ORDER BY c.event_date, c.article_id, c.quote_start, c.mention_start, c.id";

    /**
     * The columns {@link #claimRow} reads, in its order (not the geometry itself, only its lon/lat), with or without
     * the article's title and URL after them.
     */
    private static String claimColumns(boolean withArticle) {
        return "SELECT c.id, c.article_id, c.event_date, c.date_precision, c.published, c.type, c.actor, c.claimant,"
                + " c.claimant_side, c.hedged, c.source, c.sentence_index, c.mention_start, c.mention_end, c.mention_text,"
                + " c.matched_name, c.confidence, c.place_id, c.place_name, c.admin1, c.country, c.feature_class,"
                + " c.feature_code, c.quote_start, c.quote_end, c.quote, c.conflicts_with,"
                + " ST_X(c.geom) AS lon, ST_Y(c.geom) AS lat"
                + (withArticle ? ", a.title AS article_title, a.url AS article_url FROM claim c JOIN article a ON a.id = c.article_id"
                        : " FROM claim c");
    }

    private static String claimFilters(ClaimQuery q, List<Object> args) {
        StringBuilder sql = new StringBuilder();
        // the day bounds also as row_key bounds: on H2 that range is where a day's rows lie, read in storage order
        if (q.from() != null) {
            sql.append(" AND c.event_date >= ? AND c.row_key >= ?");
            args.add(Date.valueOf(q.from()));
            args.add(q.from().toEpochDay() << DAY_SHIFT);
        }
        if (q.to() != null) {
            sql.append(" AND c.event_date <= ? AND c.row_key < ?");
            args.add(Date.valueOf(q.to()));
            args.add((q.to().toEpochDay() + 1) << DAY_SHIFT);
        }
        if (q.type() != null) {
            sql.append(" AND c.type = ?");
            args.add(q.type().wire());
        }
        if (q.actor() != null) {
            sql.append(" AND c.actor = ?");
            args.add(q.actor());
        }
        if (q.articleId() != null) {
            sql.append(" AND c.article_id = ?");
            args.add(q.articleId());
        }
        if (q.bbox() != null) {
            // && is the bounding-box test both H2GIS and PostGIS answer from the spatial index; ST_Intersects
            // keeps the exact semantics (points on the edge count). With a date range of two months or less the
            // date index is the better way in (a day is ~0.3 % of a year's claims, a 2-degree box can be 10 %),
            // but H2 always prefers a usable spatial index: leaving && out then steers it to the date index.
            // PostGIS chooses by its statistics either way (ST_Intersects is index-aware there).
            boolean shortRange = q.from() != null && q.to() != null && q.to().toEpochDay() - q.from().toEpochDay() <= 62;
            if (!shortRange) {
                sql.append(" AND c.geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)");
                for (double d : q.bbox()) args.add(d);
            }
            sql.append(" AND ST_Intersects(c.geom, ST_MakeEnvelope(?, ?, ?, ?, 4326))");
            for (double d : q.bbox()) args.add(d);
        }
        return sql.toString();
    }

    /** The days that have claims, ascending: from claim_day, a row per day, not from the claims themselves. */
    public List<LocalDate> dates() {
        return jdbc.query("SELECT event_date FROM claim_day WHERE claims > 0 ORDER BY event_date",
                (rs, i) -> rs.getDate(1).toLocalDate());
    }

    public int count(String table) {
        if (!List.of("article", "mention", "claim").contains(table)) throw new IllegalArgumentException(table);
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
        return n == null ? 0 : n;
    }

    /**
     * Changes whenever a write to articles, mentions or claims commits, in any process on this database, so that
     * derived maps and HTTP responses can be cached safely. Read it before reading the data it describes: a cache
     * entry keyed on it may then be older than its key, never newer.
     */
    public long version() {
        Long v = jdbc.queryForObject("SELECT version FROM data_version WHERE id = 1", Long.class);
        return v == null ? 0 : v;
    }

    private static Place place(ResultSet rs) throws SQLException {
        return new Place(rs.getLong("place_id"), rs.getString("place_name"), rs.getString("place_name"),
                rs.getDouble("lat"), rs.getDouble("lon"), rs.getString("feature_class"), rs.getString("feature_code"),
                rs.getString("country"), rs.getString("admin1"), 0, List.of(), "store");
    }

    private static final RowMapper<ArticleRow> ARTICLE_ROW = (rs, i) -> new ArticleRow(rs.getString("id"),
            rs.getString("title"), rs.getString("source"), rs.getString("url"),
            rs.getDate("published").toLocalDate(), rs.getString("origin"));

    /** Where {@link #claimColumns}'s article title and URL are, after the claim's own columns. */
    private static final int ARTICLE_TITLE = 30, ARTICLE_URL = 31;

    private static final RowMapper<StoredClaim> CLAIM_ROW =
            (rs, i) -> claimRow(rs, rs.getString(ARTICLE_TITLE), rs.getString(ARTICLE_URL));

    /**
     * Reads a row of {@link #claimColumns} by position, in the SELECT's order. By label, H2 upper-cases and hashes
     * the label on every call: 30 calls a row were ~8 % of a one-day answer's CPU at 1M claims.
     */
    private static StoredClaim claimRow(ResultSet rs, String articleTitle, String articleUrl) throws SQLException {
        String id = rs.getString(1);
        String articleId = rs.getString(2);
        LocalDate eventDate = rs.getObject(3, LocalDate.class);
        DatePrecision precision = DatePrecision.valueOf(rs.getString(4).toUpperCase(java.util.Locale.ROOT));
        LocalDate published = rs.getObject(5, LocalDate.class);
        ClaimType type = ClaimType.fromWire(rs.getString(6));
        String actor = rs.getString(7);
        String claimant = rs.getString(8);
        String claimantSide = rs.getString(9);
        boolean hedged = rs.getBoolean(10);
        String source = rs.getString(11);
        int sentenceIndex = rs.getInt(12);
        int mentionStart = rs.getInt(13);
        int mentionEnd = rs.getInt(14);
        String mentionText = rs.getString(15);
        String matchedName = rs.getString(16);
        double confidence = rs.getDouble(17);
        long placeId = rs.getLong(18);
        String placeName = rs.getString(19);
        String admin1 = rs.getString(20);
        String country = rs.getString(21);
        String featureClass = rs.getString(22);
        String featureCode = rs.getString(23);
        int quoteStart = rs.getInt(24);
        int quoteEnd = rs.getInt(25);
        String quote = rs.getString(26);
        String conflicts = rs.getString(27);
        double lon = rs.getDouble(28);
        double lat = rs.getDouble(29);
        Place place = new Place(placeId, placeName, placeName, lat, lon, featureClass, featureCode, country, admin1, 0,
                List.of(), "store");
        Mention mention = new Mention(articleId, sentenceIndex, mentionStart, mentionEnd, mentionText, matchedName, place,
                confidence, null);
        Claim claim = new Claim(id, articleId, source, published, eventDate, precision, type, actor, claimant,
                claimantSide, hedged, mention, quoteStart, quoteEnd, quote,
                conflicts == null || conflicts.isEmpty() ? List.of() : List.of(conflicts.split(",")));
        return new StoredClaim(claim, articleTitle, articleUrl);
    }
}
