package id.netral.kit.testapp;

import id.netral.events.EventEnvelope;
import id.netral.events.InvalidEventException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.exception.JDBCConnectionException;

import java.sql.SQLTransientConnectionException;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The business handler of the test application: records its effect in kit_test_effect, within the inbox's
 * transaction, unless a test told it to fail for that event first.
 */
@ApplicationScoped
public class ScriptedHandler {
    private final Map<UUID, Integer> failuresToCome = new ConcurrentHashMap<>();
    private final Map<UUID, Integer> outagesToCome = new ConcurrentHashMap<>();
    private final Map<UUID, String> contractBreaches = new ConcurrentHashMap<>();
    private final Map<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();

    @Inject
    EntityManager entityManager;

    /** The next {@code times} attempts at the event fail as a bug would, the same way each time. */
    public void failNext(UUID eventId, int times) {
        failuresToCome.put(eventId, times);
    }

    /** The next {@code times} attempts at the event find the database unreachable, as during a fail-over. */
    public void findDatabaseAwayNext(UUID eventId, int times) {
        outagesToCome.put(eventId, times);
    }

    /** The database is back for this event: its next attempt succeeds. */
    public void databaseBack(UUID eventId) {
        outagesToCome.remove(eventId);
    }

    /** Every attempt at the event finds it breaking its contract, as a handler checking the payload would. */
    public void findBreach(UUID eventId, String breach) {
        contractBreaches.put(eventId, breach);
    }

    public int attempts(UUID eventId) {
        return attempts.getOrDefault(eventId, new AtomicInteger()).get();
    }

    public long effects(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM kit_test_effect WHERE event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }

    void apply(EventEnvelope event) {
        attempts.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        // the effect is written first, so a failure after it shows whether the transaction really rolls back
        entityManager.createNativeQuery("INSERT INTO kit_test_effect (event_id) VALUES (:id)")
                .setParameter("id", event.id()).executeUpdate();
        if (contractBreaches.containsKey(event.id())) {
            throw new InvalidEventException(contractBreaches.get(event.id()));
        }
        Integer outagesLeft = outagesToCome.computeIfPresent(event.id(), (id, left) -> left - 1);
        if (outagesLeft != null && outagesLeft >= 0) {
            throw new JDBCConnectionException("scripted connection loss for event " + event.id(),
                    new SQLTransientConnectionException("Connection to 127.0.0.1 refused", "08001"));
        }
        if (failuresToCome.merge(event.id(), -1, Integer::sum) >= 0) {
            throw new IllegalStateException("scripted failure of event " + event.id());
        }
    }
}
