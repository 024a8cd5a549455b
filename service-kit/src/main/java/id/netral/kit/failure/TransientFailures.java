package id.netral.kit.failure;

import org.hibernate.PessimisticLockException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells a failure that goes away by itself (the database fails over or restarts, a lock is held, the broker is away)
 * from one that repeats whenever the same work is tried again. A transient failure is waited out; only a
 * deterministic one may end on a dead-letter topic. Whatever layer wrapped it, the cause chain is searched.
 */
public final class TransientFailures {
    /** SQLSTATEs of PostgreSQL that name a passing condition: serialization conflict, deadlock, lock not available,
     * a statement cancelled by its timeout, the server shutting down or in recovery. */
    private static final Set<String> TRANSIENT_SQL_STATES = Set.of("40001", "40P01", "55P03", "57014");
    /**
     * SQLSTATEs of a server that is there but not serving: shut down by an administrator or a crash of another
     * backend, or still recovering after a restart ("not yet accepting connections"). To a caller it is the database
     * being away, like a refused connection.
     */
    private static final Set<String> SERVER_NOT_SERVING = Set.of("57P01", "57P02", "57P03");

    private TransientFailures() {
    }

    /** @return true when trying the same work again later may succeed */
    public static boolean isTransient(Throwable failure) {
        return Causes.any(failure, cause -> connectionLost(cause) || conflicting(cause) || brokerAway(cause)
                || timedOut(cause));
    }

    /** @return true when the database could not be reached: a restart or fail-over, not a conflict */
    public static boolean databaseUnreachable(Throwable failure) {
        return Causes.any(failure, TransientFailures::connectionLost);
    }

    private static boolean connectionLost(Throwable cause) {
        if (cause instanceof JDBCConnectionException || cause instanceof SQLRecoverableException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof java.sql.SQLTransientConnectionException) {
            return true;
        }
        // SQLSTATE class 08: connection exception; the pool's acquisition timeout comes as a plain SQLException
        return cause instanceof SQLException sql && (String.valueOf(sql.getSQLState()).startsWith("08")
                || SERVER_NOT_SERVING.contains(String.valueOf(sql.getSQLState()))
                || String.valueOf(sql.getMessage()).startsWith("Acquisition timeout"));
    }

    private static boolean conflicting(Throwable cause) {
        return cause instanceof PessimisticLockException || cause instanceof LockAcquisitionException
                || cause instanceof jakarta.persistence.PessimisticLockException
                || cause instanceof jakarta.persistence.LockTimeoutException
                || cause instanceof SQLTransientException
                || cause instanceof SQLException sql
                && TRANSIENT_SQL_STATES.contains(String.valueOf(sql.getSQLState()));
    }

    private static boolean brokerAway(Throwable cause) {
        // org.apache.kafka.common.errors.TimeoutException is a RetriableException as well
        return cause instanceof org.apache.kafka.common.errors.RetriableException;
    }

    private static boolean timedOut(Throwable cause) {
        if (cause instanceof jakarta.persistence.QueryTimeoutException
                || cause instanceof org.hibernate.QueryTimeoutException) {
            return true;
        }
        // The transaction reaper rolls a transaction back when it outlives its timeout; commit then fails with a
        // RollbackException of its own, without a cause (a failed flush at commit carries its cause instead)
        return cause instanceof jakarta.transaction.RollbackException && cause.getCause() == null;
    }
}
