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
 * Every table of every service's database, as a row count and a digest of its rows: taken before and after the
 * malformed requests, two fingerprints that differ name the tables a refused request changed.
 */
record StateFingerprint(Map<String, String> tables) {

    static StateFingerprint of(int postgresPort, String user, List<String> databases) {
        Map<String, String> tables = new TreeMap<>();
        for (String database : databases) {
            try (Connection connection = DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + postgresPort + "/" + database, user, "")) {
                for (String table : tables(connection)) {
                    try (Statement digest = connection.createStatement();
                         ResultSet row = digest.executeQuery("SELECT count(*) || ' rows, ' || coalesce(md5(string_agg("
                                 + "md5(t::text), '' ORDER BY md5(t::text))), '-') FROM " + table + " t")) {
                        row.next();
                        tables.put(database + "." + table, row.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the database " + database, e);
            }
        }
        return new StateFingerprint(tables);
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
