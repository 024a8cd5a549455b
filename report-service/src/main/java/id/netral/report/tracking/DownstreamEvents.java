package id.netral.report.tracking;

import id.netral.events.EventEnvelope;
import id.netral.events.InvalidEventException;
import id.netral.events.NotificationDelivered;
import id.netral.events.SanctionRecommended;
import id.netral.kit.inbox.InboundEvents;
import id.netral.report.Report;
import id.netral.report.ReportStatus;
import id.netral.report.TimelineEntry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.UUID;

/** Folds what sanction-service and notification-service did into the case's status and timeline. */
@ApplicationScoped
public class DownstreamEvents {
    private static final Logger LOG = Logger.getLogger(DownstreamEvents.class);

    @Inject
    InboundEvents inbound;

    @Incoming("downstream")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbound.handle(record, this::apply);
    }

    void apply(EventEnvelope event) {
        switch (event.type()) {
            case SANCTION_RECOMMENDED -> {
                SanctionRecommended recommended = event.payload(SanctionRecommended.class);
                advance(recommended.reportId(), ReportStatus.RECOMMENDED, event, "Rekomendasi " + recommended.track()
                        + (recommended.level() == null ? "" : " " + recommended.level()) + " ("
                        + recommended.sanctioningBody() + "), batas tindak lanjut PPK " + recommended.ppkDueDate());
            }
            case NOTIFICATION_DELIVERED -> {
                NotificationDelivered delivered = event.payload(NotificationDelivered.class);
                advance(delivered.reportId(), ReportStatus.NOTIFIED, event,
                        delivered.recipientRole() + " " + delivered.opdCode() + " via " + delivered.channel());
            }
            default -> LOG.debugf("Ignoring %s: not part of a report's timeline", event.type());
        }
    }

    private static void advance(UUID reportId, ReportStatus status, EventEnvelope event, String detail) {
        Report report = Report.findById(reportId);
        if (report == null) {
            // an event about a case this service never opened is a contract breach, not something to retry
            throw new InvalidEventException("event " + event.id() + " names unknown report "
                    + reportId);
        }
        if (status.ordinal() > report.status.ordinal()) {
            report.status = status;
        }
        TimelineEntry.record(reportId, event.time(), status.name(), detail, event.id());
    }
}
