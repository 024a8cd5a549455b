package id.netral.kit.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import id.netral.events.EventJson;
import id.netral.events.EventSchemas;
import id.netral.events.EventType;
import id.netral.kit.logging.CaseLog;
import id.netral.kit.tracing.CaseTracing;
import io.quarkus.runtime.ApplicationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a service puts the events of a state change: in the same transaction as the change, so that either both
 * happen or neither does. {@link OutboxRelay} publishes them to Kafka after the commit.
 */
@ApplicationScoped
public class Outbox {
    private static final Logger LOG = Logger.getLogger(Outbox.class);

    @Inject
    Event<OutboxAppended> appended;
    @Inject
    CaseTracing tracing;

    /** Quarkus's own settings of the application; its name is the service's ({@code quarkus.application.name}). */
    @Inject
    ApplicationConfig application;

    /**
     * @param caseId  the report (case) id: the record key, so every event of one case stays in order
     * @param payload one of the event records of the event-contracts module; checked against its schema here
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(UUID caseId, Object payload) {
        // the rest of the work that changed this case (a submission's, a decision's) logs under its id
        CaseLog.joining(caseId);
        EventType type = EventType.of(payload.getClass());
        // checked as a tree and written from it, rather than written, read back and checked
        JsonNode tree = EventJson.treeOf(payload);
        EventSchemas.validate(type, tree);
        String json = EventJson.write(tree);

        OutboxMessage message = new OutboxMessage();
        message.eventId = UUID.randomUUID();
        message.eventType = type.ceType();
        message.topic = type.topic();
        message.messageKey = caseId.toString();
        message.source = "/netral/" + application.name().orElseThrow();
        message.subject = caseId.toString();
        message.occurredAt = Instant.now();
        message.payload = json;
        message.traceParent = tracing.currentParent().orElse(null);
        message.persist();
        LOG.debugf("Event %s (%s) written to the outbox", message.eventId, type.ceType());
        appended.fire(new OutboxAppended(message.eventId));
        return message.eventId;
    }

    /** Fired inside the writing transaction; the relay observes it after a successful commit. */
    public record OutboxAppended(UUID eventId) {
    }
}
