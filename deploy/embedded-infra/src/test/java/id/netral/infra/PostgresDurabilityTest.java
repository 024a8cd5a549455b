package id.netral.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** What PostgreSQL promises about a committed transaction when it or the machine crashes. */
class PostgresDurabilityTest {

    @Test
    void aClusterThatKeepsDataHasPostgresqlsDurableDefaults(@TempDir Path dir) throws SQLException {
        // the local run's cluster: a report answered 201 survives a kill -9 of PostgreSQL and a power cut
        try (PostgresServer postgres = PostgresServer.start(dir, 0)) {
            assertThat(setting(postgres, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(postgres, "fsync")).isEqualTo("on");
            assertThat(setting(postgres, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void aThrowAwayClusterStillSurvivesAPostgresqlCrashButNotAPowerCut() throws SQLException {
        // the tests' cluster, deleted when the JVM ends: only the guards against an operating-system crash are off
        try (PostgresServer postgres = PostgresServer.start(null, 0)) {
            assertThat(setting(postgres, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(postgres, "fsync")).isEqualTo("off");
            assertThat(setting(postgres, "full_page_writes")).isEqualTo("off");
        }
    }

    private static String setting(PostgresServer postgres, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("postgres"), PostgresServer.USER, "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
