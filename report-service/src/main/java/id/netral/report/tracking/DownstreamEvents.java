package id.netral.report.tracking;

import id.netral.events.BodyResultRecorded;
import id.netral.events.EventEnvelope;
import id.netral.events.InvalidEventException;
import id.netral.events.FollowUpRecorded;
import id.netral.events.NotificationAcknowledged;
import id.netral.events.NotificationDelivered;
import id.netral.events.NotificationDeliveredV1;
import id.netral.events.NotificationFailed;
import id.netral.events.SanctionDecided;
import id.netral.events.SanctionNotImposed;
import id.netral.events.SanctionOverdue;
import id.netral.events.SanctionRecommended;
import id.netral.events.SanctionRevised;
import id.netral.kit.inbox.InboundEvents;
import id.netral.report.CaseStep;
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

    @SuppressWarnings("deprecation") // the retired delivery v1 is read, never written
    void apply(EventEnvelope event) {
        switch (event.type()) {
            case SANCTION_RECOMMENDED -> {
                SanctionRecommended recommended = event.payload(SanctionRecommended.class);
                advance(recommended.reportId(), ReportStatus.RECOMMENDED, CaseStep.RECOMMENDED, event,
                        TimelineWording.recommended(recommended));
            }
            case SANCTION_REVISED -> {
                SanctionRevised revised = event.payload(SanctionRevised.class);
                advance(revised.reportId(), null, CaseStep.RECOMMENDATION_REVISED, event,
                        TimelineWording.revised(revised));
            }
            case SANCTION_OVERDUE -> {
                SanctionOverdue overdue = event.payload(SanctionOverdue.class);
                advance(overdue.reportId(), null, CaseStep.PPK_OVERDUE, event, TimelineWording.overdue(overdue));
            }
            case SANCTION_NOT_IMPOSED -> {
                SanctionNotImposed notImposed = event.payload(SanctionNotImposed.class);
                advance(notImposed.reportId(), ReportStatus.SANCTION_DECIDED, CaseStep.SANCTION_DECIDED, event,
                        TimelineWording.notImposed(notImposed));
            }
            case SANCTION_DECIDED -> {
                SanctionDecided decided = event.payload(SanctionDecided.class);
                advance(decided.reportId(), ReportStatus.SANCTION_DECIDED, CaseStep.SANCTION_DECIDED, event,
                        TimelineWording.decided(decided));
            }
            case BODY_RESULT_RECORDED -> {
                BodyResultRecorded result = event.payload(BodyResultRecorded.class);
                advance(result.reportId(), null, CaseStep.BODY_RESULT_RECORDED, event,
                        TimelineWording.bodyResult(result));
            }
            case NOTIFICATION_DELIVERED -> delivered(event.payload(NotificationDelivered.class), event);
            // still on the topic from before v2: read as it was written (a missing kind was a first notice)
            case NOTIFICATION_DELIVERED_V1 -> delivered(event.payload(NotificationDeliveredV1.class).upgraded(), event);
            case NOTIFICATION_FAILED -> {
                NotificationFailed failed = event.payload(NotificationFailed.class);
                advance(failed.reportId(), null, CaseStep.NOTICE_FAILED, event, TimelineWording.failed(failed));
            }
            case NOTIFICATION_ACKNOWLEDGED -> {
                NotificationAcknowledged acknowledged = event.payload(NotificationAcknowledged.class);
                advance(acknowledged.reportId(), ReportStatus.ACKNOWLEDGED, CaseStep.ACKNOWLEDGED, event,
                        TimelineWording.acknowledged(acknowledged));
            }
            case FOLLOW_UP_RECORDED -> {
                FollowUpRecorded followUp = event.payload(FollowUpRecorded.class);
                advance(followUp.reportId(), ReportStatus.IN_FOLLOW_UP, CaseStep.FOLLOW_UP, event,
                        TimelineWording.followUp(followUp));
            }
            default -> LOG.debugf("Ignoring %s: not part of a report's timeline", event.type());
        }
    }

    private static void delivered(NotificationDelivered delivered, EventEnvelope event) {
        String detail = TimelineWording.delivered(delivered);
        switch (delivered.kind()) {
            case "REMINDER" -> advance(delivered.reportId(), null, CaseStep.REMINDER_SENT, event, detail);
            case "ESCALATION" -> advance(delivered.reportId(), null, CaseStep.ESCALATED, event, detail);
            case "REVISION" -> advance(delivered.reportId(), null, CaseStep.REVISION_SENT, event, detail);
            case "BODY_RESULT" -> advance(delivered.reportId(), null, CaseStep.BODY_RESULT_SENT, event, detail);
            case "STEP_REMINDER" -> advance(delivered.reportId(), null, CaseStep.STEP_REMINDER_SENT, event, detail);
            case "STEP_ESCALATION" -> advance(delivered.reportId(), null, CaseStep.STEP_ESCALATED, event, detail);
            // NOTICE (the schema allows no other): to the OPD head, or its copy (tembusan) to the PPK, BKPPD or the
            // Inspectorate, after which the case waits for the OPD head still
            default -> {
                if ("OPD_HEAD".equals(delivered.recipientRole())) {
                    advance(delivered.reportId(), ReportStatus.NOTIFIED, CaseStep.NOTIFIED, event, detail);
                } else {
                    advance(delivered.reportId(), null, CaseStep.COPY_SENT, event, detail);
                }
            }
        }
    }

    /** Adds the step; moves the status on only forwards, since events of different services may interleave. */
    private static void advance(UUID reportId, ReportStatus status, CaseStep step, EventEnvelope event,
                                String detail) {
        Report report = Report.findById(reportId);
        if (report == null) {
            // an event about a case this service never opened is a contract breach, not something to retry
            throw new InvalidEventException("event " + event.id() + " names unknown report " + reportId);
        }
        if (status != null && status.ordinal() > report.status.ordinal()) {
            report.status = status;
        }
        TimelineEntry.record(reportId, event.time(), step, TimelineWording.actor(event.source()), detail, event.id());
    }
}
