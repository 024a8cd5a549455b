package id.netral.sanction.recommendation;

import id.netral.events.EventEnvelope;
import id.netral.events.EventType;
import id.netral.events.InvalidEventException;
import id.netral.events.ReportVerified;
import id.netral.events.StudyForwarded;
import id.netral.kit.inbox.InboundEvents;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.EnumSet;
import java.util.Set;

/**
 * Reads report-service's topic: turns each verified case into a recommendation, and notes Bawaslu's forwarding of
 * its study to KASN or BKN on it. The other events of that topic (a submission, for instance) are not this service's
 * business and are passed over unread.
 */
@ApplicationScoped
public class VerifiedCases {
    private static final Set<EventType> ACTS_ON = EnumSet.of(EventType.REPORT_VERIFIED, EventType.STUDY_FORWARDED);

    @Inject
    InboundEvents inbound;
    @Inject
    Recommendations recommendations;
    @Inject
    HandOff handOff;

    @Incoming("verified-cases")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbound.handle(record, ACTS_ON, this::apply);
    }

    void apply(EventEnvelope event) {
        if (event.type() == EventType.STUDY_FORWARDED) {
            StudyForwarded forwarded = event.payload(StudyForwarded.class);
            checkKey(event, forwarded.reportId().toString());
            handOff.forwarded(forwarded);
            return;
        }
        ReportVerified verified = event.payload(ReportVerified.class);
        checkKey(event, verified.reportId().toString());
        recommendations.recommend(verified);
    }

    private static void checkKey(EventEnvelope event, String reportId) {
        if (!reportId.equals(event.key())) {
            // the key keeps one case's events in order; a record keyed otherwise breaks the contract
            throw new InvalidEventException("event " + event.id() + " is about report " + reportId
                    + " but keyed " + event.key());
        }
    }
}
