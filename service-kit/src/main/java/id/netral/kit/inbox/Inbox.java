package id.netral.kit.inbox;

import id.netral.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Remembers which events this service has acted on, in the same transaction as the action. */
@ApplicationScoped
public class Inbox {
    @Inject
    EntityManager entityManager;

    /** @return true the first time this event id is seen; false for a redelivery, which must change nothing */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(EventEnvelope event) {
        int inserted = entityManager.createNativeQuery("""
                        INSERT INTO inbox_message (event_id, event_type, source) VALUES (:id, :type, :source)
                        ON CONFLICT (event_id) DO NOTHING""")
                .setParameter("id", event.id())
                .setParameter("type", event.type().ceType())
                .setParameter("source", event.source())
                .executeUpdate();
        return inserted == 1;
    }
}
