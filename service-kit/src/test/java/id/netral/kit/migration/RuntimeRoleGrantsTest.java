package id.netral.kit.migration;

import id.netral.infra.PostgresServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The kit's migrations against a real PostgreSQL, as production runs them: an owner that is no superuser migrates,
 * and the service logs in as a second role that owns nothing (deploy/kubernetes/README.md, "Database roles").
 */
class RuntimeRoleGrantsTest {
    private static final String OWNER = "kit_owner";
    private static final String RUNTIME = "kit_runtime";

    private static PostgresServer server;

    @BeforeAll
    static void start() throws SQLException {
        server = PostgresServer.start(null, 0);
        try (Connection admin = connect("postgres", PostgresServer.USER); Statement sql = admin.createStatement()) {
            sql.execute("CREATE ROLE " + OWNER + " LOGIN");
            sql.execute("CREATE ROLE " + RUNTIME + " LOGIN");
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /**
     * The cluster of a running installation gets its runtime role after the kit's V0_4 already ran with the placeholder
     * at 'none': the next start, told the role, grants it what requests need.
     */
    @Test
    void aRuntimeRoleIntroducedAfterTheDatabaseWasMigratedGetsWhatRequestsNeed() throws SQLException {
        String database = database("introduced_later");
        migrate(database, "none");
        assertThatThrownBy(() -> asRuntime(database, "SELECT count(*) FROM kit_test_effect"))
                .hasMessageContaining("permission denied");

        migrate(database, RUNTIME);

        asRuntime(database, "INSERT INTO kit_test_effect (event_id) VALUES ('" + UUID.randomUUID() + "')");
        asRuntime(database, "UPDATE kit_test_effect SET event_id = event_id");
        assertThat(count(database, "kit_test_effect")).isEqualTo(1);
        asRuntime(database, "DELETE FROM kit_test_effect");
        asRuntime(database, "INSERT INTO outbox_message (event_id, event_type, topic, message_key, source, occurred_at, "
                + "payload) VALUES ('" + UUID.randomUUID() + "', 'probe', 'probe.v1', 'k', '/probe', now(), '{}')");
        asRuntime(database, "UPDATE outbox_message SET published_at = now()");
        asRuntime(database, "INSERT INTO inbox_message (event_id, event_type, source) VALUES ('" + UUID.randomUUID()
                + "', 'probe', '/probe')");
        asRuntime(database, "INSERT INTO audit_entry (actor, client_id, roles, address, action, record_type) "
                + "VALUES ('kit', 'kit', 'system', 'internal', 'probe', 'Probe')");
        assertThat(count(database, "audit_entry")).isEqualTo(1);
        for (String refused : new String[] {"UPDATE audit_entry SET actor = 'someone else'", "DELETE FROM audit_entry",
                "SELECT count(*) FROM flyway_schema_history"}) {
            assertThatThrownBy(() -> asRuntime(database, refused)).as(refused)
                    .hasMessageContaining("permission denied");
        }

        // a table a later migration creates, as the owner, is the runtime role's to use too
        try (Connection owner = connect(database, OWNER); Statement sql = owner.createStatement()) {
            sql.execute("CREATE TABLE later_table (id BIGSERIAL PRIMARY KEY, note TEXT)");
        }
        asRuntime(database, "INSERT INTO later_table (note) VALUES ('probe')");
        assertThat(count(database, "later_table")).isEqualTo(1);
    }

    @Test
    void aRuntimeRoleThatIsTheMigratingRoleItselfStopsTheMigration() throws SQLException {
        String database = database("runtime_is_owner");
        assertThatThrownBy(() -> migrate(database, OWNER))
                .hasStackTraceContaining("must not be the role that migrates and owns the tables");
    }

    private static String database(String name) throws SQLException {
        try (Connection admin = connect("postgres", PostgresServer.USER); Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + name + " OWNER " + OWNER);
        }
        return name;
    }

    /** As the service starts: the kit's migrations, then its own (here the test application's), as the owner. */
    private static void migrate(String database, String runtimeRole) {
        Flyway.configure().dataSource(server.jdbcUrl(database), OWNER, "")
                .locations("classpath:db/kit", "classpath:db/migration").outOfOrder(true)
                .placeholders(Map.of("netral_runtime_role", runtimeRole)).load().migrate();
    }

    private static void asRuntime(String database, String statement) throws SQLException {
        try (Connection runtime = connect(database, RUNTIME); Statement sql = runtime.createStatement()) {
            sql.execute(statement);
        }
    }

    private static long count(String database, String table) throws SQLException {
        try (Connection runtime = connect(database, RUNTIME); Statement sql = runtime.createStatement();
             ResultSet rows = sql.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection connect(String database, String user) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(database), user, "");
    }
}
