package org.frontline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.frontline.claims.Claim;
import org.frontline.claims.ClaimType;
import org.frontline.claims.DatePrecision;
import org.frontline.gazetteer.Place;
import org.frontline.ingest.Article;
import org.frontline.resolve.Mention;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs every test twice: against a real H2GIS file database and against a real PostgreSQL + PostGIS database, each
 * migrated by the same Flyway scripts the service uses. A PostGIS run fails (never skips) when no server can be had.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreBackend.class)
class FrontlineStoreTest {
    static final Place HOSTOMEL = new Place(708251, "Hostomel", "Hostomel", 50.5693, 30.2650, "P", "PPL", "UA", "13", 17534, List.of(), "test");
    static final Place BALAKLIIA = new Place(712926, "Balakliia", "Balakliia", 49.4627, 36.8586, "P", "PPL", "UA", "07", 26921, List.of(), "test");

    @Parameter
    StoreBackend backend;
    @TempDir
    Path dir;
    String url;
    FrontlineStore store;

    @BeforeEach
    void openStore() throws Exception {
        url = backend.newDatabase(dir);
        store = StoreBackend.open(url);
    }

    static ProcessedArticle hostomelArticle() {
        String text = "Russia’s defence ministry says its forces have captured the strategic Hostomel airfield.";
        Article a = new Article("002", "Live blog", "Al Jazeera", "https://example.org/a", LocalDate.of(2022, 2, 25), text);
        int at = text.indexOf("Hostomel");
        Mention m = new Mention("002", 0, at, at + 8, "Hostomel", "Hostomel", HOSTOMEL, 0.9, "exact match");
        Claim c = new Claim("002-0-" + at, "002", "Al Jazeera", a.published(), a.published(), DatePrecision.DAY,
                ClaimType.CAPTURED, "RU", "Russia’s defence ministry", "RU", true, m, 0, text.length(), text, List.of());
        return new ProcessedArticle(a, List.of(m), List.of(c));
    }

    static ProcessedArticle balakliiaArticle() {
        String text = "Kharkiv city of Balakliia is taken by Ukraine, president says.";
        Article a = new Article("000", "Counteroffensive", "CNN", "", LocalDate.of(2022, 9, 8), text);
        int at = text.indexOf("Balakliia");
        Mention m = new Mention("000", 0, at, at + 9, "Balakliia", "Balakliia", BALAKLIIA, 0.95, "exact match");
        Mention unresolved = new Mention("000", 0, 0, 7, "Kharkiv", null, null, 0.05, "abstained");
        Claim c = new Claim("000-0-" + at, "000", "CNN", a.published(), a.published(), DatePrecision.DAY,
                ClaimType.CAPTURED, "UA", "president", "UA", false, m, 0, text.length(), text, List.of());
        return new ProcessedArticle(a, List.of(unresolved, m), List.of(c));
    }

    @Test
    void storesAnArticleWithItsMentionsAndClaims() {
        SaveOutcome saved = store.save(hostomelArticle(), "seed");

        assertThat(saved).isEqualTo(new SaveOutcome("002", true));
        List<StoredClaim> claims = store.claims(ClaimQuery.all());
        assertThat(claims).hasSize(1);
        Claim c = claims.get(0).claim();
        assertThat(c.type()).isEqualTo(ClaimType.CAPTURED);
        assertThat(c.actor()).isEqualTo("RU");
        assertThat(c.claimant()).isEqualTo("Russia’s defence ministry");
        assertThat(c.place().place().id()).isEqualTo(708251);
        assertThat(c.place().place().lon()).isCloseTo(30.2650, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(claims.get(0).articleTitle()).isEqualTo("Live blog");
        assertThat(store.mentions("002")).extracting(Mention::text).containsExactly("Hostomel");
    }

    @Test
    void savingTheSameArticleTwiceStoresItOnce() {
        store.save(hostomelArticle(), "seed");
        SaveOutcome again = store.save(hostomelArticle(), "seed");

        assertThat(again.created()).isFalse();
        assertThat(store.count("article")).isEqualTo(1);
        assertThat(store.count("claim")).isEqualTo(1);
    }

    @Test
    void theSameTextUnderAnotherIdIsRecognisedByContent() {
        store.save(hostomelArticle(), "seed");
        ProcessedArticle p = hostomelArticle();
        Article renamed = new Article("other-id", "x", "y", "", p.article().published(), p.article().text());
        SaveOutcome outcome = store.save(new ProcessedArticle(renamed, List.of(), List.of()), "api");
        assertThat(outcome).isEqualTo(new SaveOutcome("002", false));
    }

    @Test
    void filtersClaimsByDateRangeTypeActorAndBbox() {
        store.save(hostomelArticle(), "seed");
        store.save(balakliiaArticle(), "seed");

        assertThat(ids(new ClaimQuery(LocalDate.of(2022, 9, 8), LocalDate.of(2022, 9, 8), null, null, null, null)))
                .containsExactly("000-0-16");
        assertThat(ids(new ClaimQuery(null, LocalDate.of(2022, 3, 1), null, null, null, null))).containsExactly("002-0-70");
        assertThat(ids(new ClaimQuery(null, null, new double[]{36, 49, 38, 50}, null, null, null))).containsExactly("000-0-16");
        assertThat(ids(new ClaimQuery(null, null, null, ClaimType.CAPTURED, "RU", null))).containsExactly("002-0-70");
        assertThat(ids(new ClaimQuery(null, null, null, ClaimType.STRIKE, null, null))).isEmpty();
        assertThat(store.dates()).containsExactly(LocalDate.of(2022, 2, 25), LocalDate.of(2022, 9, 8));
    }

    @Test
    void countsMentionedPlacesAndSkipsAbstentions() {
        store.save(hostomelArticle(), "seed");
        store.save(balakliiaArticle(), "seed");
        assertThat(store.places()).extracting(PlaceRow::name).containsExactlyInAnyOrder("Hostomel", "Balakliia");
        assertThat(store.mentions("000")).hasSize(2).anySatisfy(m -> assertThat(m.place()).isNull());
    }

    @Test
    void replacingDerivedDataSwapsClaimsAndBumpsTheVersion() {
        store.save(hostomelArticle(), "seed");
        long before = store.version();
        store.replaceDerived("002", List.of(), List.of());
        assertThat(store.count("claim")).isZero();
        assertThat(store.count("article")).isEqualTo(1);
        assertThat(store.version()).isGreaterThan(before);
    }

    @Test
    void dataSurvivesReopeningTheDatabase() throws Exception {
        store.save(hostomelArticle(), "seed");
        FrontlineStore reopened = StoreBackend.open(url);
        assertThat(reopened.articles()).extracting(ArticleRow::id).containsExactly("002");
        assertThat(reopened.containsSame(hostomelArticle().article())).isTrue();
    }

    @Test
    void aSaveThatFailsHalfwayLeavesNothingBehind() {
        ProcessedArticle good = hostomelArticle();
        Claim c = good.claims().get(0);
        // two claims with one id: the second claim row violates the primary key after the article and its mention
        // rows were written in the same transaction
        ProcessedArticle broken = new ProcessedArticle(good.article(), good.mentions(), List.of(c, c));
        long before = store.version();

        assertThatThrownBy(() -> store.save(broken, "api")).isInstanceOf(RuntimeException.class);

        assertThat(store.count("article")).isZero();
        assertThat(store.count("mention")).isZero();
        assertThat(store.count("claim")).isZero();
        assertThat(store.version()).isEqualTo(before);
        assertThat(store.save(good, "api").created()).as("the article can still be stored").isTrue();
        assertThat(store.count("claim")).isEqualTo(1);
    }

    @Test
    void aFieldLongerThanItsColumnIsRefusedBeforeAnythingIsWritten() {
        ProcessedArticle p = hostomelArticle();
        Article a = p.article();
        Article longTitle = new Article(a.id(), "x".repeat(2001), a.source(), a.url(), a.published(), a.text());

        assertThatThrownBy(() -> store.save(new ProcessedArticle(longTitle, p.mentions(), p.claims()), "api"))
                .isInstanceOf(ArticleFieldException.class)
                .satisfies(e -> assertThat(((ArticleFieldException) e).field()).isEqualTo("title"));
        assertThat(store.count("article")).isZero();
    }

    @Test
    void concurrentSavesOfTheSameArticleStoreItOnce() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<SaveOutcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            outcomes.add(pool.submit(() -> {
                go.await();
                return store.save(hostomelArticle(), "api");
            }));
        }
        go.countDown();
        List<SaveOutcome> results = new ArrayList<>();
        for (Future<SaveOutcome> f : outcomes) results.add(f.get(60, TimeUnit.SECONDS));
        pool.shutdown();

        assertThat(results).extracting(SaveOutcome::articleId).containsOnly("002");
        assertThat(results).filteredOn(SaveOutcome::created).hasSize(1);
        assertThat(store.count("article")).isEqualTo(1);
        assertThat(store.count("mention")).isEqualTo(1);
        assertThat(store.count("claim")).isEqualTo(1);
    }

    @Test
    void concurrentSavesOfDifferentArticlesAllLandAndEachMovesTheVersion() throws Exception {
        long before = store.version();
        int n = 40;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<SaveOutcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            outcomes.add(pool.submit(() -> store.save(numbered(k), "api")));
        }
        for (Future<SaveOutcome> f : outcomes) assertThat(f.get(60, TimeUnit.SECONDS).created()).isTrue();
        pool.shutdown();

        assertThat(store.count("article")).isEqualTo(n);
        assertThat(store.count("claim")).isEqualTo(n);
        assertThat(store.version()).isEqualTo(before + n);
    }

    @Test
    void theVersionIsSharedByEveryStoreOnTheDatabaseAndSurvivesReopening() throws Exception {
        FrontlineStore other = StoreBackend.open(url);
        long before = other.version();
        store.save(hostomelArticle(), "seed");
        assertThat(other.version()).as("a write through one store is seen by another").isGreaterThan(before);
        long after = store.version();
        store.save(hostomelArticle(), "seed");
        assertThat(store.version()).as("storing nothing new keeps the version").isEqualTo(after);
        assertThat(StoreBackend.open(url).version()).isEqualTo(after);
    }

    @Test
    void streamingGivesTheSameClaimsInTheSameOrderAsTheList() {
        for (int i = 0; i < 25; i++) store.save(numbered(i), "api");
        store.save(hostomelArticle(), "seed");
        store.save(balakliiaArticle(), "seed");
        for (ClaimQuery q : List.of(ClaimQuery.all(),
                new ClaimQuery(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 10), null, null, null, null),
                new ClaimQuery(null, null, new double[]{36, 49, 38, 50}, null, null, null))) {
            List<String> streamed = new ArrayList<>();
            store.claims(q, c -> streamed.add(c.claim().id()));
            assertThat(streamed).isEqualTo(ids(q));
            assertThat(store.claimCount(q)).isEqualTo(streamed.size());
        }
        assertThat(store.claimCount(ClaimQuery.all())).isEqualTo(27);
    }

    @Test
    void pagesSliceTheOrderedClaims() {
        for (int i = 0; i < 12; i++) store.save(numbered(i), "api");
        List<String> all = ids(ClaimQuery.all());
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 12; offset += 5) {
            store.claimPage(ClaimQuery.all(), offset, 5).forEach(c -> paged.add(c.claim().id()));
        }
        assertThat(paged).isEqualTo(all);
        assertThat(store.claimPage(ClaimQuery.all(), 12, 5)).isEmpty();
        assertThat(store.claimPage(new ClaimQuery(LocalDate.of(2022, 3, 3), null, null, null, null, null), 1, 2))
                .extracting(c -> c.claim().id()).isEqualTo(all.subList(3, 5));
    }

    @Test
    void aFailingConsumerEndsTheStreamAndTheStoreKeepsAnswering() {
        for (int i = 0; i < 5; i++) store.save(numbered(i), "api");
        List<String> seen = new ArrayList<>();
        assertThatThrownBy(() -> store.claims(ClaimQuery.all(), c -> {
            seen.add(c.claim().id());
            if (seen.size() == 2) throw new IllegalStateException("client went away");
        })).hasMessageContaining("client went away");
        assertThat(seen).hasSize(2);
        assertThat(store.claims(ClaimQuery.all())).hasSize(5);
    }

    @Test
    void bboxEdgesAndInjectionLookingFiltersAreJustValues() {
        store.save(hostomelArticle(), "seed");
        // a box whose corner is exactly the point still contains it
        assertThat(ids(new ClaimQuery(null, null, new double[]{30.2650, 50.5693, 31, 51}, null, null, null))).hasSize(1);
        assertThat(ids(new ClaimQuery(null, null, null, null, "RU' OR '1'='1", null))).isEmpty();
        assertThat(ids(new ClaimQuery(null, null, null, null, null, "002'; DROP TABLE claim; --"))).isEmpty();
        assertThat(store.count("claim")).isEqualTo(1);
    }

    @Test
    void savingABatchStoresEveryArticleWholeAndSkipsKnownOnes() {
        store.save(numbered(0), "api");
        long before = store.version();
        List<ProcessedArticle> batch = new ArrayList<>();
        for (int i = 0; i < 30; i++) batch.add(numbered(i));
        batch.add(numbered(5)); // twice in one batch

        List<SaveOutcome> outcomes = store.saveAll(batch, "bench");

        assertThat(outcomes).hasSize(31);
        assertThat(outcomes.get(0)).isEqualTo(new SaveOutcome("n0", false));
        assertThat(outcomes.subList(1, 30)).allMatch(SaveOutcome::created);
        assertThat(outcomes.get(30)).isEqualTo(new SaveOutcome("n5", false));
        assertThat(store.count("article")).isEqualTo(30);
        assertThat(store.count("mention")).isEqualTo(30);
        assertThat(store.count("claim")).isEqualTo(30);
        assertThat(store.version()).isEqualTo(before + 1);
        assertThat(store.claims(new ClaimQuery(null, null, null, null, null, "n7"))).hasSize(1);
    }

    @Test
    void aBatchWithABadArticleStillStoresTheGoodOnesWholeAndNothingOfTheBadOne() {
        ProcessedArticle good = hostomelArticle();
        Claim c = good.claims().get(0);
        ProcessedArticle broken = new ProcessedArticle(good.article(), good.mentions(), List.of(c, c));

        assertThatThrownBy(() -> store.saveAll(List.of(numbered(1), broken, numbered(2)), "bench"))
                .isInstanceOf(RuntimeException.class);

        assertThat(store.articles()).extracting(ArticleRow::id).containsExactly("n1");
        assertThat(store.count("mention")).isEqualTo(1);
        assertThat(store.count("claim")).isEqualTo(1);
    }

    @Test
    void aBatchWithANewTextForAKnownIdReplacesItLikeSave() {
        store.save(numbered(3), "seed");
        ProcessedArticle edited = numbered(3);
        Article a = edited.article();
        Article changed = new Article(a.id(), a.title(), a.source(), a.url(), a.published(), a.text() + " Updated.");
        List<SaveOutcome> outcomes = store.saveAll(List.of(numbered(4),
                new ProcessedArticle(changed, edited.mentions(), edited.claims())), "seed");
        assertThat(outcomes).containsExactly(new SaveOutcome("n4", true), new SaveOutcome("n3", true));
        assertThat(store.fullArticles()).filteredOn(x -> x.id().equals("n3")).extracting(Article::text)
                .containsExactly(changed.text());
        assertThat(store.count("claim")).isEqualTo(2);
    }

    @Test
    void aDatabaseOfTheFirstSchemaKeepsItsClaimsThroughTheMigrations() throws Exception {
        String older = backend.newDatabase(dir.resolve("older"));
        javax.sql.DataSource ds = StoreBackend.dataSource(older);
        org.flywaydb.core.Flyway.configure().dataSource(ds)
                .locations("classpath:db/migration/" + (older.startsWith("jdbc:h2:") ? "h2" : "postgresql"))
                .target("1.1").load().migrate();
        org.springframework.jdbc.core.JdbcTemplate sql = new org.springframework.jdbc.core.JdbcTemplate(ds);
        sql.update("INSERT INTO article (id, title, source, url, published, content_hash, origin, body, ingested_at)"
                + " VALUES ('old', 't', 's', '', DATE '2022-03-02', ?, 'seed', 'body', CURRENT_TIMESTAMP)", "0".repeat(64));
        for (String[] c : new String[][]{{"old-b", "2022-03-02"}, {"old-a", "2022-03-02"}, {"old-c", "2022-03-01"}}) {
            sql.update("INSERT INTO claim (id, article_id, event_date, date_precision, published, type, hedged,"
                    + " sentence_index, mention_start, mention_end, mention_text, confidence, place_id, place_name,"
                    + " quote_start, quote_end, quote, conflicts_with, geom) VALUES (?, 'old', CAST(? AS DATE), 'day',"
                    + " DATE '2022-03-02', 'strike', FALSE, 0, 0, 4, 'Kyiv', 0.9, 703448, 'Kyiv', 0, 4, 'Kyiv', '',"
                    + " CAST('SRID=4326;POINT(30.5 50.45)' AS GEOMETRY))", c[0], c[1]);
        }

        FrontlineStore migrated = StoreBackend.open(older);

        assertThat(migrated.claims(ClaimQuery.all())).extracting(sc -> sc.claim().id()).containsExactly("old-c", "old-a", "old-b");
        assertThat(migrated.claims(new ClaimQuery(LocalDate.of(2022, 3, 2), LocalDate.of(2022, 3, 2), null, null, null, null)))
                .extracting(sc -> sc.claim().id()).containsExactly("old-a", "old-b");
        assertThat(migrated.save(numbered(1), "api").created()).as("new claims go in after the old ones").isTrue();
        assertThat(migrated.claims(new ClaimQuery(LocalDate.of(2022, 3, 2), LocalDate.of(2022, 3, 2), null, null, null, null)))
                .extracting(sc -> sc.claim().id()).containsExactly("n1-0-58", "old-a", "old-b");
        assertThat(migrated.dates()).as("claim_day built by the migration").containsExactly(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 2));
        assertDaysInStep(older, migrated);
    }

    @Test
    void theDaysTableFollowsEveryWayClaimsComeAndGo() throws Exception {
        LocalDate d1 = LocalDate.of(2022, 4, 1);
        LocalDate d2 = LocalDate.of(2022, 4, 2);
        LocalDate d3 = LocalDate.of(2022, 4, 3);
        store.save(onDays("a", "", d1, d1, d2), "api");
        assertDaysInStep(url, store);
        store.saveAll(List.of(onDays("b", "", d2, d3), onDays("c", "", d3), onDays("a", "", d1, d1, d2)), "bench");
        assertDaysInStep(url, store);
        assertThat(store.dates()).containsExactly(d1, d2, d3);

        store.save(onDays("a", " edited", d3), "seed"); // same id, new text: its claims on d1 and d2 go
        assertDaysInStep(url, store);
        assertThat(store.dates()).as("d1 lost its last claim").containsExactly(d2, d3);

        ProcessedArticle b = onDays("b", "", d1);
        store.replaceDerived("b", b.mentions(), b.claims()); // re-processed: d2 and d3 lose one each, d1 gains one
        assertDaysInStep(url, store);
        store.replaceDerived("b", b.mentions(), b.claims()); // the same again changes nothing
        assertDaysInStep(url, store);
        assertThat(store.dates()).containsExactly(d1, d3);

        List<Claim> table = onDays("t", "", d2, d2).claims();
        store.saveImportedClaims("import-t", "Table", d2, table);
        store.saveImportedClaims("import-t", "Table", d2, table); // re-imported: replaced, not added
        assertDaysInStep(url, store);
        store.saveImportedClaims("import-t", "Table", d2, onDays("t", "", d3, d2).claims()); // t-0 moves to d3
        assertDaysInStep(url, store);
        assertThat(store.dates()).containsExactly(d1, d2, d3);
    }

    @Test
    void concurrentWritersOnTheSameDaysKeepTheDaysTableInStep() throws Exception {
        // every day starts without a row, so writers race to insert it (one fails on the key and retries)
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            int k = i;
            LocalDate day = LocalDate.of(2022, 5, 1 + k % 3);
            done.add(pool.submit(() -> k % 4 == 3
                    ? store.saveAll(List.of(onDays("w" + k, "", day, day.plusDays(1)), onDays("x" + k, "", day)), "bench")
                    : store.save(onDays("w" + k, "", day, day.plusDays(1)), "api")));
        }
        for (Future<?> f : done) f.get(60, TimeUnit.SECONDS);
        pool.shutdown();
        assertDaysInStep(url, store);
        assertThat(store.dates()).hasSize(4);
    }

    /** claim_day (db/migration/{vendor}/V1_3) says exactly what counting the claims says. */
    static void assertDaysInStep(String jdbcUrl, FrontlineStore s) {
        org.springframework.jdbc.core.JdbcTemplate sql = new org.springframework.jdbc.core.JdbcTemplate(StoreBackend.dataSource(jdbcUrl));
        java.util.Map<LocalDate, Long> kept = new java.util.TreeMap<>();
        sql.query("SELECT event_date, claims FROM claim_day WHERE claims <> 0", rs -> {
            kept.put(rs.getDate(1).toLocalDate(), rs.getLong(2));
        });
        java.util.Map<LocalDate, Long> counted = new java.util.TreeMap<>();
        sql.query("SELECT event_date, COUNT(*) FROM claim GROUP BY event_date", rs -> {
            counted.put(rs.getDate(1).toLocalDate(), rs.getLong(2));
        });
        assertThat(kept).isEqualTo(counted);
        assertThat(s.dates()).containsExactlyElementsOf(counted.keySet());
    }

    /** An article (published on the first day) with one claim on each day given, all at Balakliia. */
    static ProcessedArticle onDays(String id, String edit, LocalDate... days) {
        String text = "Report " + id + ": Ukrainian forces say they repelled an attack on Balakliia." + edit;
        Article a = new Article(id, "Report " + id, "Test", "", days[0], text);
        int at = text.indexOf("Balakliia");
        Mention m = new Mention(id, 0, at, at + 9, "Balakliia", "Balakliia", BALAKLIIA, 0.9, "exact match");
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < days.length; i++) {
            claims.add(new Claim(id + "-" + i, id, "Test", days[0], days[i], DatePrecision.DAY, ClaimType.REPELLED, "UA",
                    "Ukrainian forces", "UA", false, m, 0, text.length(), text, List.of()));
        }
        return new ProcessedArticle(a, List.of(m), claims);
    }

    @Test
    void claimsAtTheEdgesOfTheCalendarAreFoundByDay() {
        for (LocalDate day : List.of(LocalDate.of(1, 1, 1), LocalDate.of(1969, 12, 31), LocalDate.of(1970, 1, 1),
                LocalDate.of(9999, 12, 31))) {
            ProcessedArticle p = numbered(0);
            Claim c = p.claims().get(0);
            String id = "d" + day;
            Article a = new Article(id, "t", "s", "", day, p.article().text() + day);
            Claim moved = new Claim(id + "-c", id, c.source(), day, day, c.datePrecision(), c.type(), c.actor(), c.claimant(),
                    c.claimantSide(), c.hedged(), c.place(), c.quoteStart(), c.quoteEnd(), c.quote(), List.of());
            store.save(new ProcessedArticle(a, List.of(), List.of(moved)), "api");
        }
        for (LocalDate day : List.of(LocalDate.of(1, 1, 1), LocalDate.of(1969, 12, 31), LocalDate.of(1970, 1, 1),
                LocalDate.of(9999, 12, 31))) {
            assertThat(ids(new ClaimQuery(day, day, null, null, null, null))).as(day.toString()).containsExactly("d" + day + "-c");
        }
        assertThat(ids(new ClaimQuery(LocalDate.of(1969, 12, 31), LocalDate.of(1970, 1, 1), null, null, null, null))).hasSize(2);
    }

    /** A one-claim article at Balakliia on 2022-03-01 plus k days (k < 365). */
    static ProcessedArticle numbered(int k) {
        String text = "Report " + k + ": Ukrainian forces say they repelled an attack on Balakliia.";
        LocalDate day = LocalDate.of(2022, 3, 1).plusDays(k);
        String id = "n" + k;
        Article a = new Article(id, "Report " + k, "Test", "", day, text);
        int at = text.indexOf("Balakliia");
        Mention m = new Mention(id, 0, at, at + 9, "Balakliia", "Balakliia", BALAKLIIA, 0.9, "exact match");
        Claim c = new Claim(id + "-0-" + at, id, "Test", day, day, DatePrecision.DAY, ClaimType.REPELLED, "UA",
                "Ukrainian forces", "UA", false, m, 0, text.length(), text, List.of());
        return new ProcessedArticle(a, List.of(m), List.of(c));
    }

    private List<String> ids(ClaimQuery q) {
        return store.claims(q).stream().map(s -> s.claim().id()).toList();
    }
}
