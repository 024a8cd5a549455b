package id.netral.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor under every endpoint: single-row inserts, each its own committed transaction, over plain JDBC from as
 * many connections as the HTTP load uses, into a table shaped like the reference app's. What PostgreSQL, the
 * disk's fsync and this machine allow before any HTTP, JSON or ORM.
 */
final class RawInserts {
    private static final String TABLE = """
            CREATE TABLE IF NOT EXISTS raw_entry (id bigserial PRIMARY KEY, election_id varchar(255),
              employee_id varchar(255), name varchar(255), opd_code varchar(255), description varchar(4000))""";
    private static final String INSERT = """
            INSERT INTO raw_entry (election_id, employee_id, name, opd_code, description) VALUES (?, ?, ?, ?, ?)""";

    private RawInserts() {
    }

    record Result(long inserts, Duration duration) {
        double perSecond() {
            return inserts / (duration.toNanos() / 1e9);
        }
    }

    static Result run(String jdbcUrl, String user, int connections, Duration warmUp, Duration duration,
                      Runnable measured) throws InterruptedException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
             Statement create = connection.createStatement()) {
            create.execute(TABLE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the raw insert table", e);
        }
        AtomicLong counted = new AtomicLong();
        long measureFrom = System.nanoTime() + warmUp.toNanos();
        long endAt = measureFrom + duration.toNanos();
        List<Thread> writers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            int writer = i;
            Thread thread = new Thread(() -> insertUntil(jdbcUrl, user, writer, measureFrom, endAt, counted),
                    "raw-insert-" + i);
            thread.start();
            writers.add(thread);
        }
        TimeUnit.NANOSECONDS.sleep(measureFrom - System.nanoTime());
        measured.run();
        TimeUnit.NANOSECONDS.sleep(endAt - System.nanoTime());
        measured.run();
        for (Thread thread : writers) {
            thread.join();
        }
        return new Result(counted.get(), duration);
    }

    private static void insertUntil(String jdbcUrl, String user, int writer, long measureFrom, long endAt,
                                    AtomicLong counted) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (long n = 0; ; n++) {
                long started = System.nanoTime();
                if (started >= endAt) {
                    return;
                }
                insert.setString(1, "PILKADA-2024");
                insert.setString(2, Long.toString(writer * 1_000_000_000L + n));
                insert.setString(3, "Yohanes Bria");
                insert.setString(4, "DISPERKIM");
                insert.setString(5, "Terlapor mengunggah foto pasangan calon Wali Kota di Facebook.");
                insert.executeUpdate();
                if (started >= measureFrom && System.nanoTime() <= endAt) {
                    counted.incrementAndGet();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("raw insert failed", e);
        }
    }
}
