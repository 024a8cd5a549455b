package id.netral.notification.recommendation;

import id.netral.events.BodyResultRecorded;
import id.netral.events.EventEnvelope;
import id.netral.events.SanctionDecided;
import id.netral.events.SanctionNotImposed;
import id.netral.events.SanctionOverdue;
import id.netral.events.SanctionRecommended;
import id.netral.events.SanctionRevised;
import id.netral.notification.chasing.Escalations;
import id.netral.notification.chasing.Reminders;
import id.netral.notification.chasing.StepChases;
import id.netral.kit.inbox.InboundEvents;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads sanction-service's topic: each recommendation becomes notices to the accused's OPD head and those in copy, a
 * revision a notice of it to the same people, KASN's or BKN's result a letter to the PPK, BKPPD and the OPD head, an
 * overdue one an escalation; the PPK's decision ends the reminders.
 */
@ApplicationScoped
public class RecommendationEvents {
    private static final Logger LOG = Logger.getLogger(RecommendationEvents.class);

    @Inject
    InboundEvents inbound;
    @Inject
    RecommendationNotices notices;
    @Inject
    Escalations escalations;
    @Inject
    Revisions revisions;
    @Inject
    Reminders reminders;
    @Inject
    BodyResults bodyResults;
    @Inject
    StepChases steps;

    @Incoming("recommendations")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbound.handle(record, this::apply);
    }

    void apply(EventEnvelope event) {
        switch (event.type()) {
            case SANCTION_RECOMMENDED -> notices.open(event.payload(SanctionRecommended.class));
            case SANCTION_OVERDUE -> escalations.escalate(event.payload(SanctionOverdue.class));
            case SANCTION_REVISED -> revisions.tell(event.payload(SanctionRevised.class));
            case BODY_RESULT_RECORDED -> bodyResults.tell(event.payload(BodyResultRecorded.class));
            case SANCTION_DECIDED -> {
                SanctionDecided decided = event.payload(SanctionDecided.class);
                ReceivedRecommendation.Decision decision = new ReceivedRecommendation.Decision(
                        decided.decreeNumber(), decided.decreeDate(), "SANCTIONED", decided.imposedSanction());
                ReceivedRecommendation.decided(decided.recommendationId(), decision);
                reminders.stop(decided.recommendationId());
                steps.decided(decided.recommendationId(), decision);
            }
            case SANCTION_NOT_IMPOSED -> {
                SanctionNotImposed notImposed = event.payload(SanctionNotImposed.class);
                ReceivedRecommendation.Decision decision = new ReceivedRecommendation.Decision(
                        notImposed.decreeNumber(), notImposed.decreeDate(), notImposed.outcome(), null);
                ReceivedRecommendation.decided(notImposed.recommendationId(), decision);
                reminders.stop(notImposed.recommendationId());
                steps.decided(notImposed.recommendationId(), decision);
            }
            default -> LOG.debugf("Ignoring %s: nobody is notified of it", event.type());
        }
    }
}
