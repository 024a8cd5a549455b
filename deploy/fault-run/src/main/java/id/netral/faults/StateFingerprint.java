package id.netral.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every table of every service's database, as a row count and a digest of its rows, and the audit log's entries by
 * action: taken before and after the malformed requests. The audit log is apart because it is meant to grow on
 * requests that change nothing: every read of a case and every refused look at a reporter's identity is written there.
 */
record StateFingerprint(Map<String, String> tables, Map<String, Integer> auditedActions) {
    private static final String AUDIT_TABLE = "public.audit_entry";

    static StateFingerprint of(int postgresPort, String user, List<String> databases) {
        Map<String, String> tables = new TreeMap<>();
        Map<String, Integer> audited = new TreeMap<>();
        for (String database : databases) {
            try (Connection connection = DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + postgresPort + "/" + database, user, "")) {
                for (String table : tables(connection)) {
                    if (table.equals(AUDIT_TABLE)) {
                        audited.putAll(auditedActions(connection, database));
                    } else {
                        tables.put(database + "." + table, digest(connection, table));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the database " + database, e);
            }
        }
        return new StateFingerprint(tables, audited);
    }

    /** The tables whose rows differ from {@code before}, with both fingerprints. */
    List<String> changedSince(StateFingerprint before) {
        List<String> changed = new ArrayList<>();
        tables.forEach((table, now) -> {
            String then = before.tables().getOrDefault(table, "absent");
            if (!then.equals(now)) {
                changed.add(table + ": " + then + " -> " + now);
            }
        });
        return changed;
    }

    /** How many audit entries of each action ({@code database: action}) were written since {@code before}. */
    Map<String, Integer> auditedSince(StateFingerprint before) {
        Map<String, Integer> added = new TreeMap<>();
        auditedActions.forEach((action, count) -> {
            int more = count - before.auditedActions().getOrDefault(action, 0);
            if (more != 0) {
                added.put(action, more);
            }
        });
        return added;
    }

    private static String digest(Connection connection, String table) throws SQLException {
        try (Statement digest = connection.createStatement();
             ResultSet row = digest.executeQuery("SELECT count(*) || ' rows, ' || coalesce(md5(string_agg("
                     + "md5(t::text), '' ORDER BY md5(t::text))), '-') FROM " + table + " t")) {
            row.next();
            return row.getString(1);
        }
    }

    private static Map<String, Integer> auditedActions(Connection connection, String database) throws SQLException {
        Map<String, Integer> actions = new TreeMap<>();
        try (Statement count = connection.createStatement();
             ResultSet rows = count.executeQuery("SELECT action, count(*) FROM " + AUDIT_TABLE + " GROUP BY action")) {
            while (rows.next()) {
                actions.put(database + ": " + rows.getString(1), rows.getInt(2));
            }
        }
        return actions;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement list = connection.createStatement();
             ResultSet rows = list.executeQuery("SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) "
                     + "FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
