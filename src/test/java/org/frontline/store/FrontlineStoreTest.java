package org.frontline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.frontline.claims.Claim;
import org.frontline.claims.ClaimType;
import org.frontline.claims.DatePrecision;
import org.frontline.gazetteer.Place;
import org.frontline.ingest.Article;
import org.frontline.resolve.Mention;
import org.h2gis.functions.factory.H2GISFunctions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs against a real H2GIS file database, migrated by the same Flyway scripts the service uses. */
class FrontlineStoreTest {
    static final Place HOSTOMEL = new Place(708251, "Hostomel", "Hostomel", 50.5693, 30.2650, "P", "PPL", "UA", "13", 17534, List.of(), "test");
    static final Place BALAKLIIA = new Place(712926, "Balakliia", "Balakliia", 49.4627, 36.8586, "P", "PPL", "UA", "07", 26921, List.of(), "test");

    @TempDir
    Path dir;
    FrontlineStore store;

    @BeforeEach
    void openStore() throws Exception {
        store = open(dir);
    }

    static FrontlineStore open(Path dir) throws Exception {
        DataSource ds = new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:file:" + dir.resolve("frontline"), "sa", "");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/h2").load().migrate();
        try (Connection c = ds.getConnection()) {
            H2GISFunctions.load(c);
        }
        return new FrontlineStore(new JdbcTemplate(ds), new TransactionTemplate(new DataSourceTransactionManager(ds)));
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
    void dataSurvivesReopeningTheFileDatabase() throws Exception {
        store.save(hostomelArticle(), "seed");
        FrontlineStore reopened = open(dir);
        assertThat(reopened.articles()).extracting(ArticleRow::id).containsExactly("002");
        assertThat(reopened.containsSame(hostomelArticle().article())).isTrue();
    }

    private List<String> ids(ClaimQuery q) {
        return store.claims(q).stream().map(s -> s.claim().id()).toList();
    }
}
