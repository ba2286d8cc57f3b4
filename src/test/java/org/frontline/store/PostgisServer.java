package org.frontline.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The real PostgreSQL + PostGIS server the tests run against: the one {@code scripts/test.sh} started, found with
 * {@code scripts/postgis.sh start} (idempotent: it installs, creates and starts the server when that has not
 * happened yet). There is no fallback: when no server can be had, every PostGIS test fails with the script's output.
 *
 * <p>Each test takes a database of its own, copied from the template {@code frontline_template} (PostGIS already
 * installed), and drops it when the JVM exits, so tests of several clones can share the server.
 */
public final class PostgisServer {
    private static String baseUrl;
    private static final List<String> created = new ArrayList<>();

    private PostgisServer() {
    }

    /** {@code jdbc:postgresql://127.0.0.1:PORT/}: -Dfrontline.postgis.url, else what scripts/postgis.sh reports. */
    public static synchronized String baseUrl() {
        if (baseUrl != null) return baseUrl;
        String given = System.getProperty("frontline.postgis.url", System.getenv("FRONTLINE_POSTGIS_URL"));
        String url = given != null && !given.isBlank() ? given.trim() : startWithScript();
        baseUrl = url.endsWith("/") ? url : url + "/";
        Runtime.getRuntime().addShutdownHook(new Thread(PostgisServer::dropCreated, "drop-test-databases"));
        return baseUrl;
    }

    private static String startWithScript() {
        Path script = projectDir().resolve("scripts/postgis.sh");
        if (!Files.isExecutable(script)) throw new IllegalStateException("PostGIS tests need " + script + " (not found)");
        try {
            Path out = Files.createTempFile("postgis-start", ".log");
            Process p = new ProcessBuilder(script.toString(), "start").redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            if (!p.waitFor(15, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("scripts/postgis.sh start did not finish in 15 minutes");
            }
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
            Files.deleteIfExists(out);
            String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).trim();
            if (p.exitValue() != 0 || !last.startsWith("jdbc:postgresql:")) {
                throw new IllegalStateException("PostGIS is required by this test and scripts/postgis.sh start failed (exit "
                        + p.exitValue() + "):\n" + String.join("\n", lines));
            }
            return last;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting PostGIS", e);
        }
    }

    static Path projectDir() {
        String basedir = System.getProperty("basedir");
        return (basedir != null ? Path.of(basedir) : Path.of("")).toAbsolutePath();
    }

    /** A new, empty database with PostGIS installed; returns its JDBC URL. */
    public static String createDatabase(String purpose) {
        String name = ("frontline_t_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        SQLException last = null;
        // CREATE DATABASE refuses while another session copies the same template: try again shortly.
        for (int attempt = 0; attempt < 20; attempt++) {
            try (Connection c = admin(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name + " TEMPLATE frontline_template");
                synchronized (created) {
                    created.add(name);
                }
                return baseUrl() + name;
            } catch (SQLException e) {
                last = e;
                sleep(250);
            }
        }
        throw new IllegalStateException("cannot create a PostGIS test database: " + last.getMessage(), last);
    }

    public static DataSource dataSource(String jdbcUrl) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), jdbcUrl, "postgres", "");
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(baseUrl() + "postgres", "postgres", "");
    }

    private static void dropCreated() {
        synchronized (created) {
            try (Connection c = admin(); Statement s = c.createStatement()) {
                for (String name : created) s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                System.err.println("could not drop PostGIS test databases " + created + ": " + e.getMessage());
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
