package id.netral.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A real PostgreSQL server run from the zonky binaries; each service gets a database of its own on it. */
public final class PostgresServer implements AutoCloseable {
    public static final String USER = "postgres";

    /**
     * PostgreSQL's own defaults, set again because the embedding library turns synchronous_commit off: with it off,
     * a crash of PostgreSQL loses transactions it had already reported committed (a report answered 201).
     */
    private static final Map<String, String> DURABLE = Map.of(
            "synchronous_commit", "on", "fsync", "on", "full_page_writes", "on");
    /**
     * A cluster deleted when its JVM ends (the services' tests) needs no guard against an operating-system crash or a
     * power cut, which is all that fsync and full_page_writes add; a commit still survives a crash of PostgreSQL.
     */
    private static final Map<String, String> THROW_AWAY = Map.of(
            "synchronous_commit", "on", "fsync", "off", "full_page_writes", "off");

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * @param dataDirectory where the cluster lives, kept between runs and run durably. {@code null} for a
     *                      throw-away cluster.
     * @param port          0 for any free port
     */
    public static PostgresServer start(Path dataDirectory, int port) {
        return start(dataDirectory, port, Map.of());
    }

    /** @param settings server settings over the defaults, e.g. a benchmark's statement statistics */
    public static PostgresServer start(Path dataDirectory, int port, Map<String, String> settings) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("max_connections", "200");
            (dataDirectory == null ? THROW_AWAY : DURABLE).forEach(builder::setServerConfig);
            settings.forEach(builder::setServerConfig);
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            return new PostgresServer(builder.start(), dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** Creates the database unless it exists, and returns its JDBC URL. */
    public String database(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("database names are lower-case letters: " + name);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("CREATE DATABASE " + name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return jdbcUrl(name);
    }

    /** The postmaster's process id; its children are the backends. */
    public long pid() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement query = connection.createStatement();
             ResultSet rs = query.executeQuery("SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'")) {
            rs.next();
            return ProcessHandle.of(rs.getLong(1)).flatMap(ProcessHandle::parent).orElseThrow().pid();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot find PostgreSQL's postmaster", e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /**
     * Ends the server as a crash would: SIGKILL to the postmaster and every backend, nothing flushed or checkpointed.
     * Started again on the same data directory, PostgreSQL recovers from its write-ahead log; what it had confirmed
     * committed must still be there. Only for a cluster with a data directory of its own (not a throw-away one).
     */
    public void crash() {
        if (dataDirectory == null) {
            throw new IllegalStateException("a throw-away cluster has nothing to recover; crash a kept one");
        }
        try {
            // the first line of postmaster.pid is the postmaster's process id
            long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
            ProcessHandle server = ProcessHandle.of(postmaster)
                    .orElseThrow(() -> new IllegalStateException("PostgreSQL is not running as " + postmaster));
            List<ProcessHandle> backends = server.descendants().toList();
            server.destroyForcibly();
            backends.forEach(ProcessHandle::destroyForcibly);
            server.onExit().get(30, TimeUnit.SECONDS);
            for (ProcessHandle backend : backends) {
                backend.onExit().get(30, TimeUnit.SECONDS);
            }
            // releases the embedding library's lock on the data directory; its stop finds no server and says so
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PostgreSQL's process id", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing PostgreSQL", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("PostgreSQL did not die", e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
