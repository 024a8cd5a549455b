package id.netral.kit.failure;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.TimeoutException;
import org.hibernate.PessimisticLockException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;

import static org.assertj.core.api.Assertions.assertThat;

class TransientFailuresTest {

    @Test
    void aLostOrRefusedConnectionIsTransientHoweverDeeplyWrapped() {
        assertThat(TransientFailures.isTransient(wrapped(new SQLTransientConnectionException("refused")))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new JDBCConnectionException("lost", new SQLException())))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new SQLRecoverableException("gone")))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("I/O error", "08006")))).isTrue();
        assertThat(TransientFailures.isTransient(
                wrapped(new SQLException("Acquisition timeout while waiting for new connection")))).isTrue();
    }

    @Test
    void conflictsAndTimeoutsOfTheDatabaseAreTransient() {
        for (String state : new String[] {"40001", "40P01", "55P03", "57P01", "57014"}) {
            assertThat(TransientFailures.isTransient(wrapped(new SQLException("conflict", state)))).as(state).isTrue();
        }
        assertThat(TransientFailures.isTransient(wrapped(new SQLTransientException("try again")))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new PessimisticLockException("held", new SQLException(), "")))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new jakarta.persistence.LockTimeoutException()))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new jakarta.persistence.QueryTimeoutException()))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new RollbackException("ARJUNA016102: not active")))).isTrue();
    }

    @Test
    void aBrokerAwayIsTransient() {
        assertThat(TransientFailures.isTransient(wrapped(new TimeoutException("metadata not there")))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new NotLeaderOrFollowerException("moving")))).isTrue();
    }

    @Test
    void whatFailsTheSameWayEveryTimeIsNot() {
        assertThat(TransientFailures.isTransient(new IllegalStateException("a bug"))).isFalse();
        assertThat(TransientFailures.isTransient(new NullPointerException())).isFalse();
        assertThat(TransientFailures.isTransient(wrapped(new ConstraintViolationException("duplicate key",
                new SQLException("duplicate key", "23505"), "uq")))).isFalse();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("syntax error", "42601")))).isFalse();
        assertThat(TransientFailures.isTransient(new id.netral.events.InvalidEventException("off its schema")))
                .isFalse();
        RollbackException failedFlush = new RollbackException("flush failed");
        failedFlush.initCause(new ConstraintViolationException("duplicate key", new SQLException("dup", "23505"), "uq"));
        assertThat(TransientFailures.isTransient(failedFlush)).isFalse();
    }

    @Test
    void onlyALostConnectionCountsAsTheDatabaseUnreachable() {
        assertThat(TransientFailures.databaseUnreachable(wrapped(new SQLException("I/O error", "08006")))).isTrue();
        assertThat(TransientFailures.databaseUnreachable(wrapped(new SQLException("deadlock", "40P01")))).isFalse();
    }

    @Test
    void aDatabaseRecoveringAfterACrashOrShuttingDownIsUnreachableNotABug() {
        // answered 500 to a partner app while PostgreSQL replayed its log after a kill -9 (found by the fault run)
        assertThat(TransientFailures.databaseUnreachable(wrapped(new SQLException(
                "FATAL: the database system is not yet accepting connections", "57P03")))).isTrue();
        assertThat(TransientFailures.databaseUnreachable(wrapped(new SQLException(
                "terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(TransientFailures.databaseUnreachable(wrapped(new SQLException(
                "terminating connection because of crash of another server process", "57P02")))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("recovering", "57P03")))).isTrue();
        // a driver's exception without a SQLSTATE is judged, not a NullPointerException of the judge
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("no state")))).isFalse();
    }

    /** As the transaction and persistence layers hand it on. */
    private static RuntimeException wrapped(Throwable cause) {
        return new IllegalStateException("transaction failed", new PersistenceException("flush failed", cause));
    }
}
