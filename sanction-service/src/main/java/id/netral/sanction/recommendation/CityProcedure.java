package id.netral.sanction.recommendation;

import id.netral.events.EventEnvelope;
import id.netral.events.EventType;
import id.netral.events.FollowUpRecorded;
import id.netral.events.InvalidEventException;
import id.netral.kit.inbox.InboundEvents;
import id.netral.sanction.procedure.StepTaken;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static id.netral.events.words.IndonesianDates.longForm;

/**
 * Reads notification-service's topic for the steps of the procedure at the city (follow-up-recorded) and keeps each on
 * its recommendation, once: the PPK's decree waits for the examination ({@link Lifecycle#decide}). The notices'
 * other events (delivered, failed, acknowledged) are not this service's business and are passed over unread.
 */
@ApplicationScoped
public class CityProcedure {
    private static final Logger LOG = Logger.getLogger(CityProcedure.class);
    private static final Set<EventType> ACTS_ON = EnumSet.of(EventType.FOLLOW_UP_RECORDED);

    @Inject
    InboundEvents inbound;
    @Inject
    RecommendationChanges changes;

    @Incoming("city-procedure")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbound.handle(record, ACTS_ON, this::apply);
    }

    void apply(EventEnvelope event) {
        FollowUpRecorded recorded = event.payload(FollowUpRecorded.class);
        VerifiedCases.checkKey(event, recorded.reportId().toString());
        Recommendation r = Recommendation.<Recommendation>findByIdOptional(recorded.recommendationId())
                .filter(found -> found.reportId.equals(recorded.reportId()))
                .orElseThrow(() -> new InvalidEventException("step " + recorded.step() + " of recommendation "
                        + recorded.recommendationId() + " (report " + recorded.reportId() + "), which this service "
                        + "did not make"));
        StepTaken step = StepTaken.of(recorded);
        if (step.known()) {
            LOG.warnf("Recommendation %s: step %s already known; the one recorded on notice %s is not applied",
                    r.id, step.step(), recorded.notificationId());
            return;
        }
        step.persist();
        String document = step.documentNumber == null ? "" : " (dokumen nomor " + step.documentNumber
                + (step.documentDate == null ? "" : " tanggal " + longForm(step.documentDate)) + ")";
        changes.recordByService(r.id, changes.now(), HistoryEntry.Action.PROCEDURE_STEP,
                List.of("Prosedur di Pemerintah Kota: " + step.step().words()
                        + (step.byExaminationTeam() ? " oleh tim pemeriksa" : "") + document + "."),
                "recommendation.procedure-step");
    }
}
