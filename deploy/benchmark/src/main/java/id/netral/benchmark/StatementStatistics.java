package id.netral.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What PostgreSQL itself counted, from pg_stat_statements: how many statements a database ran between a reset and
 * a read, whoever sent them (the request's transaction, the outbox relay, the delivery worker...), and which ones.
 */
final class StatementStatistics {
    /** The server settings the benchmark's PostgreSQL starts with so that statements are counted. */
    static final Map<String, String> SERVER_SETTINGS = Map.of("shared_preload_libraries", "pg_stat_statements",
            "pg_stat_statements.track", "top", "pg_stat_statements.max", "5000");

    private final String jdbcUrl;
    private final String user;

    /** @param jdbcUrl of the maintenance database, where the extension is created */
    StatementStatistics(String jdbcUrl, String user) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    }

    void reset() {
        execute("SELECT pg_stat_statements_reset()");
    }

    /** Statements run in the database since the last reset, the most frequent first. */
    Counts counts(String database) {
        String query = """
                SELECT s.calls, s.total_exec_time, s.query FROM pg_stat_statements s
                JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = ? ORDER BY s.calls DESC""";
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
             PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, database);
            List<Counted> counted = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counted.add(new Counted(rows.getLong(1), rows.getDouble(2), rows.getString(3)));
                }
            }
            return new Counts(counted);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read pg_stat_statements", e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql, e);
        }
    }

    record Counted(long calls, double totalMillis, String query) {
    }

    record Counts(List<Counted> statements) {
        long calls() {
            return statements.stream().mapToLong(Counted::calls).sum();
        }

        double perWrite(int writes) {
            return writes == 0 ? 0 : (double) calls() / writes;
        }
    }
}
