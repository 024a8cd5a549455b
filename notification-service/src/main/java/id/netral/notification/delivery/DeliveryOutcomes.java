package id.netral.notification.delivery;

import id.netral.events.NotificationDelivered;
import id.netral.events.NotificationFailed;
import id.netral.kit.outbox.Outbox;
import id.netral.notification.FailureCategory;
import id.netral.notification.Notification;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What came of a notice on a channel, told to the others (notification.delivered / notification.failed, which put it
 * on the case's timeline) and counted on /q/metrics as netral_notifications_delivered_total and
 * netral_notifications_failed_total, by channel, kind and recipient: a failed count that grows means an OPD head or
 * the PPK was not reached and an admin must look.
 */
@ApplicationScoped
public class DeliveryOutcomes {
    @Inject
    Outbox outbox;
    @Inject
    MeterRegistry registry;

    @Transactional(Transactional.TxType.MANDATORY)
    public void delivered(Notification notice, Channel channel, Instant deliveredAt) {
        outbox.append(notice.reportId, new NotificationDelivered(notice.id, notice.reportId, notice.recommendationId,
                notice.recipientRole.name(), notice.opdCode, channel.name(), deliveredAt,
                notice.kind.name()));
        count("netral.notifications.delivered", notice, channel);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void failed(Notification notice, Channel channel, FailureCategory category, Instant failedAt) {
        // the category and its fixed wording only: the channel's own answer never leaves the service
        outbox.append(notice.reportId, new NotificationFailed(notice.id, notice.reportId, notice.recommendationId,
                notice.recipientRole.name(), notice.opdCode, channel.name(), category.wording(),
                failedAt.truncatedTo(ChronoUnit.MICROS), category.name()));
        count("netral.notifications.failed", notice, channel);
    }

    private void count(String name, Notification notice, Channel channel) {
        registry.counter(name, "channel", channel.name(), "kind", notice.kind.name(),
                "recipient", notice.recipientRole.name()).increment();
    }
}
