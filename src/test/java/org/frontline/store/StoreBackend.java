package org.frontline.store;

import java.nio.file.Path;
import java.sql.Connection;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2gis.functions.factory.H2GISFunctions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The two databases the store runs on, each migrated by the same Flyway scripts the service uses
 * ({@code db/migration/h2}, {@code db/migration/postgresql}): an H2GIS file database, and a database on the real
 * PostgreSQL + PostGIS server of {@link PostgisServer}.
 */
public enum StoreBackend {
    H2GIS {
        @Override
        public String newDatabase(Path dir) {
            return "jdbc:h2:file:" + dir.resolve("frontline").toAbsolutePath();
        }
    },
    POSTGIS {
        @Override
        public String newDatabase(Path dir) {
            return PostgisServer.createDatabase("store");
        }
    };

    /** A fresh, empty database (H2GIS: a file under {@code dir}); returns its JDBC URL. */
    public abstract String newDatabase(Path dir);

    public static DataSource dataSource(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) return PostgisServer.dataSource(jdbcUrl);
        return new SimpleDriverDataSource(new org.h2.Driver(), jdbcUrl, "sa", "");
    }

    /** Migrates (idempotent, as at every service start) and opens a store on the database. */
    public static FrontlineStore open(String jdbcUrl) throws Exception {
        DataSource ds = dataSource(jdbcUrl);
        String vendor = jdbcUrl.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/" + vendor).load().migrate();
        if (vendor.equals("h2")) {
            try (Connection c = ds.getConnection()) {
                H2GISFunctions.load(c);
            }
        }
        return new FrontlineStore(new JdbcTemplate(ds), new TransactionTemplate(new DataSourceTransactionManager(ds)));
    }
}
