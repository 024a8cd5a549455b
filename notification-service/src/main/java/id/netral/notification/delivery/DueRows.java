package id.netral.notification.delivery;

import id.netral.notification.DeliveryProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes the row that has waited longest among those due, locked for the caller's transaction. SKIP LOCKED lets
 * several workers and replicas take rows side by side without waiting for or taking each other's; the caller then
 * moves the row's due time on before committing, so nobody takes it again.
 */
@ApplicationScoped
public class DueRows {
    @Inject
    EntityManager entityManager;

    /**
     * @param table     a table with a UUID {@code id}; a constant of the caller, never input
     * @param dueColumn the column saying when the row is due; a constant of the caller
     * @param condition further SQL condition on the row; a constant of the caller
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> lockNext(String table, String dueColumn, String condition, Instant now) {
        return lockNext(table, dueColumn, condition, null, now);
    }

    /**
     * @param laterWhen an SQL condition on the row, a constant of the caller: due rows for which it holds come after
     *                  those for which it does not, whatever their due times; null to go by due time alone
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> lockNext(String table, String dueColumn, String condition, String laterWhen, Instant now) {
        List<?> due = entityManager.createNativeQuery("SELECT id FROM " + table
                        + " WHERE " + dueColumn + " <= :now AND " + condition
                        + " ORDER BY " + (laterWhen == null ? "" : laterWhen + ", ") + dueColumn
                        + " LIMIT 1 FOR UPDATE SKIP LOCKED")
                .setParameter("now", now)
                .getResultList();
        return due.isEmpty() ? Optional.empty() : Optional.of((UUID) due.get(0));
    }

    /**
     * Claims the PENDING delivery that has waited longest (those {@code laterWhen} holds for after the rest) and holds it until the lease ends, so nobody else takes it
     * while it is being sent, and a crashed worker's delivery comes back by itself when the lease runs out. The
     * attempt is counted here, before sending, so a delivery whose sending keeps crashing the worker still reaches
     * the maximum.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends DeliveryProgress> Optional<T> claimPending(Class<T> type, String table, String laterWhen,
                                                                Instant now, Instant leaseEnd) {
        return lockNext(table, "next_attempt_at", "status = 'PENDING'", laterWhen, now).map(id -> {
            T delivery = entityManager.find(type, id);
            delivery.attempts++;
            delivery.nextAttemptAt = leaseEnd;
            return delivery;
        });
    }
}
