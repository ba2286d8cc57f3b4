package org.frontline;

import java.sql.Connection;
import javax.sql.DataSource;
import org.frontline.claims.ClaimExtractor;
import org.frontline.frontline.ControlImportCommand;
import org.frontline.frontline.ControlService;
import org.frontline.frontline.ControlSettings;
import org.frontline.gazetteer.GazetteerService;
import org.frontline.gazetteer.GazetteerSources;
import org.frontline.ingest.Ingest;
import org.frontline.resolve.Resolver;
import org.frontline.resolve.ResolverProfile;
import org.frontline.store.FrontlineStore;
import org.h2gis.functions.factory.H2GISFunctions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the pipeline stages together; each stage stays a plain class that knows nothing of Spring. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FrontlineProperties.class)
class FrontlineConfiguration {

    @Bean
    Ingest ingest() {
        return new Ingest();
    }

    @Bean
    GazetteerService gazetteerService(FrontlineProperties props) {
        return new GazetteerService(new GazetteerSources(props.gazetteerPath(), props.gazetteerFilePaths()));
    }

    /** {@code --frontline.resolver-profile=ukraine|world} (see docs/resolver.md); an unknown name stops start-up. */
    @Bean
    Resolver resolver(GazetteerService gazetteer, @Value("${frontline.resolver-profile:ukraine}") String profile) {
        return new Resolver(gazetteer, ResolverProfile.named(profile));
    }

    @Bean
    ClaimExtractor claimExtractor() {
        return new ClaimExtractor();
    }

    @Bean
    ArticlePipeline articlePipeline(Ingest ingest, Resolver resolver, ClaimExtractor extractor) {
        return new ArticlePipeline(ingest, resolver, extractor);
    }

    @Bean
    FrontlineStore frontlineStore(JdbcTemplate jdbc, PlatformTransactionManager txManager) {
        return new FrontlineStore(jdbc, new TransactionTemplate(txManager));
    }

    @Bean
    GazetteerReloads gazetteerReloads(GazetteerService gazetteer, ArticlePipeline pipeline, FrontlineStore store) {
        return new GazetteerReloads(gazetteer, pipeline, store);
    }

    @Bean
    SeedIngestion seedIngestion(FrontlineProperties props, Ingest ingest, ArticlePipeline pipeline, FrontlineStore store) {
        return new SeedIngestion(props, ingest, pipeline, store);
    }

    @Bean
    ControlService controlService(GazetteerService gazetteer, FrontlineStore store, FrontlineProperties props) {
        StoreClaims claims = new StoreClaims(store);
        return new ControlService(gazetteer, claims, claims, ControlSettings.defaults(props.gazetteerPath()));
    }

    @Bean
    ControlImportCommand controlImportCommand(ControlService control) {
        return new ControlImportCommand(control);
    }

    /** Builds the settlement cells in the background once the service is up, so the first map request is fast. */
    @Bean
    org.springframework.context.ApplicationListener<org.springframework.boot.context.event.ApplicationReadyEvent> warmUpControlMaps(
            ControlService control) {
        return event -> {
            Thread t = new Thread(control::warmUp, "control-warm-up");
            t.setDaemon(true);
            t.start();
        };
    }

    @Bean
    PipelineHealth pipelineHealth(GazetteerService gazetteer, FrontlineStore store, SeedIngestion seeds) {
        return new PipelineHealth(gazetteer, store, seeds);
    }

    /**
     * H2GIS keeps its spatial functions as aliases inside the database, registered after the schema migrations
     * (which use only H2's native GEOMETRY type, so Flyway sees an empty schema on a new database) and again on
     * every start so that an H2GIS upgrade brings its new functions; registering is idempotent.
     */
    @Bean
    FlywayMigrationStrategy migrateThenRegisterSpatialFunctions(DataSource dataSource) {
        return flyway -> {
            flyway.migrate();
            try (Connection c = dataSource.getConnection()) {
                if (c.getMetaData().getDatabaseProductName().startsWith("H2")) H2GISFunctions.load(c);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot register H2GIS functions: " + e.getMessage(), e);
            }
        };
    }
}
